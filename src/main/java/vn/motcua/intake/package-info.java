/**
 * Intake at the counter (tiếp nhận hồ sơ tại Bộ phận Một cửa): the receiving officer's pages — the procedure search,
 * the intake form with its document checklist, conditions and scans, and the counter's answer to a dossier submitted
 * online (accept, Mẫu 02, Mẫu 03). The law of intake is the dossier module's ({@code Intake}, the aggregate's first
 * verbs); this module turns a post into an {@code IntakeRequest} and the refusals back into the form.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tiếp nhận hồ sơ tại Bộ phận Một cửa",
		allowedDependencies = { "catalogue", "documents", "dossier", "shared" })
package vn.motcua.intake;
