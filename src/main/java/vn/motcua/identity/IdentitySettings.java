package vn.motcua.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings ({@code motcua.security.*}): after {@code maxFailedAttempts} wrong passwords an account is locked
 * for {@code lockDuration}.
 */
@ConfigurationProperties("motcua.security")
record IdentitySettings(int maxFailedAttempts, Duration lockDuration) {

	IdentitySettings {
		if (maxFailedAttempts <= 0) {
			maxFailedAttempts = 5;
		}
		if (lockDuration == null) {
			lockDuration = Duration.ofMinutes(15);
		}
	}
}
