package vn.motcua.calendar;

import java.time.LocalTime;

/**
 * An agency's office hours as far as deadlines and warnings care: the opening time (giờ bắt đầu làm việc, default
 * 07:30) from which the officers' working hours count (the warning three working hours before a due time, issue 16
 * item 5), the receipt cut-off (giờ tiếp nhận tính trong ngày, default 15:00) and the closing time (giờ kết thúc làm
 * việc, default 17:00) at which a due date is printed. The rules (checked by
 * {@link CalendarAdministration#setOfficeHours}): the offices open before they close, and the cut-off lies between
 * the two.
 */
public record OfficeHours(LocalTime openingTime, LocalTime cutOff, LocalTime closingTime) {

	/** The opening time of an agency that has not set its own (the office day of most communes starts at 07:30). */
	public static final LocalTime DEFAULT_OPENING = LocalTime.of(7, 30);

	public static final OfficeHours DEFAULT = new OfficeHours(DEFAULT_OPENING, LocalTime.of(15, 0),
			LocalTime.of(17, 0));

	/** Hours with the default opening time. */
	public OfficeHours(LocalTime cutOff, LocalTime closingTime) {
		this(DEFAULT_OPENING, cutOff, closingTime);
	}
}
