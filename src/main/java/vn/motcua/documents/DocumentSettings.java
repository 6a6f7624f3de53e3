package vn.motcua.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Document store settings ({@code motcua.documents.*}): the largest file accepted ({@code max-size}, default 20MB), and
 * the PKCS#12 file and password of the signing certificate ({@code signing.keystore}, {@code signing.password}; from
 * the environment, never in files of the repository).
 */
@ConfigurationProperties("motcua.documents")
record DocumentSettings(DataSize maxSize, Signing signing) {

	DocumentSettings {
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
	 * PAdES-BASELINE-T (time-stamped), without it PAdES-BASELINE-B.
	 */
	record Signing(String keystore, String password, String tsaUrl) {

		Signing(String keystore, String password) {
			this(keystore, password, null);
		}

		boolean timeStamped() {
			return tsaUrl != null && !tsaUrl.isBlank();
		}

		@Override
		public String toString() {
			return "Signing[keystore=" + keystore + ", password=" + (password == null || password.isEmpty() ? "" : "***")
					+ ", tsaUrl=" + tsaUrl + "]";
		}
	}
}
