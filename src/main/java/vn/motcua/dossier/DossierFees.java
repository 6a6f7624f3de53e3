package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.FeeAssessment;
import vn.motcua.catalogue.FeeExemption;
import vn.motcua.shared.VietnamTime;

/**
 * The fees of a received dossier as assessed at its receipt: a conditional exemption (e.g. khai tử registered on
 * time, Luật Hộ tịch 60/2014/QH13 Điều 11 khoản 1 điểm b) counts only when the counter found its condition to hold,
 * which {@link Intake} writes as the note of the receipt step. Shown on the dossier page and printed on Mẫu 01.
 */
public final class DossierFees {

	private DossierFees() {
	}

	/** The assessment at receipt; the dossier must be received and hold its procedure version. */
	public static FeeAssessment atReceipt(Catalogue catalogue, Dossier d) {
		LocalDate day = d.receivedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
		String note = d.steps().stream().filter(s -> s.action() == StepAction.RECEIVED).map(DossierStep::note)
			.filter(Objects::nonNull).findFirst().orElse(null);
		Set<Integer> holding = new HashSet<>();
		if (note != null) {
			var version = catalogue.version(d.procedure().versionId());
			for (int i = 0; version.isPresent() && i < version.get().feeExemptions().size(); i++) {
				FeeExemption exemption = version.get().feeExemptions().get(i);
				if (exemption.conditional() && note.equals(exemption.description())) {
					holding.add(i + 1);
				}
			}
		}
		return catalogue.assessFees(d.procedure().versionId(), d.channel(), day, holding);
	}
}
