/**
 * Dossiers (hồ sơ thủ tục hành chính): the lifecycle and its rules, told once. The aggregate {@link vn.motcua.dossier.Dossier}
 * (its verbs package-private, guarded by {@link vn.motcua.dossier.DossierTransition}) and the application services every
 * channel calls: {@link vn.motcua.dossier.Intake} (the first verbs), {@link vn.motcua.dossier.DossierActions} (who may
 * do what, the seen version), {@link vn.motcua.dossier.DossierWorkflow}, {@link vn.motcua.dossier.DossierHistory} (the
 * history import's replay through the same verbs); the papers (Mẫu 01–07), the period statistics, the dossier pages
 * ({@code web}) and the dossier API ({@code api}). The counter's pages ({@code intake}), the history import
 * ({@code history}) and the demo data ({@code demo}) are modules of their own that call these services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hồ sơ thủ tục hành chính",
		allowedDependencies = { "agency", "audit", "calendar", "catalogue", "documents", "identity", "shared" })
package vn.motcua.dossier;
