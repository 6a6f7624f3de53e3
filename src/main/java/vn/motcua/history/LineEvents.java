package vn.motcua.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.motcua.dossier.Decision;
import vn.motcua.dossier.DossierHistory;

/**
 * The events of a history line (legal-rules.md §5) read into the dossier's events: a known type, an instant not
 * before the one of the event before it (or the receipt), an outcome for {@code RESOLVED} and a new due date for
 * {@code EXTENDED}. Whether the sequence is allowed is not decided here: the dossier says so when it replays them.
 */
final class LineEvents {

	private final ImportMessages messages;

	private final LineValues values;

	LineEvents(ImportMessages messages, LineValues values) {
		this.messages = messages;
		this.values = values;
	}

	/** The events of the line with their values read; an event with a problem is left out (its reason is said). */
	List<DossierHistory.Event> read(List<HistoryLine.Event> events, OffsetDateTime received, List<String> errors) {
		List<DossierHistory.Event> read = new ArrayList<>();
		OffsetDateTime previous = received;
		int n = 0;
		for (HistoryLine.Event event : events) {
			n++;
			DossierHistory.EventType type = eventType(event.type());
			if (type == null) {
				errors.add(messages.say("imports.error.eventTypeUnknown", n, event.type() == null ? "" : event.type()));
				continue;
			}
			if (event.at() == null) {
				errors.add(messages.say("imports.error.eventAtMissing", n, type));
				continue;
			}
			OffsetDateTime at = values.instant("events[" + n + "].at", event.at(), errors);
			if (at == null) {
				continue;
			}
			if (previous != null && at.isBefore(previous)) {
				errors.add(messages.say("imports.error.eventOutOfOrder", n, type));
			}
			previous = previous == null || at.isAfter(previous) ? at : previous;
			Decision outcome = null;
			LocalDate newDueDate = null;
			if (type == DossierHistory.EventType.RESOLVED) {
				outcome = outcome(event, n, errors);
			}
			if (type == DossierHistory.EventType.EXTENDED) {
				if (event.newDueDate() == null) {
					errors.add(messages.say("imports.error.extendedWithoutDate", n));
				}
				else {
					newDueDate = values.date("events[" + n + "].newDueDate", event.newDueDate(), errors);
				}
			}
			read.add(new DossierHistory.Event(type, at, event.reason(), outcome, newDueDate));
		}
		return read;
	}

	private Decision outcome(HistoryLine.Event event, int n, List<String> errors) {
		if (event.outcome() == null) {
			errors.add(messages.say("imports.error.resolvedWithoutOutcome", n));
			return null;
		}
		try {
			return Decision.valueOf(event.outcome().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			errors.add(messages.say("imports.error.outcomeUnknown", n, event.outcome()));
			return null;
		}
	}

	private static DossierHistory.EventType eventType(String type) {
		try {
			return type == null ? null : DossierHistory.EventType.valueOf(type.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
