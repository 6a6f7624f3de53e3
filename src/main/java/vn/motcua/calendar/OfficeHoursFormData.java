package vn.motcua.calendar;

import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A commune's office hours as its administrator posts them from its row of the office-hours page: the opening time,
 * the intake cut-off and the closing time, each {@code HH:mm} ({@code typeMismatch.officeHours.*}). That they are in
 * that order is the calendar's rule ({@link CalendarEditRefused}).
 */
record OfficeHoursFormData(
		@NotNull(message = "{calendar.error.timeInvalid}") @DateTimeFormat(pattern = "H:mm", fallbackPatterns = "H:mm:ss") LocalTime openingTime,
		@NotNull(message = "{calendar.error.timeInvalid}") @DateTimeFormat(pattern = "H:mm", fallbackPatterns = "H:mm:ss") LocalTime cutOff,
		@NotNull(message = "{calendar.error.timeInvalid}") @DateTimeFormat(pattern = "H:mm", fallbackPatterns = "H:mm:ss") LocalTime closingTime) {

	OfficeHours toOfficeHours() {
		return new OfficeHours(openingTime, cutOff, closingTime);
	}
}
