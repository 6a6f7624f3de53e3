package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The provisional calendar of a year that has no official schedule, built from the Labor Code rules
 * (legal-rules.md §1): 1/1; Tết = the last day of the lunar year and lunar 1/1–4/1; Giỗ Tổ = lunar 10/3; 30/4; 1/5;
 * 1/9 and 2/9; a holiday on a Saturday or Sunday gives a compensatory day off on the next working day.
 */
final class ProvisionalCalendar {

	static final String LABOR_CODE_HOLIDAYS = "Bộ luật Lao động 2019, Điều 112 khoản 1 (lịch tạm tính)";

	static final String LABOR_CODE_COMPENSATION = "Bộ luật Lao động 2019, Điều 111 khoản 3 (lịch tạm tính)";

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

	private static final String[] TET_DAYS = { "Tết Nguyên đán (ngày cuối năm âm lịch)", "Tết Nguyên đán (mùng 1)",
			"Tết Nguyên đán (mùng 2)", "Tết Nguyên đán (mùng 3)", "Tết Nguyên đán (mùng 4)" };

	private ProvisionalCalendar() {
	}

	static YearCalendar of(int year) {
		Map<LocalDate, String> holidays = new TreeMap<>();
		holidays.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
		LocalDate tet = VietnameseLunarCalendar.lunarNewYear(year);
		for (int i = 0; i < TET_DAYS.length; i++) {
			holidays.put(tet.plusDays(i - 1L), TET_DAYS[i]);
		}
		holidays.merge(VietnameseLunarCalendar.hungKingsCommemoration(year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
				(a, b) -> a + "; " + b);
		holidays.merge(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)", (a, b) -> a + "; " + b);
		holidays.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
		holidays.put(LocalDate.of(year, 9, 1), "Quốc khánh (ngày liền kề)");
		holidays.put(LocalDate.of(year, 9, 2), "Quốc khánh (2/9)");

		List<CalendarDay> days = new ArrayList<>();
		Map<LocalDate, String> compensatory = new TreeMap<>();
		holidays.forEach((date, name) -> {
			days.add(new CalendarDay(date, DayType.HOLIDAY, name, LABOR_CODE_HOLIDAYS));
			if (CalendarDay.isWeekend(date)) {
				LocalDate day = date.plusDays(1);
				while (CalendarDay.isWeekend(day) || holidays.containsKey(day) || compensatory.containsKey(day)) {
					day = day.plusDays(1);
				}
				compensatory.put(day, "Nghỉ bù " + name + " (" + date.format(DAY_MONTH) + ")");
			}
		});
		compensatory.forEach((date, name) -> days.add(
				new CalendarDay(date, DayType.COMPENSATORY_DAY_OFF, name, LABOR_CODE_COMPENSATION)));
		days.sort(java.util.Comparator.comparing(CalendarDay::date));
		return new YearCalendar(year, true, days);
	}
}
