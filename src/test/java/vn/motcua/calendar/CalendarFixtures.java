package vn.motcua.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link DeadlineCalendar} without a database: the official 2025 and 2026 schedules read from the shipped migration,
 * every other year provisional, all agencies on the default office hours unless given.
 */
final class CalendarFixtures {

	private static final Path OFFICIAL = Path.of(
			"src/main/resources/db/migration/calendar/V202611260301__official_schedules_2025_2026.sql");

	private static final Pattern ROW = Pattern
		.compile("\\('(\\d{4}-\\d{2}-\\d{2})', \\d{4}, '([A-Z_]+)', '([^']*)', '([^']*)'\\)");

	private CalendarFixtures() {
	}

	static Map<Integer, List<CalendarDay>> officialDays() {
		Map<Integer, List<CalendarDay>> years = new HashMap<>();
		try {
			Matcher row = ROW.matcher(Files.readString(OFFICIAL));
			while (row.find()) {
				CalendarDay day = new CalendarDay(LocalDate.parse(row.group(1)), DayType.valueOf(row.group(2)),
						row.group(3), row.group(4));
				years.computeIfAbsent(day.date().getYear(), y -> new ArrayList<>()).add(day);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return years;
	}

	static WorkingDayIndex index() {
		Map<Integer, List<CalendarDay>> official = officialDays();
		return new WorkingDayIndex(year -> official.containsKey(year)
				? new YearCalendar(year, false, official.get(year)) : ProvisionalCalendar.of(year));
	}

	static DeadlineCalendar calendar() {
		return calendar(Map.of());
	}

	static DeadlineCalendar calendar(Map<String, OfficeHours> hours) {
		return new DeadlineCalendar(index(), new OfficeHoursBook(code -> Optional.ofNullable(hours.get(code))));
	}
}
