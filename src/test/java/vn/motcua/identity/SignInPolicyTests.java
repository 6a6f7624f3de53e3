package vn.motcua.identity;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The delays after failed sign-ins grow, and never beyond their cap. */
class SignInPolicyTests {

	@Test
	void noDelayWithinTheFreeAttemptsThenDoublingUpToTheCap() {
		Duration cap = Duration.ofMinutes(15);
		assertThat(SignInPolicy.delay(0, 5, cap)).isZero();
		assertThat(SignInPolicy.delay(4, 5, cap)).isZero();
		assertThat(SignInPolicy.delay(5, 5, cap)).isEqualTo(Duration.ofSeconds(1));
		assertThat(SignInPolicy.delay(6, 5, cap)).isEqualTo(Duration.ofSeconds(2));
		assertThat(SignInPolicy.delay(10, 5, cap)).isEqualTo(Duration.ofSeconds(32));
		assertThat(SignInPolicy.delay(15, 5, cap)).isEqualTo(cap);
		assertThat(SignInPolicy.delay(1_000_000, 5, cap)).isEqualTo(cap);
	}

	@Test
	void unsetValuesFallBackToTheDocumentedDefaults() {
		SignInPolicy policy = new SignInPolicy(0, 0, 0, null, null, null);
		assertThat(policy.freeAttempts()).isEqualTo(5);
		assertThat(policy.addressFreeAttempts()).isEqualTo(50);
		assertThat(policy.accountFreeAddresses()).isEqualTo(10);
		assertThat(policy.maxDelay()).isEqualTo(Duration.ofMinutes(15));
		assertThat(policy.accountMaxDelay()).isEqualTo(Duration.ofMinutes(2));
		assertThat(policy.memory()).isEqualTo(Duration.ofHours(24));
	}
}
