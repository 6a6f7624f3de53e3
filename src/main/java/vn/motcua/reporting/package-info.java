/**
 * Reports from the records: the period figures of the quarterly report (legal-rules.md §4) for one commune or a
 * province, the Decision 766 indicators, the leadership dashboard and the quarterly CCHC report as a document.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Báo cáo, thống kê", allowedDependencies = { "agency", "audit", "calendar", "catalogue", "correspondence", "documents", "dossier", "shared" })
package vn.motcua.reporting;
