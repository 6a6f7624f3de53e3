package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Due dates exactly as legal-rules.md §2: golden examples, then properties over many random receipts and limits. */
class DeadlineCalendarTests {

	private static final ZoneOffset VN = ZoneOffset.ofHours(7);

	private final DeadlineCalendar calendar = CalendarFixtures.calendar(
			Map.of("99999", new OfficeHours(LocalTime.of(11, 30), LocalTime.of(16, 30))));

	private static OffsetDateTime at(String localDateTime) {
		return OffsetDateTime.of(java.time.LocalDateTime.parse(localDateTime), VN);
	}

	@Test
	void theExampleOfTheLegalRules() {
		// Received Monday 01/09/2025 10:15 (a holiday) with N = 3 → S = Wed 03/09, D = Mon 08/09.
		DueDate due = calendar.dueDate(null, at("2025-09-01T10:15"), TimeLimit.workingDays(3));
		assertThat(due.startDate()).isEqualTo("2025-09-03");
		assertThat(due.dueDate()).isEqualTo("2025-09-08");
		assertThat(due.dueAt()).isEqualTo(OffsetDateTime.parse("2025-09-08T17:00:00+07:00"));
	}

	@Test
	void theCutOffIsInclusiveAt15h() {
		assertThat(calendar.dueDate(null, at("2025-07-01T15:00:00"), TimeLimit.workingDays(0)).dueDate())
			.isEqualTo("2025-07-01");
		DueDate late = calendar.dueDate(null, at("2025-07-01T15:00:01"), TimeLimit.workingDays(0));
		assertThat(late.startDate()).isEqualTo("2025-07-02");
		assertThat(late.dueDate()).isEqualTo("2025-07-02");
		// The same instant given in UTC.
		assertThat(calendar.dueDate(null, OffsetDateTime.parse("2025-07-01T08:00:00Z"), TimeLimit.workingDays(2))
			.dueDate()).isEqualTo("2025-07-03");
	}

	@Test
	void makeUpSaturdaysAndSwappedDaysOf2025() {
		// Friday 25/04/2025 after the cut-off: the next working day is the make-up Saturday 26/04.
		DueDate friday = calendar.dueDate(null, at("2025-04-25T16:00"), TimeLimit.workingDays(1));
		assertThat(friday.startDate()).isEqualTo("2025-04-26");
		assertThat(friday.dueDate()).isEqualTo("2025-04-28");
		// 30/04, 01/05 holidays, 02/05 swapped off, then the weekend.
		assertThat(calendar.dueDate(null, at("2025-04-29T10:00"), TimeLimit.workingDays(2)).dueDate())
			.isEqualTo("2025-05-06");
	}

	@Test
	void dueDatesOf2026() {
		// Friday 09/01/2026 after the cut-off starts on the make-up Saturday 10/01.
		assertThat(calendar.dueDate(null, at("2026-01-09T15:30"), TimeLimit.workingDays(0)).dueDate())
			.isEqualTo("2026-01-10");
		// Tết Bính Ngọ: 5 calendar days from Tue 10/02 is Sunday 15/02; 16–20/02 are Tết → Monday 23/02.
		DueDate tet = calendar.dueDate(null, at("2026-02-10T09:00"), TimeLimit.calendarDays(5));
		assertThat(tet.dueDate()).isEqualTo("2026-02-23");
		assertThat(tet.dueAt()).isEqualTo(OffsetDateTime.parse("2026-02-23T17:00:00+07:00"));
		// Received on Friday 24/04/2026: Monday 27/04 is the compensatory day for Giỗ Tổ; Tue 28, Wed 29 worked;
		// 30/04, 01/05 off → the third working day is Monday 04/05.
		assertThat(calendar.dueDate(null, at("2026-04-24T08:00"), TimeLimit.workingDays(3)).dueDate())
			.isEqualTo("2026-05-04");
		// Quốc khánh 2026: Mon 31/08 (swapped), Tue 01/09, Wed 02/09 off; Saturday 22/08 is worked.
		assertThat(calendar.dueDate(null, at("2026-08-21T16:00"), TimeLimit.workingDays(0)).dueDate())
			.isEqualTo("2026-08-22");
		assertThat(calendar.dueDate(null, at("2026-08-28T09:00"), TimeLimit.workingDays(1)).dueDate())
			.isEqualTo("2026-09-03");
	}

