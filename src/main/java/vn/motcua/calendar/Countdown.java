package vn.motcua.calendar;

/**
 * What officers see next to a dossier: “còn 2 ngày làm việc”, “hạn hôm nay”, “quá hạn 3 ngày làm việc”. In a
 * template: {@code th:text=#{${c.messageKey()}(${c.workingDays()})}}.
 */
public record Countdown(State state, int workingDays) {

	public enum State {
		/** Working days remain before the due date. */
		REMAINING,
		/** Today is the due date. */
		DUE_TODAY,
		/** The due date has passed; {@code workingDays} counts the working days since (at least 1). */
		OVERDUE
	}

	/** The message key of the calendar bundle; its single argument is {@link #workingDays()}. */
	public String messageKey() {
		return switch (state) {
			case REMAINING -> "calendar.countdown.remaining";
			case DUE_TODAY -> "calendar.countdown.dueToday";
			case OVERDUE -> "calendar.countdown.overdue";
		};
	}

	/** The arguments of {@link #messageKey()}. */
	public Object[] messageArgs() {
		return new Object[] { workingDays };
	}
}
