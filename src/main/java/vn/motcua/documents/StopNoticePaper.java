package vn.motcua.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Mẫu 05, Thông báo dừng giải quyết hồ sơ: the applicant asked to stop before any decision was issued.
 *
 * @param requestChannel how the request came in, in words (“trực tiếp”, “dịch vụ bưu chính”, “trực tuyến”)
 * @param stage where the dossier stood when stopped (e.g. “Đang thẩm định”)
 * @param originalsHandling what happens to the originals handed in (e.g. “Trả lại Ông/Bà tại Bộ phận Một cửa”)
 * @param feeHandling what happens to fees paid (e.g. “Không hoàn trả theo quy định”)
 */
public record StopNoticePaper(PaperIssuer issuer, String number, LocalDate issuedOn, String statusUrl,
		String dossierCode, PaperApplicant applicant, String procedureName, LocalDateTime receivedAt,
		LocalDateTime requestedAt, String requestChannel, String stage, String originalsHandling, String feeHandling,
		PaperSigner signer) {

	public StopNoticePaper {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(issuedOn, "issuedOn");
		Objects.requireNonNull(statusUrl, "statusUrl");
		Objects.requireNonNull(dossierCode, "dossierCode");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(requestedAt, "requestedAt");
		Objects.requireNonNull(signer, "signer");
	}
}
