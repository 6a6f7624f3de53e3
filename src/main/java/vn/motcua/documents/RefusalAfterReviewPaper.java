package vn.motcua.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Thông báo về việc hồ sơ không đủ điều kiện giải quyết: the written notice, with the reasons, by which the resolving
 * agency refuses a dossier after review; it is the dossier's result, issued within the time limit and signed by the
 * competent person (NĐ 61/2018 Art. 19.8). Not Mẫu 03, which is the receiving officer's refusal at intake.
 *
 * @param reasons why the dossier does not qualify, as decided (one per line)
 * @param decidedOn the day of the decision (the date of the act, not of a later print)
 * @param lapsed whether it was returned because the applicant did not supplement in time
 */
public record RefusalAfterReviewPaper(PaperIssuer issuer, String number, LocalDate issuedOn, String statusUrl,
		String dossierCode, PaperApplicant applicant, String procedureName, LocalDateTime receivedAt,
		LocalDate decidedOn, String reasons, boolean lapsed, PaperSigner signer) {

	public RefusalAfterReviewPaper {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(issuedOn, "issuedOn");
		Objects.requireNonNull(statusUrl, "statusUrl");
		Objects.requireNonNull(dossierCode, "dossierCode");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(signer, "signer");
		if (reasons == null || reasons.isBlank()) {
			throw new IllegalArgumentException("a refusal after review states its reasons");
		}
	}
}
