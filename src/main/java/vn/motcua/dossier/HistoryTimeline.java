package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.calendar.DueDate;
import vn.motcua.catalogue.ProcedureVersion;

/**
 * A dossier's state while the events of its history line are replayed (for {@link HistoryReplay}): the status, D
 * before any extension (as recorded on the line, else computed and moved by supplement cycles), the extension, the
 * decision, the supplement cycles and the steps by the actor {@code import}, checked against the dossier's rules.
 */
final class HistoryTimeline {

enum EventType {
	SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, EXTENDED, RESOLVED, RETURNED, WITHDRAWAL_REQUESTED, STOPPED
}

private final HistoryReplay replay;

private final DeadlineCalendar calendar;


	final String agency;

	final ProcedureVersion version;

	final LocalDate given;

	DossierStatus status = DossierStatus.RECEIVED;

	LocalDate start;

	LocalDate computedDue;

	LocalDate extended;

	String extensionReason;

	Decision decision;

	String decisionReason;

	LocalDate resolvedOn;

	String closingReason;

	final List<SupplementCycle> supplements = new ArrayList<>();

	final List<DossierStep> steps = new ArrayList<>();

	HistoryTimeline(HistoryReplay replay, DeadlineCalendar calendar, String agency, ProcedureVersion version,
			OffsetDateTime received, LocalDate given) {
		this.replay = replay;
		this.calendar = calendar;
		this.agency = agency;
		this.version = version;
		this.given = given;
		DueDate due = calendar.dueDate(agency, received, version.timeLimit(), version.cutOff());
		this.start = due.startDate();
		this.computedDue = due.dueDate();
		steps.add(new DossierStep(received, ImportedDossier.ACTOR, "RECEIVED", null, DossierStatus.RECEIVED, null,
				null));
	}

	/** D before any extension: as recorded on the line, else as computed (moved by supplement cycles). */
	LocalDate dueDate() {
		return given != null ? given : computedDue;
	}

	/** Applies one event; returns the problem, or null. */
	String apply(EventType type, HistoryLine.Event event, OffsetDateTime at, int n) {
		if (status == DossierStatus.RETURNED || status == DossierStatus.STOPPED) {
			return replay.say("imports.error.eventAfterEnd", n, type, status);
		}
		if (status == DossierStatus.RESOLVED && type != EventType.RETURNED) {
			return replay.say("imports.error.onlyReturnAfterResolved", n, type);
		}
		if (status == DossierStatus.WITHDRAWAL_REQUESTED && type != EventType.STOPPED) {
			return replay.say("imports.error.eventAfterEnd", n, type, status);
		}
		return switch (type) {
			case SUPPLEMENT_REQUESTED -> requestSupplement(event, at, n);
			case SUPPLEMENT_RECEIVED -> receiveSupplement(at, n);
			case EXTENDED -> extend(event, at, n);
			case RESOLVED -> resolve(event, at, n);
			case RETURNED -> giveBack(event, at, n);
			case WITHDRAWAL_REQUESTED -> {
				closingReason = event.reason();
				yield move(at, "WITHDRAWAL_REQUESTED", DossierStatus.WITHDRAWAL_REQUESTED, event.reason());
			}
			case STOPPED -> {
				closingReason = closingReason != null && event.reason() == null ? closingReason : event.reason();
				yield move(at, "STOPPED", DossierStatus.STOPPED, event.reason());
			}
		};
	}

	private String requestSupplement(HistoryLine.Event event, OffsetDateTime at, int n) {
		if (status == DossierStatus.AWAITING_SUPPLEMENT) {
			return replay.say("imports.error.supplementOutstanding", n);
		}
		int remaining = Math.max(0, calendar.workingDaysBetween(HistoryReplay.day(at), computedDue));
		String missing = event.reason() != null ? event.reason() : "—";
		supplements.add(new SupplementCycle(at, missing, event.reason(), remaining, null));
		return move(at, "SUPPLEMENT_REQUESTED", DossierStatus.AWAITING_SUPPLEMENT, event.reason());
	}

	private String receiveSupplement(OffsetDateTime at, int n) {
		if (status != DossierStatus.AWAITING_SUPPLEMENT) {
			return replay.say("imports.error.supplementNotRequested", n);
		}
		SupplementCycle cycle = supplements.get(supplements.size() - 1);
		supplements.set(supplements.size() - 1, cycle.receivedAt(at));
		DueDate due = calendar.dueDateAfterSupplement(agency, version.timeLimit(), version.supplementPolicy(),
				computedDue, cycle.requestedAt(), at, version.cutOff());
		start = due.startDate();
		computedDue = due.dueDate();
		return move(at, "SUPPLEMENT_RECEIVED", DossierStatus.RECEIVED, null);
	}

	private String extend(HistoryLine.Event event, OffsetDateTime at, int n) {
		if (event.newDueDate() == null) {
			return replay.say("imports.error.extendedWithoutDate", n);
		}
		LocalDate newDue;
		try {
			newDue = LocalDate.parse(event.newDueDate());
		}
		catch (DateTimeParseException e) {
			return replay.say("imports.error.dateMalformed", "events[" + n + "].newDueDate", event.newDueDate());
		}
		if (extended != null) {
			return replay.say("imports.error.extendedTwice", n);
		}
		if (status == DossierStatus.AWAITING_SUPPLEMENT) {
			return replay.say("imports.error.resolvedAwaitingSupplement", n, EventType.EXTENDED);
		}
		if (!newDue.isAfter(dueDate())) {
			return replay.say("imports.error.extendedNotLater", n, newDue, dueDate());
		}
		extended = newDue;
		extensionReason = event.reason();
		steps.add(new DossierStep(at, ImportedDossier.ACTOR, "EXTENDED", status, status, null, event.reason()));
		return null;
	}

	private String resolve(HistoryLine.Event event, OffsetDateTime at, int n) {
		if (event.outcome() == null) {
			return replay.say("imports.error.resolvedWithoutOutcome", n);
		}
		Decision outcome;
		try {
			outcome = Decision.valueOf(event.outcome().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return replay.say("imports.error.outcomeUnknown", n, event.outcome());
		}
		if (status == DossierStatus.AWAITING_SUPPLEMENT) {
			return replay.say("imports.error.resolvedAwaitingSupplement", n, EventType.RESOLVED);
		}
		decision = outcome;
		decisionReason = event.reason();
		resolvedOn = HistoryReplay.day(at);
		return move(at, outcome.name(), DossierStatus.RESOLVED, event.reason());
	}

	private String giveBack(HistoryLine.Event event, OffsetDateTime at, int n) {
		if (status != DossierStatus.RESOLVED) {
			return replay.say("imports.error.returnedBeforeResolved", n);
		}
		return move(at, "RETURNED", DossierStatus.RETURNED, event.reason());
	}

	private String move(OffsetDateTime at, String action, DossierStatus to, String note) {
		steps.add(new DossierStep(at, ImportedDossier.ACTOR, action, status, to, null, note));
		status = to;
		return null;
	}
}
