package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lunar dates on the UTC+7 meridian (legal-rules.md §1, domain/regulations.md §7.2). */
class VietnameseLunarCalendarTests {

	@Test
	void tetFollowsTheVietnameseMeridianWhereChinaDiffers() {
		assertThat(VietnameseLunarCalendar.lunarNewYear(1985)).isEqualTo("1985-01-21"); // China: 1985-02-20
		assertThat(VietnameseLunarCalendar.lunarNewYear(2007)).isEqualTo("2007-02-17"); // China: 2007-02-18
		assertThat(VietnameseLunarCalendar.lunarNewYear(1968)).isEqualTo("1968-01-29"); // Tết Mậu Thân in the North
	}

	@Test
	void tetOfKnownYears() {
		Map<Integer, String> tet = new TreeMap<>(Map.ofEntries(Map.entry(2000, "2000-02-05"),
				Map.entry(2001, "2001-01-24"), Map.entry(2002, "2002-02-12"), Map.entry(2003, "2003-02-01"),
				Map.entry(2004, "2004-01-22"), Map.entry(2005, "2005-02-09"), Map.entry(2006, "2006-01-29"),
				Map.entry(2008, "2008-02-07"), Map.entry(2009, "2009-01-26"), Map.entry(2010, "2010-02-14"),
				Map.entry(2011, "2011-02-03"), Map.entry(2012, "2012-01-23"), Map.entry(2013, "2013-02-10"),
				Map.entry(2014, "2014-01-31"), Map.entry(2015, "2015-02-19"), Map.entry(2016, "2016-02-08"),
				Map.entry(2017, "2017-01-28"), Map.entry(2018, "2018-02-16"), Map.entry(2019, "2019-02-05"),
				Map.entry(2020, "2020-01-25"), Map.entry(2021, "2021-02-12"), Map.entry(2022, "2022-02-01"),
				Map.entry(2023, "2023-01-22"), Map.entry(2024, "2024-02-10"), Map.entry(2025, "2025-01-29"),
				Map.entry(2026, "2026-02-17"), Map.entry(2027, "2027-02-06"), Map.entry(2028, "2028-01-26"),
				Map.entry(2029, "2029-02-13"), Map.entry(2030, "2030-02-02"), Map.entry(1900, "1900-01-31")));
		tet.forEach((year, date) -> assertThat(VietnameseLunarCalendar.lunarNewYear(year)).as("Tết " + year)
			.isEqualTo(date));
	}

	@Test
	void hungKingsCommemorationIsLunarTenthOfTheThirdMonth() {
		Map<Integer, String> gioTo = Map.of(2024, "2024-04-18", 2025, "2025-04-07", 2026, "2026-04-26", 2027,
				"2027-04-16", 2028, "2028-04-04", 2029, "2029-04-23", 2030, "2030-04-12");
		gioTo.forEach((year, date) -> assertThat(VietnameseLunarCalendar.hungKingsCommemoration(year))
			.as("Giỗ Tổ " + year).isEqualTo(date));
		assertThat(VietnameseLunarCalendar.lunarDate(LocalDate.of(2026, 11, 26)))
			.isEqualTo(new VietnameseLunarCalendar.LunarDate(10, false, 18));
	}

	@Test
	void everyYearFrom1900To2100HasAPlausibleTet() {
		LocalDate previous = null;
		for (int year = 1900; year <= 2100; year++) {
			LocalDate tet = VietnameseLunarCalendar.lunarNewYear(year);
			assertThat(tet).as("Tết " + year).isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
			assertThat(VietnameseLunarCalendar.lunarDate(tet.minusDays(1)).day()).as("eve of Tết " + year)
				.isIn(29, 30);
			if (previous != null) {
				assertThat(ChronoUnit.DAYS.between(previous, tet)).as("lunar year before " + year)
					.isIn(354L, 355L, 383L, 384L, 385L);
			}
			LocalDate gioTo = VietnameseLunarCalendar.hungKingsCommemoration(year);
			assertThat(ChronoUnit.DAYS.between(tet, gioTo)).as("Giỗ Tổ " + year).isBetween(66L, 98L);
			previous = tet;
		}
	}

	@Test
	void provisionalCalendarAppliesTheLaborCodeRules() {
		YearCalendar calendar = ProvisionalCalendar.of(2027);
		assertThat(calendar.provisional()).isTrue();
		Map<LocalDate, DayType> types = new TreeMap<>();
		calendar.days().forEach(day -> types.put(day.date(), day.type()));
		// Tết 2027: mùng 1 is Saturday 06/02; the eve (Fri 05/02) to mùng 4 (Tue 09/02) are holidays,
		// Saturday and Sunday give compensatory days on Wednesday 10/02 and Thursday 11/02.
		assertThat(types).containsEntry(LocalDate.of(2027, 1, 1), DayType.HOLIDAY)
			.containsEntry(LocalDate.of(2027, 2, 5), DayType.HOLIDAY)
			.containsEntry(LocalDate.of(2027, 2, 9), DayType.HOLIDAY)
			.containsEntry(LocalDate.of(2027, 2, 10), DayType.COMPENSATORY_DAY_OFF)
			.containsEntry(LocalDate.of(2027, 2, 11), DayType.COMPENSATORY_DAY_OFF)
			.containsEntry(LocalDate.of(2027, 4, 16), DayType.HOLIDAY) // Giỗ Tổ, Friday
			.containsEntry(LocalDate.of(2027, 4, 30), DayType.HOLIDAY)
			.containsEntry(LocalDate.of(2027, 5, 1), DayType.HOLIDAY) // Saturday
			.containsEntry(LocalDate.of(2027, 5, 3), DayType.COMPENSATORY_DAY_OFF)
			.containsEntry(LocalDate.of(2027, 9, 1), DayType.HOLIDAY)
			.containsEntry(LocalDate.of(2027, 9, 2), DayType.HOLIDAY);
		assertThat(types).hasSize(14);
		// The provisional rule gives the official 2026 compensatory Monday after Giỗ Tổ on a Sunday.
		assertThat(ProvisionalCalendar.of(2026).days()).anyMatch(day -> day.date().equals(LocalDate.of(2026, 4, 27))
				&& day.type() == DayType.COMPENSATORY_DAY_OFF);
		assertThat(calendar.changesToTheWeek()).allMatch(day -> day.date().getDayOfWeek() != DayOfWeek.SATURDAY
				&& day.date().getDayOfWeek() != DayOfWeek.SUNDAY);
	}
}
