package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.Year;

/**
 * One year of the calendar precomputed for O(1) arithmetic: the cumulative count of working days per day of the year,
 * and the day of the year of each working day in order. Immutable; rebuilt when the year's calendar changes.
 */
final class YearIndex {

	final long firstEpochDay;

	final boolean provisional;

	/** cumulative[i] = number of working days among the first i days of the year (i = 0 … length). */
	private final int[] cumulative;

	/** workingDays[k] = 0-based day of the year of the (k+1)-th working day. */
	private final int[] workingDays;

	private YearIndex(int year, boolean provisional, int[] cumulative, int[] workingDays) {
		this.firstEpochDay = LocalDate.of(year, 1, 1).toEpochDay();
		this.provisional = provisional;
		this.cumulative = cumulative;
		this.workingDays = workingDays;
	}

	static YearIndex of(YearCalendar calendar) {
		int year = calendar.year();
		int length = Year.of(year).length();
		LocalDate first = LocalDate.of(year, 1, 1);
		boolean[] working = new boolean[length];
		for (int i = 0; i < length; i++) {
			working[i] = !CalendarDay.isWeekend(first.plusDays(i));
		}
		for (CalendarDay day : calendar.days()) {
			if (day.date().getYear() == year) {
				working[day.date().getDayOfYear() - 1] = !day.type().isDayOff();
			}
		}
		int[] cumulative = new int[length + 1];
		int count = 0;
		for (int i = 0; i < length; i++) {
			if (working[i]) {
				count++;
			}
			cumulative[i + 1] = count;
		}
		int[] workingDays = new int[count];
		for (int i = 0, k = 0; i < length; i++) {
			if (working[i]) {
				workingDays[k++] = i;
			}
		}
		return new YearIndex(year, calendar.provisional(), cumulative, workingDays);
	}

	boolean isWorking(int dayOfYear0) {
		return cumulative[dayOfYear0 + 1] != cumulative[dayOfYear0];
	}

	/** Working days among the days 0 … dayOfYear0 of the year (inclusive). */
	int workingThrough(int dayOfYear0) {
		return cumulative[dayOfYear0 + 1];
	}

	int total() {
		return workingDays.length;
	}

	/** The epoch day of the k-th (1-based) working day of the year. */
	long workingDay(int ordinal) {
		return firstEpochDay + workingDays[ordinal - 1];
	}
}