	@Test
	void agencyHoursAndAProcedureCutOff() {
		DueDate agency = calendar.dueDate("99999", at("2025-07-01T12:00"), TimeLimit.workingDays(1));
		assertThat(agency.startDate()).isEqualTo("2025-07-02");
		assertThat(agency.dueAt()).isEqualTo(OffsetDateTime.parse("2025-07-03T16:30:00+07:00"));
		assertThat(calendar.dueDate("99999", at("2025-07-01T12:00"), TimeLimit.workingDays(1), LocalTime.of(16, 0))
			.startDate()).isEqualTo("2025-07-01");
		assertThat(calendar.cutOff("99999")).isEqualTo(LocalTime.of(11, 30));
		assertThat(calendar.closingTime("12345")).isEqualTo(LocalTime.of(17, 0));
		assertThat(calendar.cutOff(null)).isEqualTo(LocalTime.of(15, 0));
	}

	@Test
	void supplementRestartsOrPausesTheClock() {
		// Received Tue 01/07/2025 with 5 working days → D = Tue 08/07. Supplement requested Thu 03/07,
		// complete supplement received Mon 14/07 at 09:00.
		TimeLimit five = TimeLimit.workingDays(5);
		LocalDate due = calendar.dueDate(null, at("2025-07-01T09:00"), five).dueDate();
		assertThat(due).isEqualTo("2025-07-08");
		assertThat(calendar.dueDateAfterSupplement(null, five, SupplementPolicy.RESTART, due, at("2025-07-03T10:00"),
				at("2025-07-14T09:00"), null).dueDate()).isEqualTo("2025-07-21");
		// PAUSE: Fri 04, Mon 07, Tue 08 remained → 3 working days from Mon 14/07 → Thu 17/07.
		assertThat(calendar.dueDateAfterSupplement(null, five, SupplementPolicy.PAUSE, due, at("2025-07-03T10:00"),
				at("2025-07-14T09:00"), null).dueDate()).isEqualTo("2025-07-17");
	}

	@Test
	void extensionNeedsAWorkingDayBeforeTheDueDate() {
		assertThat(calendar.mayExtend(LocalDate.of(2025, 7, 8), LocalDate.of(2025, 7, 7))).isTrue();
		assertThat(calendar.mayExtend(LocalDate.of(2025, 7, 8), LocalDate.of(2025, 7, 8))).isFalse();
		assertThat(calendar.mayExtend(LocalDate.of(2025, 9, 3), LocalDate.of(2025, 8, 29))).isTrue();
	}

