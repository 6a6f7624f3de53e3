package vn.motcua.documents;

import java.time.LocalDateTime;

/** One line of the tracking book (Mẫu 07). {@code returnedAt} is null while the result is not returned. */
public record TrackingBookEntry(int sequence, String dossierCode, String procedureName, String applicantName,
		String addressAndPhone, String leadAgency, LocalDateTime receivedAt, LocalDateTime dueAt,
		LocalDateTime returnedAt, String resultDelivery, String note) {
}
