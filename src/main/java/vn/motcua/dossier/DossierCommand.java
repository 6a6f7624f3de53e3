package vn.motcua.dossier;

import java.time.LocalDate;

import vn.motcua.dossier.IntakeRequest.Scan;
import vn.motcua.shared.SubmissionChannel;

/**
 * One action an officer asks for on a dossier, with what it needs: what the dossier page's forms post and the API's
 * events carry. {@link DossierActions#perform} checks who may do it, then lets the workflow and the aggregate do it.
 */
public sealed interface DossierCommand {

	DossierAction action();

	/** The counter accepts an online submission (Mẫu 01). */
	record Accept() implements DossierCommand {
		public DossierAction action() { return DossierAction.ACCEPT; }
	}

	/** The counter answers an online submission: incomplete (Mẫu 02) or refused (Mẫu 03). */
	record Decline(DossierStatus outcome, String reason) implements DossierCommand {
		public DossierAction action() { return DossierAction.DECLINE; }
	}

	record Assign(String specialist) implements DossierCommand {
		public DossierAction action() { return DossierAction.ASSIGN; }
	}

	/** The specialist's proposal, handed to {@code leader} (optional). */
	record Propose(Decision proposal, String note, String leader) implements DossierCommand {
		public DossierAction action() { return DossierAction.PROPOSE; }
	}

	record SendBack(String note) implements DossierCommand {
		public DossierAction action() { return DossierAction.SEND_BACK; }
	}

	record Decide(Decision decision, String reason) implements DossierCommand {
		public DossierAction action() { return DossierAction.DECIDE; }
	}

	record AttachResult(Scan result) implements DossierCommand {
		public DossierAction action() { return DossierAction.RESULT; }
	}

	record AttachScan(int index, Scan scan) implements DossierCommand {
		public DossierAction action() { return DossierAction.SCAN; }
	}

	record ReturnResult(String method) implements DossierCommand {
		public DossierAction action() { return DossierAction.RETURN; }
	}

	record RequestSupplement(String missing, String reason, boolean lateConfirmed) implements DossierCommand {
		public DossierAction action() { return DossierAction.SUPPLEMENT_REQUEST; }
	}

	record ReceiveSupplement() implements DossierCommand {
		public DossierAction action() { return DossierAction.SUPPLEMENT_RECEIVE; }
	}

	record Extend(LocalDate newDueDate, String reason) implements DossierCommand {
		public DossierAction action() { return DossierAction.EXTEND; }
	}

	/**
	 * Liên thông: the agencies the dossier goes to now, each with its share of the time limit, in the order written on
	 * the transfer slip; {@code lead} (from 0) presides when there are several (NĐ 61/2018 Art. 19.5).
	 */
	record TransferOut(java.util.List<Consultation> consultations, int lead) implements DossierCommand {

		public TransferOut {
			consultations = java.util.List.copyOf(consultations);
		}

		/** One agency, named in free text. */
		public TransferOut(String agency, int shareWorkingDays) {
			this(java.util.List.of(new Consultation(agency, null, shareWorkingDays)), 0);
		}

		public DossierAction action() { return DossierAction.TRANSFER_OUT; }
	}

	/**
	 * One agency consulted: its name (an outside body), or the code of another active commune of this installation
	 * ({@code agencyCode}, whose officers then answer themselves), and its share in working days.
	 */
	record Consultation(String agency, String agencyCode, int shareWorkingDays) {
	}

	/** The answer of the agency consulted at {@code position} (null: the only one still out). */
	record TransferBack(Integer position, String answer) implements DossierCommand {

		public TransferBack(String answer) {
			this(null, answer);
		}

		public DossierAction action() { return DossierAction.TRANSFER_BACK; }
	}

	/** The applicant's withdrawal at the counter or by post, and the stop notice (Mẫu 05) at once. */
	record Stop(SubmissionChannel requestChannel, String reason) implements DossierCommand {
		public DossierAction action() { return DossierAction.STOP; }
	}

	/** The stop notice (Mẫu 05) on a withdrawal requested online. */
	record IssueStop() implements DossierCommand {
		public DossierAction action() { return DossierAction.ISSUE_STOP; }
	}

	record RevokeLink() implements DossierCommand {
		public DossierAction action() { return DossierAction.REVOKE_LINK; }
	}

	record RecordPayment(FeePayment.Method method, String receiptNumber, long amount, LocalDate paidOn)
			implements DossierCommand {
		public DossierAction action() { return DossierAction.PAYMENT; }
	}
}
