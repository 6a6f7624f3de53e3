package vn.motcua.dossier;

/** A dossier was accepted (Mẫu 01 issued); the legal clock runs from {@code startDate}. */
public record DossierReceived(long dossierId, String code, String agencyCode, String procedureCode, vn.motcua.shared.SubmissionChannel channel, java.time.OffsetDateTime receivedAt, java.time.LocalDate startDate, java.time.LocalDate dueDate) {
}
