package vn.motcua.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.unit.DataSize;

/**
 * Document store settings ({@code motcua.documents.*}): the largest file accepted ({@code max-size}, default 20MB), and
 * the PKCS#12 file and password of the signing certificate ({@code signing.keystore}, {@code signing.password}; from
 * the environment, never in files of the repository); the remote signing service ({@code remote-signing.*}).
 */
@ConfigurationProperties("motcua.documents")
record DocumentSettings(DataSize maxSize, Signing signing, RemoteSigning remoteSigning) {

	DocumentSettings(DataSize maxSize, Signing signing) {
		this(maxSize, signing, null);
	}

	@ConstructorBinding
	DocumentSettings {
		if (remoteSigning == null) {
			remoteSigning = new RemoteSigning(null, null, null);
		}
		if (maxSize == null || maxSize.toBytes() <= 0) {
			maxSize = DataSize.ofMegabytes(20);
		}
		if (signing == null) {
			signing = new Signing(null, null);
		}
	}

	/**
	 * Where the signing certificate is: a PKCS#12 file and its password (both empty when signing is not set up); and
	 * the RFC 3161 time-stamping service ({@code tsa-url}, {@code MOTCUA_TSA_URL}): with it signatures are
	 * PAdES-BASELINE-T (time-stamped), without it PAdES-BASELINE-B; or a PKCS#11 module ({@code pkcs11-library},
	 * its slot index {@code pkcs11-slot}, the PIN as {@code password}) instead of the file.
	 */
	record Signing(String keystore, String password, String tsaUrl, String pkcs11Library, int pkcs11Slot) {

		/** The constructor the settings are bound with (the others are shortcuts for code and tests). */
		@org.springframework.boot.context.properties.bind.ConstructorBinding
		Signing {
		}

		Signing(String keystore, String password) {
			this(keystore, password, null, null, 0);
		}

		Signing(String keystore, String password, String tsaUrl) {
			this(keystore, password, tsaUrl, null, 0);
		}

		/** Whether the key is on a PKCS#11 token (a USB token or an HSM) rather than in a PKCS#12 file. */
		boolean pkcs11() {
			return pkcs11Library != null && !pkcs11Library.isBlank();
		}

		boolean timeStamped() {
			return tsaUrl != null && !tsaUrl.isBlank();
		}

		@Override
		public String toString() {
			return "Signing[keystore=" + keystore + ", password=" + (password == null || password.isEmpty() ? "" : "***")
					+ ", tsaUrl=" + tsaUrl + ", pkcs11Library=" + pkcs11Library + ", pkcs11Slot=" + pkcs11Slot + "]";
		}
	}

	/**
	 * A remote signing service (centralised government signing, a commercial remote CA; the simulator:
	 * {@code java -jar motcua.jar simulators}): its address ({@code MOTCUA_REMOTE_SIGNING_URL}), MotCua's key for it
	 * ({@code MOTCUA_REMOTE_SIGNING_KEY}) and how long a request waits for the signer's approval on the phone before
	 * MotCua gives it up ({@code MOTCUA_REMOTE_SIGNING_WAIT}, default 5 minutes).
	 */
	record RemoteSigning(String url, String key, java.time.Duration approvalWait) {

		RemoteSigning {
			if (approvalWait == null || approvalWait.isZero() || approvalWait.isNegative()) {
				approvalWait = java.time.Duration.ofMinutes(5);
			}
		}

		boolean configured() {
			return url != null && !url.isBlank();
		}

		@Override
		public String toString() {
			return "RemoteSigning[url=" + url + ", key=" + (key == null || key.isEmpty() ? "" : "***") + ", approvalWait=" + approvalWait
					+ "]";
		}
	}
}
