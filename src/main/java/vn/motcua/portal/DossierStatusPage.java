package vn.motcua.portal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.motcua.calendar.Countdown;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStep;
import vn.motcua.dossier.StepAction;
import vn.motcua.shared.VietnamTime;

/**
 * What the status page shows of a dossier, in plain words: the stage, the public timeline, the due date with its
 * countdown. Built so that the public view holds nothing personal: the applicant appears only as a masked name; the
 * receipt (full details) is added by the controller only for a valid token.
 */
record DossierStatusPage(String code, String procedureName, String procedureCode, String agencyName,
		DossierStatus status, String maskedName, List<Event> timeline, LocalDate dueDate, Countdown countdown,
		String receiveMethod, boolean resultReady) {

	/** One line of the timeline: when, the message key of what happened, and an optional public note. */
	/** @param agency for a liên thông step, the agency the dossier went to or came back from (a public body) */
	record Event(LocalDateTime at, String key, String note, String agency) {
	}

	/** Steps shown to the public, with the note shown (what is missing) or not. */
	private static final Set<StepAction> WITH_NOTE = EnumSet.of(StepAction.SUPPLEMENT_REQUESTED,
			StepAction.INCOMPLETE_AT_INTAKE);

	private static final Set<StepAction> SHOWN = EnumSet.of(StepAction.SUBMITTED, StepAction.RECEIVED,
			StepAction.ASSIGNED, StepAction.SUPPLEMENT_REQUESTED, StepAction.SUPPLEMENT_RECEIVED, StepAction.EXTENDED,
			StepAction.APPROVED, StepAction.REFUSED, StepAction.RETURNED, StepAction.WITHDRAWAL_REQUESTED,
			StepAction.STOPPED, StepAction.SUPPLEMENT_LAPSED, StepAction.INCOMPLETE_AT_INTAKE,
			StepAction.REFUSED_AT_INTAKE, StepAction.TRANSFERRED_OUT, StepAction.TRANSFERRED_BACK,
			StepAction.TRANSFERRED_BACK_LATE);

	/** Liên thông steps, shown with the agency the dossier went to (a public body, not personal data). */
	private static final Set<StepAction> WITH_AGENCY = EnumSet.of(StepAction.TRANSFERRED_OUT,
			StepAction.TRANSFERRED_BACK, StepAction.TRANSFERRED_BACK_LATE);

	static DossierStatusPage of(Dossier dossier, String agencyName, Countdown countdown, String receiveMethod) {
		List<Event> timeline = new ArrayList<>();
		boolean inProcessingShown = false;
		for (DossierStep step : dossier.steps()) {
			if (!SHOWN.contains(step.action())) {
				continue;
			}
			if (step.action() == StepAction.ASSIGNED) {
				if (inProcessingShown) {
					continue;
				}
				inProcessingShown = true;
			}
			timeline.add(new Event(step.at().atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime(),
					"portal.step." + step.action().name(),
					WITH_NOTE.contains(step.action()) ? step.note() : null,
					WITH_AGENCY.contains(step.action()) ? step.handedTo() : null));
		}
		boolean running = dossier.status().clockRuns();
		return new DossierStatusPage(dossier.code(), dossier.procedure().name(), dossier.procedure().code(), agencyName,
				dossier.status(), dossier.applicant().maskedName(), List.copyOf(timeline), dossier.effectiveDueDate(),
				running && dossier.effectiveDueDate() != null ? countdown : null, receiveMethod,
				dossier.status() == DossierStatus.RESOLVED);
	}
}
