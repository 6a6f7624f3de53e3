package vn.motcua.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;

/**
 * Writes every sign-in, failed sign-in and sign-out to the audit log, and tells the {@link SignInThrottle} about
 * wrong passwords (which slow down the next tries) and right ones (which forgive this name at this address).
 */
@Component
class SignInAttempts {

	private final SignInThrottle throttle;

	private final AuditTrail audit;

	SignInAttempts(SignInThrottle throttle, AuditTrail audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		throttle.recordSuccess(username, ThrottledAuthentication.address(event.getAuthentication()));
		audit.recordAs(username, "SIGN_IN", null, username, null, null);
	}

	@EventListener
	@Transactional
	public void failed(AbstractAuthenticationFailureEvent event) {
		String username = SignInThrottle.normalize(String.valueOf(event.getAuthentication().getName()));
		String reason = event.getException().getClass().getSimpleName();
		audit.recordAs(username, "SIGN_IN_FAILED", null, username, null, reason);
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			throttle.recordFailure(username, ThrottledAuthentication.address(event.getAuthentication()));
		}
	}

	@EventListener
	@Transactional
	public void signedOut(LogoutSuccessEvent event) {
		String username = event.getAuthentication().getName();
		audit.recordAs(username, "SIGN_OUT", null, username, null, null);
	}
}
