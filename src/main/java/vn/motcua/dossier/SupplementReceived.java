package vn.motcua.dossier;

/** The complete supplement arrived; the clock runs again up to the new due date. */
public record SupplementReceived(long dossierId, String code, String agencyCode, java.time.OffsetDateTime at, java.time.LocalDate newDueDate) {
}
