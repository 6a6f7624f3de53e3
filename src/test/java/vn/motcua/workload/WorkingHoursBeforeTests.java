package vn.motcua.workload;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Three working hours before a due time, counted in the office hours of working days only. */
class WorkingHoursBeforeTests {

	private static final LocalDate HOLIDAY = LocalDate.of(2026, 9, 2);

	private final WorkingHoursBefore rule = new WorkingHoursBefore(
			d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAY.equals(d),
			LocalTime.of(7, 30), LocalTime.of(17, 0));

	@Test
	void aDueTimeAtTheClosingTimeIsWarnedOfThreeHoursBeforeOnTheSameDay() {
		assertThat(rule.before(LocalDateTime.of(2026, 11, 24, 17, 0), Duration.ofHours(3)))
			.isEqualTo(LocalDateTime.of(2026, 11, 24, 14, 0));
	}

	@Test
	void anEarlyDueTimeTakesTheRestFromTheWorkingDayBefore() {
		// 1 h 30 on Tuesday morning (07:30–09:00), 1 h 30 on Monday evening (15:30–17:00)
		assertThat(rule.before(LocalDateTime.of(2026, 11, 24, 9, 0), Duration.ofHours(3)))
			.isEqualTo(LocalDateTime.of(2026, 11, 23, 15, 30));
	}

	@Test
	void weekendsAndHolidaysDoNotCount() {
		// Monday 08:30: one hour on Monday, the weekend skipped, two hours on Friday
		assertThat(rule.before(LocalDateTime.of(2026, 11, 30, 8, 30), Duration.ofHours(3)))
			.isEqualTo(LocalDateTime.of(2026, 11, 27, 15, 0));
		// Thursday 3 September 2026 08:30, the day after the National Day holiday: back to Tuesday 1 September
		assertThat(rule.before(LocalDateTime.of(2026, 9, 3, 8, 30), Duration.ofHours(3)))
			.isEqualTo(LocalDateTime.of(2026, 9, 1, 15, 0));
	}

	@Test
	void aDueTimeAfterTheClosingTimeCountsFromTheClosingTime() {
		assertThat(rule.before(LocalDateTime.of(2026, 11, 24, 23, 0), Duration.ofHours(3)))
			.isEqualTo(LocalDateTime.of(2026, 11, 24, 14, 0));
		assertThat(Set.of(rule.before(LocalDateTime.of(2026, 11, 24, 7, 0), Duration.ofHours(3))))
			.containsExactly(LocalDateTime.of(2026, 11, 23, 14, 0));
	}
}
