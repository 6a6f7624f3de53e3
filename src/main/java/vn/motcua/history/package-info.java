/**
 * Dossier history (lịch sử hồ sơ): the import of dossiers from an earlier system (legal-rules.md §5), as JSON Lines or
 * a ZIP with their files, on the administrators' page and the API. It checks the format of every line and has the
 * dossier module replay it through the aggregate's own verbs ({@link vn.motcua.dossier.DossierHistory}), then writes
 * the replayed dossiers in batches. Its public API is what the demo data and the API need: {@link DossierHistoryImport},
 * {@link ImportReport}, {@link ImportFiles}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhập lịch sử hồ sơ",
		allowedDependencies = { "dossier", "catalogue", "agency", "audit", "documents", "shared" })
package vn.motcua.history;
