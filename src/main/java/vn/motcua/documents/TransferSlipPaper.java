package vn.motcua.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The transfer slip (Phiếu chuyển xử lý hồ sơ liên thông) with which the receiving one-stop hands a dossier to another
 * agency (NĐ 61/2018/NĐ-CP Art. 19.5; NĐ 118/2025/NĐ-CP Art. 18): to whom, which dossier and procedure, the documents
 * handed over, the agency's share of the time limit and the day it ends, the lead agency and the others consulted at
 * the same time, and the officer who sends it.
 *
 * @param agency the agency the dossier goes to (Kính gửi)
 * @param leadAgency the agency presiding over a parallel consultation, or null when the dossier went to one agency
 * @param alongside the other agencies consulted at the same time (empty when none)
 * @param sentAt when the dossier was handed over
 * @param shareDueDate the last day of the agency's share
 * @param dueAt the dossier's due time on the receipt
 */
public record TransferSlipPaper(PaperIssuer issuer, LocalDate issuedOn, String statusUrl, String dossierCode,
		String agency, int position, String applicantName, String procedureName, LocalDateTime receivedAt,
		LocalDateTime dueAt, List<SubmittedDocument> documents, int shareWorkingDays, LocalDateTime sentAt,
		LocalDate shareDueDate, String leadAgency, List<String> alongside, String sender) {

	public TransferSlipPaper {
		documents = List.copyOf(documents);
		alongside = List.copyOf(alongside);
	}
}
