package vn.motcua.workload;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.function.Predicate;

/**
 * The instant that lies a number of <em>working hours</em> before a due time: the hours counted are those of working
 * days (the calendar's, with holidays and make-up days) between the offices' opening time and the agency's closing
 * time; evenings, nights, days off and holidays do not count. A due time of 17:00 with offices open 07:30–17:00 is
 * warned of at 14:00 the same day; a due time of 09:00 at 15:30 on the working day before (1 h 30 that morning, 1 h 30
 * the evening before). The lunch pause is not taken out: the offices' hours are one span from opening to closing.
 * A due time outside the office hours counts from the nearest earlier office time.
 */
final class WorkingHoursBefore {

	private final Predicate<LocalDate> workingDay;

	private final LocalTime opening;

	private final LocalTime closing;

	WorkingHoursBefore(Predicate<LocalDate> workingDay, LocalTime opening, LocalTime closing) {
		if (!opening.isBefore(closing)) {
			throw new IllegalArgumentException("The offices must open before they close: " + opening + "–" + closing);
		}
		this.workingDay = workingDay;
		this.opening = opening;
		this.closing = closing;
	}

	/** The local time {@code hours} working hours before {@code due} (both Vietnam local times). */
	LocalDateTime before(LocalDateTime due, Duration hours) {
		Duration left = hours;
		LocalDate day = due.toLocalDate();
		LocalTime end = due.toLocalTime().isAfter(closing) ? closing : due.toLocalTime();
		for (int guard = 0; guard < 3660; guard++) {
			if (workingDay.test(day) && end.isAfter(opening)) {
				Duration available = Duration.between(opening, end);
				if (available.compareTo(left) >= 0) {
					return day.atTime(end.minus(left));
				}
				left = left.minus(available);
			}
			day = day.minusDays(1);
			end = closing;
		}
		throw new IllegalStateException("No working day in ten years before " + due);
	}
}
