package vn.motcua.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Mẫu 04, Phiếu xin lỗi và hẹn lại ngày trả kết quả (Thông tư 03/2025: “… và đề nghị gia hạn thời gian giải
 * quyết”): the resolving body apologises for a late result, gives the reason and the new return time, signed by its
 * head.
 */
public record ApologyPaper(PaperIssuer issuer, String number, LocalDate issuedOn, String statusUrl, String dossierCode,
		PaperApplicant applicant, String procedureName, LocalDateTime receivedAt, LocalDateTime originalDueAt,
		String reason, LocalDateTime newDueAt, PaperSigner signer) {

	public ApologyPaper {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(issuedOn, "issuedOn");
		Objects.requireNonNull(statusUrl, "statusUrl");
		Objects.requireNonNull(dossierCode, "dossierCode");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(originalDueAt, "originalDueAt");
		Objects.requireNonNull(newDueAt, "newDueAt");
		Objects.requireNonNull(signer, "signer");
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("an apology states the reason of the delay");
		}
	}
}
