package vn.motcua.portal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The token bucket per address: never more than the allowance in a minute, each address on its own. */
class LookupLimiterTests {

	@Test
	void the200thLookUpInAMinuteFromOneAddressIsRefused() {
		LookupLimiter limiter = new LookupLimiter(120);
		int allowed = 0;
		boolean last = true;
		for (int i = 1; i <= 200; i++) {
			last = limiter.take("198.51.100.7");
			allowed += last ? 1 : 0;
		}
		assertThat(last).isFalse();
		assertThat(allowed).isBetween(60, 120);
		assertThat(limiter.take("198.51.100.8")).as("another address").isTrue();
	}
}
