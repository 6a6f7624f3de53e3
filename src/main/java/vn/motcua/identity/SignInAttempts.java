package vn.motcua.identity;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;

/**
 * Counts wrong passwords and locks an account after too many; writes every sign-in, failed sign-in and sign-out to
 * the audit log.
 */
@Component
class SignInAttempts {

	private final Officers officers;

	private final AuditTrail audit;

	private final IdentitySettings settings;

	private final Clock clock;

	SignInAttempts(Officers officers, AuditTrail audit, IdentitySettings settings, Clock clock) {
		this.officers = officers;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		officers.resetFailures(username);
		audit.recordAs(username, "SIGN_IN", null, username, null, null);
	}

	@EventListener
	@Transactional
	public void failed(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		String reason = event.getException().getClass().getSimpleName();
		audit.recordAs(username, "SIGN_IN_FAILED", null, username, null, reason);
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			OffsetDateTime until = OffsetDateTime.now(clock).plus(settings.lockDuration());
			if (officers.recordFailure(username, settings.maxFailedAttempts(), until)) {
				audit.recordAs(username, "ACCOUNT_LOCKED", null, username, null, until.toString());
			}
		}
	}

	@EventListener
	@Transactional
	public void signedOut(LogoutSuccessEvent event) {
		String username = event.getAuthentication().getName();
		audit.recordAs(username, "SIGN_OUT", null, username, null, null);
	}
}
