package vn.motcua.calendar;

/**
 * A procedure's time limit (thời hạn giải quyết): an amount of working days (0 = within the day, trong ngày) or of
 * calendar days.
 */
public record TimeLimit(int amount, Unit unit) {

	public TimeLimit {
		if (amount < 0) {
			throw new IllegalArgumentException("a time limit cannot be negative: " + amount);
		}
		if (unit == null) {
			throw new IllegalArgumentException("a time limit needs a unit");
		}
	}

	public static TimeLimit workingDays(int amount) {
		return new TimeLimit(amount, Unit.WORKING_DAYS);
	}

	public static TimeLimit calendarDays(int amount) {
		return new TimeLimit(amount, Unit.CALENDAR_DAYS);
	}

	/** The unit of a time limit (legal-rules.md §2). */
	public enum Unit {
		/** Ngày làm việc. */
		WORKING_DAYS,
		/** Ngày (theo lịch). */
		CALENDAR_DAYS
	}
}
