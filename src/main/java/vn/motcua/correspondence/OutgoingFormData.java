package vn.motcua.correspondence;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The forms of the outgoing documents' pages ({@code templates/correspondence/outgoing-*.html}), one record per post,
 * as docs/architecture.md "Forms" describes: the draft in the layout of Nghị định 30/2020/NĐ-CP Phụ lục I (register,
 * kind, summary, body, signing authority and signer, recipients, copies kept, Art. 8–13), the reviewer's and the
 * signer's decision, a status answered by the national document exchange. A choice that cannot be read is
 * {@code typeMismatch.<form>.<field>}; what the desk refuses stays {@link CorrespondenceRefused}.
 */
final class OutgoingFormData {

	private OutgoingFormData() {
	}

	/** Where a document stands, as the list groups the states. */
	enum Stage {
		DRAFTS(OutgoingDocument.Status.DRAFT), IN_REVIEW(OutgoingDocument.Status.IN_REVIEW,
				OutgoingDocument.Status.AWAITING_APPROVAL), AWAITING_SIGNATURE(OutgoingDocument.Status.APPROVED),
		AWAITING_NUMBER(OutgoingDocument.Status.SIGNED, OutgoingDocument.Status.NUMBERED),
		ISSUED(OutgoingDocument.Status.ISSUED);

		private final Set<OutgoingDocument.Status> statuses;

		Stage(OutgoingDocument.Status... statuses) {
			this.statuses = EnumSet.copyOf(Arrays.asList(statuses));
		}

		Set<OutgoingDocument.Status> statuses() {
			return statuses;
		}
	}

	/** The list's filters (a GET): where the documents stand and words of their summary, body or number. */
	record Search(Stage stage, String q) {
	}

	/** The drafter's text (Art. 10, Phụ lục I). External recipients one a line. */
	record Drafting(@NotNull(message = "{typeMismatch.draft.register}") OutgoingDocument.Register register,
			@NotNull(message = "{typeMismatch.draft.type}") DocumentType type,
			@Size(max = 20, message = "{correspondence.form.tooLong}") String draftingUnit,
			@NotBlank(message = "{correspondence.form.titleRequired}")
			@Size(max = 1000, message = "{correspondence.form.tooLong}") String title,
			@NotBlank(message = "{correspondence.form.bodyRequired}")
			@Size(max = 20000, message = "{correspondence.form.tooLong}") String body,
			@NotNull(message = "{typeMismatch.draft.authority}") SigningAuthority authority,
			@NotBlank(message = "{correspondence.form.signerRequired}") String signer,
			@NotBlank(message = "{correspondence.form.signerPositionRequired}")
			@Size(max = 200, message = "{correspondence.form.tooLong}") String signerPosition,
			List<String> internalRecipients,
			@Size(max = 4000, message = "{correspondence.form.tooLong}") String externalRecipients,
			@Size(max = 200, message = "{correspondence.form.tooLong}") String keptCopies, UUID formToken) {

		/** A new form, with its one-time token (posted twice, it drafts once). */
		static Drafting empty() {
			return new Drafting(OutgoingDocument.Register.ADMINISTRATIVE, DocumentType.CONG_VAN, null, null, null,
					SigningAuthority.TM, null, null, List.of(), null, "VT", UUID.randomUUID());
		}

		/** At least one recipient (Phụ lục I mục II.11: “Nơi nhận”), of the installation or outside it. */
		@AssertTrue(message = "{correspondence.form.recipientsRequired}")
		public boolean isRecipientGiven() {
			return !internal().isEmpty() || !external().isEmpty();
		}

		OutgoingDocument.Draft draft() {
			return new OutgoingDocument.Draft(register, type, draftingUnit, title, body, authority, signer,
					signerPosition, internal(), external(), keptCopies);
		}

		private List<String> internal() {
			return internalRecipients == null ? List.of()
					: internalRecipients.stream().filter(r -> r != null && !r.isBlank()).toList();
		}

		private List<String> external() {
			return externalRecipients == null ? List.of()
					: externalRecipients.lines().map(String::strip).filter(r -> !r.isEmpty()).toList();
		}
	}

	/** The reviewer's or the signer's decision: passed on ({@code true}), or sent back with the reason. */
	record Decision(Boolean passed, @Size(max = 4000, message = "{correspondence.form.tooLong}") String note) {

		boolean passedOn() {
			return Boolean.TRUE.equals(passed);
		}
	}

	/** A status the national exchange answered, recorded by the clerk. */
	record Exchange(@NotNull(message = "{typeMismatch.exchange.status}") ExchangeStatus status) {
	}
}
