package vn.motcua.dossier;

import java.time.OffsetDateTime;

/**
 * One recorded action on a dossier (who, when, what, from which state to which); hand-overs among them make the
 * process-control slip (Mẫu 06).
 */
public record DossierStep(OffsetDateTime at, String actor, StepAction action, DossierStatus from, DossierStatus to,
		String handedTo, String note) {
}
