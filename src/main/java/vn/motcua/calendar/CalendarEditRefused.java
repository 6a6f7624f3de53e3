package vn.motcua.calendar;

/** An administrator's calendar edit that the rules refuse; the message key (calendar bundle) says why. */
class CalendarEditRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final String messageKey;

	CalendarEditRefused(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}
}
