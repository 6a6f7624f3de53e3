package vn.motcua.dossier.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.dossier.Decision;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.FeePayment;
import vn.motcua.dossier.IntakeRequest.Scan;
import vn.motcua.shared.SubmissionChannel;

/**
 * The forms of the dossier page's actions ({@code templates/dossier/dossier-actions.html}), one record per post, with
 * the field names the page posts. Each record carries the version of the dossier the officer saw and turns into the
 * {@link DossierCommand} it asks for. What a record checks is only what can be read from the post itself (a date that
 * is a date, a known choice, a text of a bounded length, an amount that is not negative); whether the action is
 * allowed, and with what, stays the aggregate's decision. Messages: {@code typeMismatch.<form>.<field>} and
 * {@code dossier.form.*} in {@code messages/dossier.properties}.
 */
final class DossierActionFormData {

	/** The longest reason, note or answer an officer may type (a page of text). */
	static final int TEXT = 2000;

	private DossierActionFormData() {
	}

	/** What every action post carries: the version the officer saw, and the command it asks for. */
	interface ActionForm {

		Integer version();

		DossierCommand command();
	}

	record Accept(@NotNull(message = "{dossier.page.concurrent}") Integer version) implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.Accept();
		}
	}

	record Decline(@NotNull(message = "{dossier.page.concurrent}") Integer version,
			@NotNull(message = "{typeMismatch.decline.outcome}") DossierStatus outcome,
			@Size(max = TEXT, message = "{dossier.form.textTooLong}") String reason) implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.Decline(outcome, reason);
		}
	}

	record Assign(@NotNull(message = "{dossier.page.concurrent}") Integer version,
			@Size(max = 40, message = "{dossier.form.textTooLong}") String specialist) implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.Assign(specialist);
		}
	}

	record Propose(@NotNull(message = "{dossier.page.concurrent}") Integer version,
			@NotNull(message = "{typeMismatch.propose.proposal}") Decision proposal,
			@Size(max = TEXT, message = "{dossier.form.textTooLong}") String note,
			@Size(max = 40, message = "{dossier.form.textTooLong}") String leader) implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.Propose(proposal, note, leader);
		}
	}

	record SendBack(@NotNull(message = "{dossier.page.concurrent}") Integer version,
			@Size(max = TEXT, message = "{dossier.form.textTooLong}") String note) implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.SendBack(note);
		}
	}

	record Decide(@NotNull(message = "{dossier.page.concurrent}") Integer version,
			@NotNull(message = "{typeMismatch.decide.decision}") Decision decision,
			@Size(max = TEXT, message = "{dossier.form.textTooLong}") String reason) implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.Decide(decision, reason);
		}
	}

	/** The scanned result (the file is optional here: the workflow says what is missing). */
	record Result(@NotNull(message = "{dossier.page.concurrent}") Integer version, MultipartFile file)
			implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.AttachResult(scan(file));
		}
	}

	/** The scan of the component at {@code index} of the dossier's document list. */
	record ComponentScan(@NotNull(message = "{dossier.page.concurrent}") Integer version,
			@NotNull(message = "{typeMismatch.componentScan.index}")
			@PositiveOrZero(message = "{typeMismatch.componentScan.index}") Integer index, MultipartFile file)
			implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.AttachScan(index, scan(file));
		}
	}

	record Return(@NotNull(message = "{dossier.page.concurrent}") Integer version,
			@NotBlank(message = "{typeMismatch.return.method}")
			@Size(max = 40, message = "{typeMismatch.return.method}") String method) implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.ReturnResult(method);
		}
	}

	record SupplementRequest(@NotNull(message = "{dossier.page.concurrent}") Integer version,
			@Size(max = TEXT, message = "{dossier.form.textTooLong}") String missing,
			@Size(max = TEXT, message = "{dossier.form.textTooLong}") String reason, Boolean lateConfirmed)
			implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.RequestSupplement(missing, reason, Boolean.TRUE.equals(lateConfirmed));
		}
	}

	record SupplementReceive(@NotNull(message = "{dossier.page.concurrent}") Integer version) implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.ReceiveSupplement();
		}
	}

	record Extend(@NotNull(message = "{dossier.page.concurrent}") Integer version,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueDate,
			@Size(max = TEXT, message = "{dossier.form.textTooLong}") String reason) implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.Extend(newDueDate, reason);
		}
	}

	/**
	 * The transfer slip's rows, as parallel lists (one entry per row of the form, blank rows included): the agency's
	 * name, or the code of another commune of the installation chosen from the list, and its share; {@code lead} is the
	 * row (from 0) of the presiding agency. Rows left blank are dropped.
	 */
	record TransferOut(@NotNull(message = "{dossier.page.concurrent}") Integer version,
			List<@Size(max = 200, message = "{dossier.form.textTooLong}") String> agency,
			List<@Size(max = 40, message = "{dossier.form.textTooLong}") String> agencyCode,
			List<@PositiveOrZero(message = "{typeMismatch.transferOut.shareWorkingDays}") Integer> shareWorkingDays,
			Integer lead) implements ActionForm {
		public DossierCommand command() {
			List<DossierCommand.Consultation> rows = new java.util.ArrayList<>();
			int presiding = 0;
			int count = Math.max(size(agency), Math.max(size(agencyCode), size(shareWorkingDays)));
			for (int i = 0; i < count; i++) {
				String name = at(agency, i);
				String code = at(agencyCode, i);
				Integer days = shareWorkingDays == null || i >= shareWorkingDays.size() ? null : shareWorkingDays.get(i);
				if (blank(name) && blank(code) && days == null) {
					continue;
				}
				if (lead != null && lead == i) {
					presiding = rows.size();
				}
				rows.add(new DossierCommand.Consultation(name, blank(code) ? null : code, days == null ? 0 : days));
			}
			return new DossierCommand.TransferOut(rows, presiding);
		}

		private static int size(List<?> list) {
			return list == null ? 0 : list.size();
		}

		private static String at(List<String> list, int i) {
			return list == null || i >= list.size() ? null : list.get(i);
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}
	}

	/** The answer of the agency consulted at {@code position} (null: the only one still out). */
	record TransferBack(@NotNull(message = "{dossier.page.concurrent}") Integer version, Integer position,
			@Size(max = TEXT, message = "{dossier.form.textTooLong}") String answer) implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.TransferBack(position, answer);
		}
	}

	/** The applicant's withdrawal, asked at the counter (the default) or by post. */
	record Stop(@NotNull(message = "{dossier.page.concurrent}") Integer version,
			@Size(max = TEXT, message = "{dossier.form.textTooLong}") String reason, SubmissionChannel requestChannel)
			implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.Stop(
					requestChannel == SubmissionChannel.POSTAL ? SubmissionChannel.POSTAL : SubmissionChannel.DIRECT,
					reason);
		}
	}

	record IssueStop(@NotNull(message = "{dossier.page.concurrent}") Integer version) implements ActionForm {
		public DossierCommand command() {
			return new DossierCommand.IssueStop();
		}
	}

	/**
	 * A fee payment (biên lai thu phí, lệ phí): it adds to the dossier without changing its state, so it does not
	 * carry a version. A missing receipt number, amount or date is the payment book's refusal.
	 */
	record Payment(@NotNull(message = "{typeMismatch.payment.method}") FeePayment.Method method,
			@Size(max = 50, message = "{dossier.form.receiptNumberTooLong}") String receiptNumber,
			@PositiveOrZero(message = "{typeMismatch.payment.amount}") Long amount,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn) implements ActionForm {
		public Integer version() {
			return null;
		}

		public DossierCommand command() {
			return new DossierCommand.RecordPayment(method, receiptNumber, amount == null ? 0 : amount, paidOn);
		}
	}

	private static Scan scan(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		// streamed into the document store, which refuses it past MOTCUA_DOCUMENTS_MAX_SIZE while reading
		return Scan.streamed(file.getOriginalFilename(), file.getContentType(), file::getInputStream);
	}
}
