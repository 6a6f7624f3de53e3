package vn.motcua.correspondence;

import org.springframework.stereotype.Component;

import vn.motcua.documents.PdfSigner;

/**
 * The one place where outgoing documents are signed (Nghị định 30/2020/NĐ-CP Art. 13, 15 and Phụ lục I): the
 * competent signer's signature, then the organisation's. Both go through {@link PdfSigner} with the certificate
 * MotCua is configured with (a PKCS#12 file or a PKCS#11 token); a registry of each officer's own certificate (issue 17
 * item 4) plugs in here. A refusal (no certificate, a wrong PIN) is a {@code DocumentRefusedException} with its reason.
 */
@Component
class OutgoingSignatures {

	private final PdfSigner signer;

	OutgoingSignatures(PdfSigner signer) {
		this.signer = signer;
	}

	/** The leader's signature on the approved document (number and date still blank). */
	byte[] signAsLeader(byte[] pdf, String leaderName, String reason, String location) {
		return signer.sign(pdf, reason + " – " + leaderName, location);
	}

	/** The organisation's signature, applied by the clerk after the number and date (Phụ lục I mục I.2). */
	byte[] signAsOrganisation(byte[] pdf, String reason, String location) {
		return signer.sign(pdf, reason, location);
	}
}
