package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * An administrator changed the working-day calendar: the listed dates of that year changed, for the given reason (the
 * audit line). Due dates of open dossiers that span these dates must be recomputed.
 */
public record CalendarChanged(int year, Set<LocalDate> dates, String reason) {

	public CalendarChanged {
		dates = Set.copyOf(dates);
	}
}
