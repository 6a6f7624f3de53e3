package vn.motcua.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Mẫu 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ: the written reason why a dossier is not received.
 *
 * @param dossierCode the dossier code if there is one, or null
 */
public record RefusalPaper(PaperIssuer issuer, String number, LocalDate issuedOn, String statusUrl, String dossierCode,
		PaperApplicant applicant, String procedureName, String reason, String receivingOfficer) {

	public RefusalPaper {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(issuedOn, "issuedOn");
		Objects.requireNonNull(statusUrl, "statusUrl");
		Objects.requireNonNull(applicant, "applicant");
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a refusal states its reason");
		}
	}
}
