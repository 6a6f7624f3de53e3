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

	record TransferOut(String agency, int shareWorkingDays) implements DossierCommand {
		public DossierAction action() { return DossierAction.TRANSFER_OUT; }
	}

	record TransferBack(String answer) implements DossierCommand {
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
