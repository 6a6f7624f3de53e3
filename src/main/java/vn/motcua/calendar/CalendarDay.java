package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** One listed day of the working-day calendar, with its name and legal source (văn bản quy định). */
public record CalendarDay(LocalDate date, DayType type, String name, String legalSource) {

	/** Whether the day falls on a Saturday or Sunday. */
	public boolean onWeekend() {
		return isWeekend(date);
	}

	/**
	 * Whether the day changes anything against the plain week: a day off on a weekday, or a make-up weekend day. (A
	 * holiday that falls on a Sunday is listed for information only.)
	 */
	public boolean changesTheWeek() {
		return type.isDayOff() != onWeekend();
	}

	static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}
}
