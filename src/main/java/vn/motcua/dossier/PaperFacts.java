package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.documents.MissingItem;
import vn.motcua.documents.PaperApplicant;
import vn.motcua.shared.VietnamTime;

/**
 * What a one-stop paper reads straight from the dossier, without looking anything up: who handed it in and for whom,
 * the times as the paper prints them (Vietnam time), the missing items of a Mẫu 02 request, who took a step and which
 * unit of the one-stop a step belongs to on the process control slip (Mẫu 06). {@link PaperContent}
 * adds what needs looking up (names, issuers, signers, links).
 */
final class PaperFacts {

	private PaperFacts() {
	}

	/** The due time on the receipt (the original due date at closing time). */
	static LocalDateTime originalDue(Dossier d) {
		return local(d.dueAt() != null ? d.dueAt() : d.dueDate().atTime(17, 0).atZone(VietnamTime.ZONE).toOffsetDateTime());
	}

	/** “Xã Thiên Phủ” as running text writes it: “xã Thiên Phủ” ({@code one-stop-rules.md}, Language on paper). */
	static String inRunningText(String name) {
		return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	static LocalDateTime local(OffsetDateTime at) {
		return at == null ? null : at.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime();
	}

	static String unit(StepAction action) {
		return switch (action) {
			case RECEIVED, ASSIGNED, RETURNED, SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, RESULT_DIGITISED,
					WITHDRAWAL_REQUESTED, TRANSFERRED_OUT, TRANSFERRED_BACK, TRANSFERRED_BACK_LATE -> "dossier.unit.counter";
			case PROPOSED_APPROVED, PROPOSED_REFUSED -> "dossier.unit.specialist";
			case SENT_BACK, APPROVED, REFUSED, EXTENDED, STOPPED, SUPPLEMENT_LAPSED -> "dossier.unit.leader";
			default -> null;
		};
	}

	static List<MissingItem> missingItems(String missing, String reason) {
		List<MissingItem> items = new ArrayList<>();
		for (String line : missing.split("\\R")) {
			String item = line.strip().replaceFirst("^[-•*]\\s*", "");
			if (item.isEmpty()) {
				continue;
			}
			int colon = item.indexOf(':');
			items.add(colon > 0 && colon < item.length() - 1
					? new MissingItem(item.substring(0, colon).strip(), item.substring(colon + 1).strip())
					: new MissingItem(item, reason));
		}
		return items.isEmpty() ? List.of(new MissingItem(missing.strip(), reason)) : items;
	}

	static PaperApplicant full(Applicant a) {
		return new PaperApplicant(a.name(), a.idNumber(), a.address(), a.phone(), a.email(), a.legalRepresentative());
	}

	/** Who handed the dossier in: the authorised representative when there is one, else the applicant. */
	static PaperApplicant presenter(Applicant a) {
		Applicant.Representative r = a.representative();
		return r == null ? full(a) : new PaperApplicant(r.name(), r.idNumber(), null, r.phone(), null);
	}

	static PaperApplicant authoriser(Applicant a) {
		return a.representative() == null ? null : full(a);
	}

	static String stepActor(Dossier d, StepAction action) {
		DossierStep step = step(d, action);
		return step == null ? null : step.actor();
	}

	static DossierStep step(Dossier d, StepAction action) {
		DossierStep found = null;
		for (DossierStep step : d.steps()) {
			if (step.action() == action) {
				found = step;
			}
		}
		return found;
	}
}
