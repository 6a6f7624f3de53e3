package vn.motcua.dossier;

/** The dossier was stopped at the applicant's request before a decision (Mẫu 05). */
public record DossierStopped(long dossierId, String code, String agencyCode, String reason, java.time.OffsetDateTime at) {
}
