package vn.motcua.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.motcua.agency.NoticeSigning;

/**
 * One row of the signing set-up page of an agency as posted: the paper, the signing authority (Nghị định 30/2020/NĐ-CP
 * Art. 13) and the signer's username (blank: a line left to sign by hand). A paper or authority not in the list is
 * {@code typeMismatch.noticeSigning.*}; whether the signer is one of the agency's active officers is checked by the
 * controller against the accounts.
 */
record NoticeSigningFormData(
		@NotNull(message = "{form.unreadable}") NoticeSigning.Paper paper,
		@NotNull(message = "{form.unreadable}") NoticeSigning.Authority authority,
		@Size(max = 40, message = "{signing.signer.unknown}") String signer) {

	NoticeSigning.Setup toSetup() {
		return new NoticeSigning.Setup(paper, authority, signer);
	}
}
