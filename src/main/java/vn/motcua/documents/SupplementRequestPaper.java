package vn.motcua.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: the one complete list of what is missing and why, with whom to
 * contact for guidance (the guide signs it).
 *
 * @param dossierCode the dossier code if the dossier was already received, or null at the counter
 */
public record SupplementRequestPaper(PaperIssuer issuer, String number, LocalDate issuedOn, String statusUrl,
		String dossierCode, PaperApplicant applicant, String procedureName, List<MissingItem> missing, String guideName,
		String guidePhone) {

	public SupplementRequestPaper {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(issuedOn, "issuedOn");
		Objects.requireNonNull(statusUrl, "statusUrl");
		Objects.requireNonNull(applicant, "applicant");
		missing = List.copyOf(missing);
		if (missing.isEmpty()) {
			throw new IllegalArgumentException("a supplement request lists at least one missing item");
		}
	}
}
