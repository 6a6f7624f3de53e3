package vn.motcua.dossier;

import java.time.LocalTime;

import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalogue.ProcedureVersion;

/**
 * The procedure version a dossier was received under, as it was then (code, name, time limit, supplement policy,
 * cut-off): later publications of the procedure do not change a dossier already received.
 */
public record ProcedureSnapshot(String code, Long versionId, String name, TimeLimit timeLimit,
		SupplementPolicy supplementPolicy, LocalTime cutOff) {

	static ProcedureSnapshot of(ProcedureVersion version) {
		return new ProcedureSnapshot(version.code(), version.id(), version.name(), version.timeLimit(),
				version.supplementPolicy(), version.cutOff());
	}
}
