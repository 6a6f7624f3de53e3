package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** One month of the administration page: weeks of day cells (Monday first) and the month's listed days. */
record MonthGrid(YearMonth month, List<List<Cell>> weeks, List<CalendarDay> listed) {

	/** A day cell; {@code date} is null for the padding before the 1st and after the last day. */
	record Cell(LocalDate date, String kind, CalendarDay listed) {

		static final Cell EMPTY = new Cell(null, "empty", null);
	}

	static MonthGrid of(YearMonth month, Map<LocalDate, CalendarDay> listedDays) {
		List<List<Cell>> weeks = new ArrayList<>();
		List<Cell> week = new ArrayList<>(Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() - 1, Cell.EMPTY));
		List<CalendarDay> listed = new ArrayList<>();
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			LocalDate date = month.atDay(d);
			CalendarDay day = listedDays.get(date);
			if (day != null) {
				listed.add(day);
			}
			week.add(new Cell(date, kind(date, day), day));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(Cell.EMPTY);
			}
			weeks.add(week);
		}
		return new MonthGrid(month, weeks, listed);
	}

	private static String kind(LocalDate date, CalendarDay day) {
		if (day != null) {
			return day.type().isDayOff() ? "off" : "makeup";
		}
		return CalendarDay.isWeekend(date) ? "weekend" : "working";
	}
}
