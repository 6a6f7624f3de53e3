package vn.motcua.dossier;

/** A supplement was requested after acceptance; the clock stops. */
public record SupplementRequested(long dossierId, String code, String agencyCode, String missing, java.time.OffsetDateTime at) {
}
