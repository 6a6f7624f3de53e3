package vn.motcua.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import vn.motcua.shared.VietnamTime;

/**
 * The formats of a history line's values (legal-rules.md §5): instants in ISO 8601 with their offset
 * ({@code 2025-07-01T08:15:00+07:00}), dates as {@code 2025-07-15}. A value in another format is an error naming the
 * field and the value; it reads as null.
 */
final class LineValues {

	private final ImportMessages messages;

	LineValues(ImportMessages messages) {
		this.messages = messages;
	}

	OffsetDateTime instant(String field, String text, List<String> errors) {
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException e) {
			errors.add(messages.say("imports.error.instantMalformed", field, text));
			return null;
		}
	}

	LocalDate date(String field, String text, List<String> errors) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			errors.add(messages.say("imports.error.dateMalformed", field, text));
			return null;
		}
	}

	/** The day, in Vietnam, of an instant. */
	static LocalDate day(OffsetDateTime at) {
		return at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
	}
}
