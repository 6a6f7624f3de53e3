package vn.motcua.dossier;

/** The due date was extended once, with an apology (Mẫu 04). */
public record DossierExtended(long dossierId, String code, String agencyCode, java.time.LocalDate originalDueDate, java.time.LocalDate newDueDate, String reason, java.time.OffsetDateTime at) {
}
