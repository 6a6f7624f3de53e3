package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A due date (ngày hẹn trả kết quả, legal-rules.md §2): the effective start day S(t), the due date D, and the due
 * instant printed on forms (D at the office's closing time).
 */
public record DueDate(LocalDate startDate, LocalDate dueDate, OffsetDateTime dueAt) {
}
