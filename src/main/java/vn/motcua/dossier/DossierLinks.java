package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public links to a dossier's status page. The link printed as a QR code on every form carries a token (an HMAC
 * of the dossier code with the installation's secret) that shows the full receipt to whoever holds the paper; the code
 * alone shows only what is not personal. The secret comes from {@code MOTCUA_LINK_SECRET}, or is generated once and
 * kept in the database so that printed links stay valid across restarts.
 */
@Component
public class DossierLinks {

	static final String STATUS_PATH = "/public/ho-so/";

	private final String baseUrl;

	private final byte[] secret;

	DossierLinks(@Value("${motcua.public-base-url:http://localhost:8080}") String baseUrl,
			@Value("${motcua.link-secret:}") String configuredSecret, JdbcClient jdbc, TransactionTemplate tx) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.secret = configuredSecret.isBlank() ? storedSecret(jdbc, tx)
				: configuredSecret.getBytes(StandardCharsets.UTF_8);
	}

	/** The address of the status page by code alone (no personal data shown). */
	public String statusUrl(String code) {
		return baseUrl + STATUS_PATH + code;
	}

	/** The address printed as a QR code on the dossier's forms: the status page with the holder's token. */
	public String receiptUrl(String code) {
		return statusUrl(code) + "?t=" + token(code);
	}

	/** Whether {@code token} is the one printed for this dossier (compared in constant time). */
	public boolean verify(String code, String token) {
		return token != null && MessageDigest.isEqual(token(code).getBytes(StandardCharsets.US_ASCII),
				token.getBytes(StandardCharsets.US_ASCII));
	}

	String token(String code) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			byte[] digest = mac.doFinal(code.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 18));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static byte[] storedSecret(JdbcClient jdbc, TransactionTemplate tx) {
		return tx.execute(status -> {
			byte[] fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			jdbc.sql("insert into dossier_link_secret (id, secret) values (1, ?) on conflict (id) do nothing")
				.param(HexFormat.of().formatHex(fresh)).update();
			return HexFormat.of().parseHex(jdbc.sql("select secret from dossier_link_secret where id = 1")
				.query(String.class).single());
		});
	}
}
