package vn.motcua.portal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token bucket per client: never more than the allowance in a minute or a day, each client on its own, an IPv6
 * client counted by its /64, and the table bounded however many addresses come (issue 12, item 7).
 */
class LookupLimiterTests {

	@Test
	void the200thLookUpInAMinuteFromOneAddressIsRefused() {
		LookupLimiter limiter = new LookupLimiter(120, 1000);
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

	@Test
	void anIpv6ClientRotatingAddressesInsideItsSlash64GainsNothing() {
		LookupLimiter limiter = new LookupLimiter(120, 1000);
		int allowed = 0;
		for (int i = 1; i <= 200; i++) {
			allowed += limiter.take("2001:db8:7:1:" + Integer.toHexString(i) + ":0:0:" + Integer.toHexString(i * 7)) ? 1
					: 0;
		}
		assertThat(allowed).as("200 addresses of one /64 share one allowance").isBetween(60, 120);
		assertThat(limiter.take("2001:db8:7:2::1")).as("the neighbouring /64").isTrue();
		assertThat(limiter.take("198.51.100.9")).as("an IPv4 client").isTrue();
	}

	@Test
	void aClientIsItsIpv4AddressOrItsIpv6Slash64WrittenAnyWay() {
		assertThat(LookupLimiter.client("198.51.100.7")).isEqualTo("198.51.100.7");
		assertThat(LookupLimiter.client("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
		assertThat(LookupLimiter.client("2001:db8:7:1::1")).isEqualTo(LookupLimiter.client("2001:0DB8:0007:0001:ffff::9"))
			.isEqualTo(LookupLimiter.client("[2001:db8:7:1::2]")).isEqualTo("20010db800070001::/64");
		assertThat(LookupLimiter.client("fe80::1%eth0")).isEqualTo("fe80000000000000::/64");
		assertThat(LookupLimiter.client("not:an:address")).isEqualTo("not:an:address");
	}

	@Test
	void theDailyAllowanceHoldsWhateverThePace() {
		LookupLimiter limiter = new LookupLimiter(100_000, 300);
		int allowed = 0;
		for (int i = 1; i <= 1000; i++) {
			allowed += limiter.take("198.51.100.10") ? 1 : 0;
		}
		assertThat(allowed).isEqualTo(300);
		assertThat(limiter.take("198.51.100.11")).as("another address").isTrue();
	}

	@Test
	void aFloodOfDistinctAddressesKeepsTheTableBounded() {
		LookupLimiter limiter = new LookupLimiter(120, 1000);
		for (int i = 0; i < 120_000; i++) {
			limiter.take("10." + (i >> 16 & 0xff) + "." + (i >> 8 & 0xff) + "." + (i & 0xff));
		}
		assertThat(limiter.clients()).isLessThanOrEqualTo(50_001);
		assertThat(limiter.take("198.51.100.12")).as("a newcomer is still served").isTrue();
	}
}
