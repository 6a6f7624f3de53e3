/**
 * The legal clock: the working-day calendar (ngày làm việc, ngày nghỉ lễ, làm bù) and due dates (ngày hẹn trả kết
 * quả) exactly as docs/legal-rules.md §1–2 define them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lịch làm việc và thời hạn", allowedDependencies = { "agency", "audit", "shared" })
package vn.motcua.calendar;
