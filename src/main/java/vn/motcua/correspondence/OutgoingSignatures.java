package vn.motcua.correspondence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.documents.PaperSignatures;
import vn.motcua.documents.PdfSigner;
import vn.motcua.documents.SignatureDevice;
import vn.motcua.documents.SigningCertificates;

/**
 * The one place where outgoing documents are signed (Nghị định 30/2020/NĐ-CP Art. 13, 15 and Phụ lục I mục I): the
 * competent signer (the leader named on the draft) signs first with their own certificate of the registry
 * ({@code documents.SigningCertificates}: a PKCS#12 file or a PKCS#11 token opened with the PIN they type, or a remote
 * signing service they approve on the phone), at the signing place, with their signature image; then the clerk gives
 * the number and applies the organisation's signature with the agency's configured key. The leader's paper waits on
 * "Văn bản chờ tôi ký" ({@link PaperSignatures}) from approval until signed; a leader without a usable personal
 * certificate cannot sign (the sign action says so, nothing changes). A refusal (a wrong PIN, no configured key) is
 * a {@code DocumentRefusedException} with its reason.
 */
@Component
class OutgoingSignatures {

	/** What the leader's paper of an outgoing document belongs to ({@code paper_signature.subject}). */
	static final String SUBJECT = "outgoing_document:";

	private final PdfSigner signer;

	private final PaperSignatures papers;

	private final MessageSource messages;

	OutgoingSignatures(PdfSigner signer, PaperSignatures papers, MessageSource messages) {
		this.signer = signer;
		this.papers = papers;
		this.messages = messages;
	}

	/** The leader's paper of this document still waiting for their signature, if any. */
	Optional<PaperSignatures.Request> waiting(OutgoingDocument document) {
		return papers.waitingOn(SUBJECT + document.id(), title(document));
	}

	/**
	 * Keeps the stored PDF waiting for the leader's own signature when they have a usable personal certificate
	 * (their own first, then one they may use); empty otherwise. The organisation's signature does not follow here:
	 * it is the clerk's, after the number (Phụ lục I mục I.2).
	 */
	Optional<PaperSignatures.Request> request(OutgoingDocument document, UUID storedPdf, String leaderName,
			String location, String actor) {
		return papers.request(new PaperSignatures.Paper(storedPdf, document.agencyCode(), SUBJECT + document.id(),
				title(document), location, null), document.draft().signer(), leaderName, false, actor);
	}

	/** The device of the personal certificate the leader may sign with now, or empty: none usable. */
	Optional<SignatureDevice.Kind> leaderDevice(OutgoingDocument document) {
		return papers.personalCertificate(document.agencyCode(), document.draft().signer())
			.map(SigningCertificates.Entry::device);
	}

	/** The leader's signature with their certificate and PIN (none for a remote one: the request goes to the phone). */
	PaperSignatures.Request signAsLeader(PaperSignatures.Request waiting, String leader, char[] pin) {
		return papers.sign(waiting.id(), leader, pin);
	}

	/** The outgoing document a signed paper belongs to, if it is one. */
	static Optional<Long> documentOf(PaperSignatures.Signed signed) {
		return signed.subject().startsWith(SUBJECT)
				? Optional.of(Long.parseLong(signed.subject().substring(SUBJECT.length()))) : Optional.empty();
	}

	/** The organisation's signature, applied by the clerk after the number and date (Phụ lục I mục I.2). */
	byte[] signAsOrganisation(byte[] pdf, String reason, String location) {
		return signer.sign(pdf, reason, location);
	}

	private String title(OutgoingDocument document) {
		return messages.getMessage("correspondence.sign.paperTitle", new Object[] { document.id(),
				document.draft().title() }, OutgoingPapers.VIETNAMESE);
	}
}
