package vn.motcua.dossier;

/** A dossier was handed to a specialist of the competent unit. */
public record DossierAssigned(long dossierId, String code, String agencyCode, String specialist, java.time.OffsetDateTime at) {
}
