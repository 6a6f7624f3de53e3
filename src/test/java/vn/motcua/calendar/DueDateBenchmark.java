package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of due-date computation on one thread, with the calendars of the years in play already indexed
 * (the official 2025/2026 schedules, provisional years around them). Inputs are 4096 random receipts in 2024–2027
 * with random limits of 0–60 working or calendar days. Not a test: run it with
 * {@code ./mvnw -B -Pbenchmark -DskipTests test} (see docs/performance/calendar.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Threads(1)
public class DueDateBenchmark {

	private static final int INPUTS = 4096;

	private DeadlineCalendar calendar;

	private OffsetDateTime[] receipts;

	private TimeLimit[] limits;

	private LocalDate[] days;

	private int next;

	@Setup
	public void setUp() {
		calendar = CalendarFixtures.calendar(Map.of("14908", new OfficeHours(LocalTime.of(16, 0), LocalTime.of(17, 30))));
		Random random = new Random(42);
		receipts = new OffsetDateTime[INPUTS];
		limits = new TimeLimit[INPUTS];
		days = new LocalDate[INPUTS];
		long from = LocalDate.of(2024, 1, 1).toEpochDay() * 86_400L;
		for (int i = 0; i < INPUTS; i++) {
			receipts[i] = OffsetDateTime.ofInstant(
					java.time.Instant.ofEpochSecond(from + (long) (random.nextDouble() * 4 * 365 * 86_400L)),
					ZoneOffset.ofHours(7));
			limits[i] = new TimeLimit(random.nextInt(61),
					random.nextBoolean() ? TimeLimit.Unit.WORKING_DAYS : TimeLimit.Unit.CALENDAR_DAYS);
			days[i] = receipts[i].toLocalDate();
		}
		for (int year = 2023; year <= 2029; year++) {
			calendar.isWorkingDay(LocalDate.of(year, 1, 1)); // index the years in play
		}
	}

	@Benchmark
	public DueDate dueDate() {
		int i = next++ & (INPUTS - 1);
		return calendar.dueDate(null, receipts[i], limits[i]);
	}

	@Benchmark
	public DueDate dueDateWithAgencyHours() {
		int i = next++ & (INPUTS - 1);
		return calendar.dueDate("14908", receipts[i], limits[i]);
	}

	@Benchmark
	public Countdown countdown() {
		int i = next++ & (INPUTS - 1);
		return calendar.countdown(days[i], days[(i + 1) & (INPUTS - 1)]);
	}
}
