package vn.motcua.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The credentials verified in the last minute, so that a service account calling {@code /api/**} with HTTP Basic
 * pays the password hash (deliberately slow) once a minute instead of on every call: on two cores hashing every call
 * would cap the API intake far below the counter's.
 * <p>
 * The key is the user name and a SHA-256 of the password, never the password itself; only a successful
 * verification is remembered, so a wrong password is always checked in full (and counted by the throttle). The
 * cache is bounded ({@value #SIZE} entries) and short-lived ({@link #TTL}). A remembered sign-in is used only while
 * the account's security stamp is still the one it was verified with (one primary-key look-up, as
 * {@link SessionFollowsAccount} does for sessions): deactivating the account, changing or resetting its password or
 * taking a role away raises the stamp, which drops the entry at once and sends the call through the full check.
 */
@Component
class VerifiedCredentials {

	static final int SIZE = 1_000;

	static final Duration TTL = Duration.ofSeconds(60);

	private final Cache<Key, Authentication> verified = Caffeine.newBuilder().maximumSize(SIZE)
		.expireAfterWrite(TTL).build();

	private final Officers officers;

	VerifiedCredentials(Officers officers) {
		this.officers = officers;
	}

	/**
	 * The remembered sign-in for these credentials, as a fresh token carrying the request's details, or null when
	 * there is none or the account changed since (then the entry is dropped).
	 */
	Authentication recall(Authentication attempt) {
		if (!(attempt.getCredentials() instanceof String password)) {
			return null;
		}
		Key key = Key.of(attempt.getName(), password);
		Authentication known = verified.getIfPresent(key);
		if (known == null) {
			return null;
		}
		if (!(known.getPrincipal() instanceof OfficerPrincipal officer) || !officers.activeSecurityStamp(officer.getId())
			.map(stamp -> stamp == officer.getSecurityStamp()).orElse(false)) {
			verified.invalidate(key);
			return null;
		}
		UsernamePasswordAuthenticationToken fresh = UsernamePasswordAuthenticationToken.authenticated(officer, null,
				known.getAuthorities());
		fresh.setDetails(attempt.getDetails());
		return fresh;
	}

	/** Remembers a successful verification of {@code attempt}'s credentials. */
	void remember(Authentication attempt, Authentication verifiedResult) {
		if (attempt.getCredentials() instanceof String password
				&& verifiedResult.getPrincipal() instanceof OfficerPrincipal) {
			verified.put(Key.of(attempt.getName(), password), verifiedResult);
		}
	}

	long size() {
		verified.cleanUp();
		return verified.estimatedSize();
	}

	/** A user name and the SHA-256 of a password, hex. */
	record Key(String username, String passwordDigest) {

		static Key of(String username, String password) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
				return new Key(username, HexFormat.of().formatHex(digest));
			}
			catch (NoSuchAlgorithmException missing) {
				throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
			}
		}
	}
}
