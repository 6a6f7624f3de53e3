package vn.motcua.calendar;

/** What a listed day of the calendar is (legal-rules.md §1); unlisted days follow the week: Monday–Friday work. */
public enum DayType {
	/** Ngày nghỉ lễ, Tết (Labor Code art. 112). */
	HOLIDAY,
	/** Ngày nghỉ bù: a holiday fell on the weekly rest day (Labor Code art. 111.3). */
	COMPENSATORY_DAY_OFF,
	/** Ngày nghỉ hoán đổi: a weekday off swapped with a make-up Saturday. */
	SWAPPED_DAY_OFF,
	/** Ngày làm bù: a Saturday or Sunday that is a working day. */
	MAKEUP_WORKDAY;

	/** Whether a day of this type is not worked. */
	public boolean isDayOff() {
		return this != MAKEUP_WORKDAY;
	}
}
