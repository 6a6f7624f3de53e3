package vn.motcua.dossier;

/** A dossier was not accepted at intake: incomplete (Mẫu 02) or refused (Mẫu 03). */
public record DossierNotAccepted(long dossierId, String code, String agencyCode, DossierStatus outcome, String reason, java.time.OffsetDateTime at) {
}
