package vn.motcua.dossier;

/** The result was handed over to the applicant. */
public record DossierReturned(long dossierId, String code, String agencyCode, String method, java.time.OffsetDateTime at) {
}
