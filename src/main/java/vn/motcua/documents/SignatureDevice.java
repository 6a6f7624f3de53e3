package vn.motcua.documents;

import java.util.List;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.x509.CertificateToken;

/**
 * Where a signing key is and how it signs (issue 17 item 3): a PKCS#12 file or a PKCS#11 token (USB token, HSM) sign
 * at once ({@link KeystoreDevice}); a remote signing service (centralised government signing, a commercial remote CA)
 * receives the hash and answers after the signer approves on the phone ({@link RemoteSigningDevice}).
 * {@link PdfSigner} builds the PAdES signature around the value with EU DSS ({@code getDataToSign} /
 * {@code signDocument}) whatever the device.
 */
public interface SignatureDevice extends AutoCloseable {

	/** How the key is held, as the certificate registry records it. */
	enum Kind {
		PKCS12, PKCS11, REMOTE
	}

	Kind kind();

	/** The signing certificate first, then its issuers as far as the device knows them. */
	List<CertificateToken> chain();

	/**
	 * Signs the data DSS prepared ({@code dataToSign}, the DER of the signed attributes) with {@code digest}: a local
	 * key answers {@link Answer.State#SIGNED} at once, a remote one {@link Answer.State#PENDING} with its transaction;
	 * {@code reference} names the request for the signer (the document, the reason).
	 */
	Answer sign(byte[] dataToSign, DigestAlgorithm digest, String reference);

	/** Asks again about a pending request ({@link Answer#transaction()}); a local key has none. */
	default Answer collect(String transaction) {
		throw new IllegalStateException(kind() + " signs at once");
	}

	@Override
	default void close() {
	}

	/** A device's answer. {@code value}: the signature value when signed; {@code reason}: why not, when refused. */
	record Answer(State state, byte[] value, String transaction, String reason) {

		enum State {
			SIGNED, PENDING, REFUSED, EXPIRED
		}

		static Answer signed(byte[] value) {
			return new Answer(State.SIGNED, value, null, null);
		}
	}
}