	@Test
	void workingDayArithmetic() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue(); // make-up Saturday
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse(); // swapped Friday
		assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 12, 31), 0)).isEqualTo("2025-12-31");
		assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo("2026-01-05");
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 1, 5), -1)).isEqualTo("2025-12-31");
		assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 5))).isEqualTo(1);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 1, 5), LocalDate.of(2025, 12, 31))).isEqualTo(-1);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1))).isZero();
		assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2101, 1, 3)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void countdownWhatOfficersSee() {
		LocalDate due = LocalDate.of(2025, 9, 8);
		assertThat(calendar.countdown(due, LocalDate.of(2025, 9, 4))).isEqualTo(
				new Countdown(Countdown.State.REMAINING, 2));
		assertThat(calendar.countdown(due, LocalDate.of(2025, 8, 29))).isEqualTo(
				new Countdown(Countdown.State.REMAINING, 4)); // 01/09, 02/09 are holidays
		assertThat(calendar.countdown(due, due)).isEqualTo(new Countdown(Countdown.State.DUE_TODAY, 0));
		assertThat(calendar.countdown(due, LocalDate.of(2025, 9, 11))).isEqualTo(
				new Countdown(Countdown.State.OVERDUE, 3));
		assertThat(calendar.countdown(LocalDate.of(2025, 9, 5), LocalDate.of(2025, 9, 6)).workingDays()).isEqualTo(1);
		assertThat(new Countdown(Countdown.State.OVERDUE, 3).messageKey()).isEqualTo("calendar.countdown.overdue");
	}

	@Test
	void officialDaysOf2025And2026AreHonoured() {
		Map<Integer, List<CalendarDay>> official = CalendarFixtures.officialDays();
		assertThat(official.get(2025)).hasSize(13);
		assertThat(official.get(2026)).hasSize(16);
		official.values().stream().flatMap(List::stream).forEach(day -> {
			assertThat(calendar.isWorkingDay(day.date())).as(day.toString()).isEqualTo(!day.type().isDayOff());
			// A receipt on an official day off starts on the next working day.
			OffsetDateTime morning = OffsetDateTime.of(day.date(), LocalTime.of(9, 0), VN);
			LocalDate start = calendar.dueDate(null, morning, TimeLimit.workingDays(0)).startDate();
			assertThat(start.equals(day.date())).as(day.toString()).isEqualTo(!day.type().isDayOff());
		});
		assertThat(official.get(2025)).anyMatch(day -> day.date().equals(LocalDate.of(2025, 4, 26))
				&& day.type() == DayType.MAKEUP_WORKDAY);
		assertThat(official.get(2026)).filteredOn(day -> day.type() == DayType.MAKEUP_WORKDAY)
			.extracting(CalendarDay::date)
			.containsExactly(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22));
	}

	@Test
	void propertiesOverRandomReceiptsAndLimits() {
		Random random = new Random(20261126L);
		long from = LocalDate.of(2024, 1, 1).toEpochDay() * 86_400L;
		long span = 4L * 366 * 86_400L;
		for (int i = 0; i < 50_000; i++) {
			OffsetDateTime received = OffsetDateTime.ofInstant(
					java.time.Instant.ofEpochSecond(from + (long) (random.nextDouble() * span)), VN);
			int amount = random.nextInt(60);
			TimeLimit.Unit unit = random.nextBoolean() ? TimeLimit.Unit.WORKING_DAYS : TimeLimit.Unit.CALENDAR_DAYS;
			TimeLimit limit = new TimeLimit(amount, unit);
			DueDate due = calendar.dueDate(null, received, limit);
			String what = received + " " + limit;

			assertThat(calendar.isWorkingDay(due.dueDate())).as(what).isTrue();
			assertThat(calendar.isWorkingDay(due.startDate())).as(what).isTrue();
			assertThat(due.dueDate()).as(what).isAfterOrEqualTo(due.startDate());
			assertThat(due.startDate()).as(what).isAfterOrEqualTo(received.toLocalDate());
			if (unit == TimeLimit.Unit.WORKING_DAYS) {
				assertThat(calendar.workingDaysBetween(due.startDate(), due.dueDate())).as(what).isEqualTo(amount);
				assertThat(due.dueDate()).as(what).isEqualTo(scanForward(due.startDate(), amount));
			}
			else {
				assertThat(due.dueDate()).as(what).isAfterOrEqualTo(due.startDate().plusDays(amount));
			}
			// Never earlier when the receipt is later.
			OffsetDateTime later = received.plusMinutes(1 + random.nextInt(3 * 24 * 60));
			assertThat(calendar.dueDate(null, later, limit).dueDate()).as(what + " then " + later)
				.isAfterOrEqualTo(due.dueDate());
			// N + 1 never ends before N.
			assertThat(calendar.dueDate(null, received, new TimeLimit(amount + 1, unit)).dueDate()).as(what)
				.isAfterOrEqualTo(due.dueDate());
			// After the cut-off equals 08:00 on the next working day.
			if (received.toLocalTime().isAfter(LocalTime.of(15, 0))) {
				LocalDate next = calendar.plusWorkingDays(received.toLocalDate(), 1);
				assertThat(calendar.dueDate(null, OffsetDateTime.of(next, LocalTime.of(8, 0), VN), limit))
					.as(what).isEqualTo(due);
			}
			assertThat(due.dueAt()).isEqualTo(OffsetDateTime.of(due.dueDate(), LocalTime.of(17, 0), VN));
		}
	}

	@Test
	void arithmeticAgreesWithAPlainDayByDayScan() {
		Random random = new Random(7L);
		for (int i = 0; i < 20_000; i++) {
			LocalDate date = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(365 * 60));
			int n = random.nextInt(400) - 200;
			LocalDate result = calendar.plusWorkingDays(date, n);
			assertThat(result).as(date + " " + n).isEqualTo(n >= 0 ? scanForward(date, n) : scanBackward(date, -n));
			assertThat(calendar.workingDaysBetween(date, result)).as(date + " " + n)
				.isEqualTo(n == 0 || calendar.isWorkingDay(date) || n > 0 ? n : n + 1);
		}
	}

	/** The reference: walk day by day, asking only whether each day is a working day. */
	private LocalDate scanForward(LocalDate date, int n) {
		LocalDate day = date;
		for (int found = 0; found < n;) {
			day = day.plusDays(1);
			if (weekOrListed(day)) {
				found++;
			}
		}
		return day;
	}

	private LocalDate scanBackward(LocalDate date, int n) {
		LocalDate day = date;
		for (int found = 0; found < n;) {
			day = day.minusDays(1);
			if (weekOrListed(day)) {
				found++;
			}
		}
		return day;
	}

	private final Map<Integer, List<CalendarDay>> official = CalendarFixtures.officialDays();

	private final Map<Integer, List<CalendarDay>> provisional = new java.util.HashMap<>();

	private boolean weekOrListed(LocalDate day) {
		List<CalendarDay> listed = official.containsKey(day.getYear()) ? official.get(day.getYear())
				: provisional.computeIfAbsent(day.getYear(), year -> ProvisionalCalendar.of(year).days());
		for (CalendarDay entry : listed) {
			if (entry.date().equals(day)) {
				return !entry.type().isDayOff();
			}
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}
}
