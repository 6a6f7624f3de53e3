package vn.motcua.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How wrong passwords slow down further tries ({@code motcua.sign-in.*}); nothing ever locks an account.
 * <p>
 * Failures are remembered for {@code memory}. Three counters, each with growing delays (1 s, 2 s, 4 s … after the
 * free attempts, never longer than the cap):
 * <ul>
 * <li>one user name from one client address: {@code freeAttempts}, then up to {@code maxDelay};</li>
 * <li>one client address, whatever the names: {@code addressFreeAttempts}, then up to {@code maxDelay};</li>
 * <li>one user name from many addresses (a distributed attack): once failures on the name come from at least
 * {@code accountFreeAddresses} other addresses, tries from addresses the officer has never signed in from wait, at
 * most {@code accountMaxDelay}. One attacking address counts once here, however often it fails: it is slowed by the
 * first two counters and can never slow the real officer elsewhere. This delay is short and bounded, and the
 * officer's own usual addresses are never slowed by someone else's failures.</li>
 * </ul>
 */
@ConfigurationProperties("motcua.sign-in")
record SignInPolicy(int freeAttempts, int addressFreeAttempts, int accountFreeAddresses, Duration maxDelay,
		Duration accountMaxDelay, Duration memory) {

	SignInPolicy {
		freeAttempts = freeAttempts > 0 ? freeAttempts : 5;
		addressFreeAttempts = addressFreeAttempts > 0 ? addressFreeAttempts : 50;
		accountFreeAddresses = accountFreeAddresses > 0 ? accountFreeAddresses : 10;
		maxDelay = positive(maxDelay, Duration.ofMinutes(15));
		accountMaxDelay = positive(accountMaxDelay, Duration.ofMinutes(2));
		memory = positive(memory, Duration.ofHours(24));
	}

	/**
	 * The wait after {@code failures} remembered failures when {@code free} are allowed without one: none before,
	 * then one second doubling at each further failure, never more than {@code cap}.
	 */
	static Duration delay(long failures, int free, Duration cap) {
		if (failures < free) {
			return Duration.ZERO;
		}
		long doublings = Math.min(failures - free, 40);
		Duration delay = Duration.ofSeconds(1L << doublings);
		return delay.compareTo(cap) > 0 ? cap : delay;
	}

	private static Duration positive(Duration value, Duration fallback) {
		return value == null || value.isZero() || value.isNegative() ? fallback : value;
	}
}
