package vn.motcua.calendar;

import java.util.List;

/**
 * The calendar of one year: the listed days, and whether it is still provisional (built from the Labor Code rules
 * because no official schedule was entered or confirmed by an administrator).
 */
public record YearCalendar(int year, boolean provisional, List<CalendarDay> days) {

	public YearCalendar {
		days = List.copyOf(days);
	}

	/** The days the fixed API lists: every non-working weekday and every make-up weekend day, in date order. */
	public List<CalendarDay> changesToTheWeek() {
		return days.stream().filter(CalendarDay::changesTheWeek).toList();
	}
}
