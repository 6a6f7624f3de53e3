package vn.motcua.documents;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả: what the counter hands the applicant when it accepts a dossier.
 * Dated on the day of receipt.
 *
 * @param number the form's number after “Số: ”, or null
 * @param statusUrl the public status page of the dossier, printed as the QR code
 * @param authoriser the person who authorised the applicant, or null
 * @param authorisationPaper the letter of authorisation, or null
 * @param legalTimeLimit the time limit as the law states it (e.g. “05 ngày làm việc”)
 * @param fee the fees and charges due (null: none printed; zero: exempt, see {@code feeNote})
 * @param feeNote e.g. “Miễn 100% theo Nghị quyết 12/2025/NQ-HĐND”, or null
 * @param bookVolume volume of the tracking book (quyển số), or null
 * @param bookEntry entry number in the tracking book (số thứ tự), or null
 * @param ratingCode the short code with which the applicant rates the dossier on the counter tablet, or null
 */
public record ReceiptPaper(PaperIssuer issuer, String number, String statusUrl, String dossierCode,
		PaperApplicant applicant, PaperApplicant authoriser, String authorisationPaper, String procedureName,
		List<SubmittedDocument> documents, int sets, String legalTimeLimit, LocalDateTime receivedAt,
		LocalDateTime dueAt, String resultDelivery, BigDecimal fee, String feeNote, String bookVolume,
		String bookEntry, String receivingOfficer, String ratingCode) {

	/** A receipt without a rating code. */
	public ReceiptPaper(PaperIssuer issuer, String number, String statusUrl, String dossierCode, PaperApplicant applicant,
			PaperApplicant authoriser, String authorisationPaper, String procedureName, List<SubmittedDocument> documents,
			int sets, String legalTimeLimit, LocalDateTime receivedAt, LocalDateTime dueAt, String resultDelivery,
			BigDecimal fee, String feeNote, String bookVolume, String bookEntry, String receivingOfficer) {
		this(issuer, number, statusUrl, dossierCode, applicant, authoriser, authorisationPaper, procedureName, documents,
				sets, legalTimeLimit, receivedAt, dueAt, resultDelivery, fee, feeNote, bookVolume, bookEntry,
				receivingOfficer, null);
	}

	public ReceiptPaper {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(statusUrl, "statusUrl");
		Objects.requireNonNull(dossierCode, "dossierCode");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(dueAt, "dueAt");
		documents = documents == null ? List.of() : List.copyOf(documents);
	}
}
