package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.VietnamTime;

/**
 * The public links to a dossier's status page. The link printed as a QR code on every form carries a token (an HMAC
 * of the dossier code with the installation's secret) that shows the full receipt to whoever holds the paper; the code
 * alone shows only what is not personal. The secret comes from {@code MOTCUA_LINK_SECRET}, or is generated once and
 * kept in the database so that printed links stay valid across restarts.
 * <p>
 * A token expires {@code motcua.qr-token-validity} (default 365 days) after the dossier is closed (returned, stopped,
 * or not accepted at intake), and an officer can revoke it at any time (a lost receipt): the dossier's link
 * generation goes up, forms printed from then on carry a new token and every earlier token is refused. The receipt
 * also carries a short rating code, which the citizen types on the counter tablet to rate the dossier (once: a
 * dossier is rated once).
 */
@Component
public class DossierLinks {

	static final String STATUS_PATH = "/public/ho-so/";

	private final String baseUrl;

	/** Letters and digits that cannot be mistaken for one another when read aloud or typed from paper. */
	private static final String RATING_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final byte[] secret;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration validity;

	DossierLinks(@Value("${motcua.public-base-url:http://localhost:8080}") String baseUrl,
			@Value("${motcua.link-secret:}") String configuredSecret,
			@Value("${motcua.qr-token-validity:365d}") Duration validity, JdbcClient jdbc, TransactionTemplate tx,
			AuditTrail audit, Clock clock) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.validity = validity;
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

	/** What a token in a status link is worth. */
	public enum TokenCheck {
		/** The token printed for the dossier, still valid: shows the receipt. */
		VALID,
		/** The dossier's token, but the dossier closed longer ago than the tokens are valid. */
		EXPIRED,
		/** A token of the dossier that an officer revoked. */
		REVOKED,
		/** Not a token of this dossier (mistyped or forged). */
		WRONG;

		/** Expired or revoked: the link was real but is no longer valid. */
		public boolean noLongerValid() {
			return this == EXPIRED || this == REVOKED;
		}
	}

	/** Whether {@code token} is the valid one printed for this dossier (compared in constant time). */
	public boolean verify(Dossier dossier, String token) {
		return check(dossier, token) == TokenCheck.VALID;
	}

	/** What {@code token} is for this dossier: valid, expired, revoked, or wrong. */
	public TokenCheck check(Dossier dossier, String token) {
		if (token == null || token.length() > 64) {
			return TokenCheck.WRONG;
		}
		int generation = generation(dossier.code());
		if (equal(token(dossier.code(), generation), token)) {
			OffsetDateTime closed = dossier.closedAt();
			return closed != null && closed.plus(validity).isBefore(OffsetDateTime.now(clock)) ? TokenCheck.EXPIRED
					: TokenCheck.VALID;
		}
		for (int earlier = 0; earlier < generation; earlier++) {
			if (equal(token(dossier.code(), earlier), token)) {
				return TokenCheck.REVOKED;
			}
		}
		return TokenCheck.WRONG;
	}

	/**
	 * Revokes every token printed so far for the dossier (and the links built from them); forms printed from now on
	 * carry a new one. Recorded in the audit log.
	 */
	@Transactional
	public void revoke(Dossier dossier, String actor) {
		int generation = jdbc.sql("""
				insert into dossier_link_revocation (dossier_code, generation, revoked_at, revoked_by) values (?, 1, ?, ?)
				on conflict (dossier_code) do update set generation = dossier_link_revocation.generation + 1,
				  revoked_at = excluded.revoked_at, revoked_by = excluded.revoked_by
				returning generation""")
			.params(dossier.code(), OffsetDateTime.now(clock), actor).query(Integer.class).single();
		audit.recordAs(actor, "DOSSIER_LINK_REVOKED", dossier.agencyCode(), dossier.code(),
				String.valueOf(generation - 1), String.valueOf(generation));
	}

	/** When the dossier's link was last revoked, if ever. */
	public Optional<OffsetDateTime> revokedAt(String code) {
		return jdbc.sql("select revoked_at from dossier_link_revocation where dossier_code = ?").param(code)
			.query((rs, i) -> VietnamTime.read(rs, 1)).optional();
	}

	/**
	 * The short code printed on the receipt with which the citizen rates the dossier on the counter tablet: eight
	 * letters and digits, shown as {@code ABCD-EFGH}. Derived from the dossier code with the installation's secret,
	 * so nobody can work it out from the dossier code alone.
	 */
	public String ratingCode(String code) {
		byte[] digest = mac(code + "#rating");
		StringBuilder text = new StringBuilder(9);
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				text.append('-');
			}
			text.append(RATING_ALPHABET.charAt((digest[i] & 0xff) % RATING_ALPHABET.length()));
		}
		return text.toString();
	}

	/** Whether {@code typed} is the dossier's rating code (spaces, dashes and case ignored; constant time). */
	public boolean verifyRatingCode(String code, String typed) {
		if (typed == null || typed.length() > 32) {
			return false;
		}
		String clean = typed.replaceAll("[\\s-]", "").toUpperCase();
		return equal(ratingCode(code).replace("-", ""), clean);
	}

	String token(String code) {
		return token(code, generation(code));
	}

	private String token(String code, int generation) {
		byte[] digest = mac(generation == 0 ? code : code + "#" + generation);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 18));
	}

	private int generation(String code) {
		return jdbc.sql("select generation from dossier_link_revocation where dossier_code = ?").param(code)
			.query(Integer.class).optional().orElse(0);
	}

	private byte[] mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static boolean equal(String expected, String given) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
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
