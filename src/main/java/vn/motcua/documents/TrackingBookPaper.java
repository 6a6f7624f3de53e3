package vn.motcua.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 07, Sổ theo dõi hồ sơ: the tracking book of a period, one line per dossier received, printed landscape.
 *
 * @param statusUrl the page where the book is published or kept, printed as the QR code
 */
public record TrackingBookPaper(PaperIssuer issuer, String number, LocalDate issuedOn, String statusUrl, LocalDate from,
		LocalDate to, List<TrackingBookEntry> entries) {

	public TrackingBookPaper {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(issuedOn, "issuedOn");
		Objects.requireNonNull(statusUrl, "statusUrl");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		entries = entries == null ? List.of() : List.copyOf(entries);
	}
}
