package vn.motcua.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form to list a day or change a listed day, as posted. A date that is not {@code yyyy-MM-dd} or an unknown type
 * is a binding error ({@code typeMismatch.calendarDay.*} in {@code messages/calendar.properties}); what the calendar
 * itself refuses (a make-up day on a weekday, a day already listed) is {@link CalendarEditRefused}, shown on the same
 * field. The date is required only when listing a new day ({@link NewDay}): a change keeps the date of its URL.
 */
record CalendarDayFormData(
		@NotNull(groups = NewDay.class, message = "{typeMismatch.calendarDay.date}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull(message = "{typeMismatch.calendarDay.type}") DayType type,
		@NotBlank(message = "{calendar.error.nameRequired}")
		@Size(max = 200, message = "{calendar.error.nameTooLong}") String name,
		@Size(max = 300, message = "{calendar.error.legalSourceTooLong}") String legalSource) {

	/** The validation group of a new day, whose date the form must give. */
	interface NewDay {
	}

	static CalendarDayFormData of(CalendarDay day) {
		return new CalendarDayFormData(day.date(), day.type(), day.name(), day.legalSource());
	}

	static CalendarDayFormData on(LocalDate date) {
		return new CalendarDayFormData(date, null, null, null);
	}

	/** The day to list, on {@code date} (the form's, or the listed day's when changing it). */
	CalendarDay toDay(LocalDate date) {
		return new CalendarDay(date, type, name.strip(),
				legalSource == null || legalSource.isBlank() ? null : legalSource.strip());
	}
}
