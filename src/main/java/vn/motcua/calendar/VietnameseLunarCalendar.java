package vn.motcua.calendar;

import java.time.LocalDate;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The Vietnamese lunisolar calendar (âm lịch): ICU4J's Chinese calendar with its astronomy done on the UTC+7 meridian
 * instead of Beijing's UTC+8 (the two differ in some years, e.g. Tết 1985 and 2007). ICU provides a protected
 * constructor for exactly this (Korea's DangiCalendar uses it). Objects of ICU's calendar are not thread-safe, so each
 * call works on a fresh one.
 */
final class VietnameseLunarCalendar {

	private static final TimeZone VIETNAM_MERIDIAN = new SimpleTimeZone(7 * 3600 * 1000, "UTC+7");

	private static final long MILLIS_PER_DAY = 86_400_000L;

	private VietnameseLunarCalendar() {
	}

	/** A lunar date: month 1–12 (with the leap flag for a tháng nhuận) and day 1–30. */
	record LunarDate(int month, boolean leapMonth, int day) {
	}

	/** The lunar date of a solar day. */
	static LunarDate lunarDate(LocalDate date) {
		ChineseCalendar calendar = new UtcPlus7();
		calendar.setTimeInMillis(date.toEpochDay() * MILLIS_PER_DAY + MILLIS_PER_DAY / 2);
		return new LunarDate(calendar.get(ChineseCalendar.MONTH) + 1,
				calendar.get(ChineseCalendar.IS_LEAP_MONTH) == 1, calendar.get(ChineseCalendar.DAY_OF_MONTH));
	}

	/** Tết Nguyên đán (lunar 1/1) of the lunar year that begins in the given solar year. */
	static LocalDate lunarNewYear(int year) {
		// Lunar 1/1 always falls between 21 January and 20 February.
		return firstDayFrom(LocalDate.of(year, 1, 20), 1, 1);
	}

	/** Giỗ Tổ Hùng Vương (lunar 10/3, never in a leap month) of the lunar year that begins in the given solar year. */
	static LocalDate hungKingsCommemoration(int year) {
		return firstDayFrom(lunarNewYear(year).plusDays(60), 3, 10);
	}

	private static LocalDate firstDayFrom(LocalDate from, int month, int day) {
		for (LocalDate date = from; date.isBefore(from.plusDays(60)); date = date.plusDays(1)) {
			LunarDate lunar = lunarDate(date);
			if (lunar.month() == month && !lunar.leapMonth() && lunar.day() == day) {
				return date;
			}
		}
		throw new IllegalStateException("no lunar " + day + "/" + month + " within 60 days of " + from);
	}

	/** ICU's Chinese calendar on the UTC+7 meridian; civil days are read in UTC so an epoch day maps to itself. */
	private static final class UtcPlus7 extends ChineseCalendar {

		private static final long serialVersionUID = 1L;

		UtcPlus7() {
			super(TimeZone.GMT_ZONE, ULocale.ROOT, VIETNAM_MERIDIAN);
		}
	}
}
