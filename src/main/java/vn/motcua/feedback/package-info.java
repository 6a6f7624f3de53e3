/**
 * Citizens' voice: satisfaction ratings of returned dossiers (Decision 766 indicator 5.4) and feedback and petitions
 * (phản ánh, kiến nghị) with their own working-day deadlines, answers, publication and the petitioner's rating.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Phản ánh, kiến nghị và đánh giá hài lòng", allowedDependencies = { "audit", "calendar", "dossier", "reporting", "shared" })
package vn.motcua.feedback;
