package vn.motcua.calendar;

import java.util.List;

/**
 * The calendar of one year: the listed days, and whether it is still provisional.
 * <p>
 * Lifecycle: a year nobody has touched is <em>provisional</em>, computed on demand from the Labor Code rules (lịch
 * tạm tính). The administrator's first edit stores those days and applies the edit; the year stays provisional until
 * the administrator confirms it against the Government's announced schedule, after which it is official. The 2025
 * and 2026 schedules ship official. Every later edit changes the official calendar in place and moves the due dates
 * of open dossiers.
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
