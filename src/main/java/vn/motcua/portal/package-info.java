/**
 * The citizens' pages (no sign-in, under /public): dossier status by code or QR, online and assisted submission,
 * satisfaction rating, feedback and petitions, and the commune's public figures. Owns no aggregates: it asks the
 * dossier, catalogue, calendar and feedback modules; only the submissions in progress (drafts) are kept here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cổng công dân", allowedDependencies = { "agency", "audit", "calendar", "catalogue", "documents", "dossier", "feedback", "shared" })
package vn.motcua.portal;
