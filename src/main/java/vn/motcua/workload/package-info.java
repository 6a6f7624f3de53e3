/**
 * What officers are told about their work (issue 16 item 5): a notice in the app when a dossier is assigned to them
 * or waits for their decision, a warning three working hours before a dossier's due time, the page {@code /thong-bao}
 * with the unread notices and the dossiers due within one working day or overdue, and a daily digest by e-mail when an
 * SMTP server is configured. The time limits are the legal ones (Nghị định 118/2025/NĐ-CP Art. 16–19: the result on
 * the promised date; Art. 19 on the apology when late); the warnings help keep them. {@code docs/notifications.md},
 * "Officers".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Việc của cán bộ: thông báo và cảnh báo hạn",
		allowedDependencies = { "calendar", "dossier", "identity", "shared" })
package vn.motcua.workload;
