package vn.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.AbstractKeyStoreTokenConnection;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;

/**
 * A key MotCua holds itself: a PKCS#12 file (.p12/.pfx, its password) or a PKCS#11 module (a USB token or an HSM,
 * its slot and PIN), through the EU DSS tokens. A wrong password or PIN, an unreadable file, a token without a key:
 * {@link DocumentRefusedException} {@code documents.error.sign-token} with the token's reason.
 */
final class KeystoreDevice implements SignatureDevice {

	private final Kind kind;

	private final AbstractKeyStoreTokenConnection token;

	private final DSSPrivateKeyEntry key;

	private KeystoreDevice(Kind kind, AbstractKeyStoreTokenConnection token, DSSPrivateKeyEntry key) {
		this.kind = kind;
		this.token = token;
		this.key = key;
	}

	/** A PKCS#12 file and its password. */
	static KeystoreDevice pkcs12(Path file, char[] password, Refusals refusals) {
		try (InputStream in = Files.newInputStream(file)) {
			return open(Kind.PKCS12, new Pkcs12SignatureToken(in, new KeyStore.PasswordProtection(password)), refusals);
		}
		catch (IOException | DSSException e) {
			throw refusals.refused("documents.error.sign-token", rootMessage(e));
		}
	}

	/** A PKCS#11 module ({@code library}), its slot index and PIN. */
	static KeystoreDevice pkcs11(String library, int slot, char[] pin, Refusals refusals) {
		char[] copy = Arrays.copyOf(pin, pin.length);
		try {
			return open(Kind.PKCS11, new Pkcs11SignatureToken(library, () -> copy, -1, slot, null), refusals);
		}
		catch (DSSException e) {
			throw refusals.refused("documents.error.sign-token", rootMessage(e));
		}
	}

	private static KeystoreDevice open(Kind kind, AbstractKeyStoreTokenConnection token, Refusals refusals) {
		List<DSSPrivateKeyEntry> keys;
		try {
			keys = token.getKeys();
		}
		catch (DSSException e) {
			token.close();
			throw refusals.refused("documents.error.sign-token", rootMessage(e));
		}
		if (keys.isEmpty()) {
			token.close();
			throw refusals.refused("documents.error.sign-token", "—");
		}
		return new KeystoreDevice(kind, token, keys.get(0));
	}

	@Override
	public Kind kind() {
		return kind;
	}

	@Override
	public List<CertificateToken> chain() {
		CertificateToken[] chain = key.getCertificateChain();
		return chain == null || chain.length == 0 ? List.of(key.getCertificate()) : List.of(chain);
	}

	@Override
	public Answer sign(byte[] dataToSign, DigestAlgorithm digest, String reference) {
		return Answer.signed(token.sign(new ToBeSigned(dataToSign), digest, key).getValue());
	}

	@Override
	public void close() {
		token.close();
	}

	static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

	/** Makes the Vietnamese refusals (the signer's message bundle). */
	interface Refusals {
		DocumentRefusedException refused(String key, Object... arguments);
	}
}
