package vn.motcua.documents;

import java.time.LocalDateTime;

/**
 * One line of the tracking book (Mẫu 07). {@code returnedAt} is null while the result is not returned;
 * {@code extendedDueAt} is the due time set by an extension with apology, or null; {@code timeliness} is the dossier's
 * timeliness as the period report counts it (against the original {@code dueAt}), or null while it is not resolved.
 */
public record TrackingBookEntry(int sequence, String dossierCode, String procedureName, String applicantName,
		String addressAndPhone, String leadAgency, LocalDateTime receivedAt, LocalDateTime dueAt,
		LocalDateTime extendedDueAt, LocalDateTime returnedAt, String resultDelivery, HandOver.Timeliness timeliness,
		String note) {
}
