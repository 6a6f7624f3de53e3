/**
 * Dossiers (hồ sơ thủ tục hành chính) from the counter to the result: intake, the legal lifecycle, hand-overs, supplements,
 * extensions with apology, stops, and the official forms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hồ sơ thủ tục hành chính")
package vn.motcua.dossier;
