package vn.motcua.calendar;

import java.time.LocalTime;

/**
 * An agency's office hours as far as deadlines care: the receipt cut-off (giờ tiếp nhận tính trong ngày, default
 * 15:00) and the closing time (giờ kết thúc làm việc, default 17:00) at which a due date is printed.
 */
public record OfficeHours(LocalTime cutOff, LocalTime closingTime) {

	public static final OfficeHours DEFAULT = new OfficeHours(LocalTime.of(15, 0), LocalTime.of(17, 0));
}
