package vn.motcua.identity;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before the password is even checked, because it came too soon after failed ones. */
class SignInThrottled extends AuthenticationException {

	private final long retryAfterSeconds;

	SignInThrottled(long retryAfterSeconds) {
		super("too many failed sign-ins; retry after " + retryAfterSeconds + " s");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
