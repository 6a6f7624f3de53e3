package vn.motcua.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.motcua.audit.AuditTrail;

/**
 * Checks a user name and password for the sign-in form and for HTTP Basic. A try that comes too soon after failures
 * (see {@link SignInThrottle}) is refused before the password is checked, so it costs no hashing and teaches nothing.
 * A deactivated account says so only to someone who typed its right password; everyone else hears "wrong user name
 * or password", whether the name exists or not. A password verified in the last minute is not hashed again while the
 * account is unchanged (see {@link VerifiedCredentials}).
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final AuditTrail audit;

	private final VerifiedCredentials verified;

	ThrottledAuthentication(UserDetailsService officers, PasswordEncoder encoder, SignInThrottle throttle,
			AuditTrail audit, VerifiedCredentials verified) {
		this.passwords = new DaoAuthenticationProvider(officers);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("deactivated");
			}
		});
		this.throttle = throttle;
		this.audit = audit;
		this.verified = verified;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = SignInThrottle.normalize(authentication.getName());
		String address = address(authentication);
		SignInThrottle.Wait wait = throttle.waitBefore(username, address);
		if (wait != null) {
			audit.recordAs(username, "SIGN_IN_THROTTLED", null, username, null,
					wait.scope() + "; retry after " + wait.seconds() + " s");
			throw new SignInThrottled(wait.seconds());
		}
		Authentication recalled = verified.recall(authentication);
		if (recalled != null) {
			return recalled;
		}
		Authentication result = passwords.authenticate(authentication);
		verified.remember(authentication, result);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The client address the sign-in came from (set by the form and the HTTP Basic filters). */
	static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}
}
