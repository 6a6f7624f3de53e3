package vn.motcua.documents;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.motcua.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signature check's answer is reused for the same bytes while the CAs' answers are kept, and a changed file (another
 * SHA-256) or an answer that has run out is checked again: a public page visited again and again costs one
 * validation per file and period.
 */
class RecentVerdictsTests {

	@Test
	void theSameBytesAreCheckedOncePerPeriodAChangedFileAtOnce() {
		RevocationOverHttpTests.MovableClock clock = new RevocationOverHttpTests.MovableClock(TestClock.START.toInstant());
		RecentVerdicts recent = new RecentVerdicts(Duration.ofMinutes(5), clock);
		AtomicInteger validations = new AtomicInteger();
		SignatureCheck.Verdict valid = new SignatureCheck.Verdict(SignatureCheck.Outcome.VALID, List.of(), "a".repeat(64));

		for (int visit = 0; visit < 3; visit++) {
			assertThat(recent.get("a".repeat(64), () -> {
				validations.incrementAndGet();
				return valid;
			})).isSameAs(valid);
		}
		assertThat(validations).hasValue(1);

		recent.get("b".repeat(64), () -> {
			validations.incrementAndGet();
			return valid;
		});
		assertThat(validations).as("another file is checked").hasValue(2);

		clock.move(Duration.ofMinutes(6));
		recent.get("a".repeat(64), () -> {
			validations.incrementAndGet();
			return valid;
		});
		assertThat(validations).as("checked again once the period has run out").hasValue(3);

		RecentVerdicts off = new RecentVerdicts(Duration.ZERO, clock);
		off.get("a".repeat(64), () -> {
			validations.incrementAndGet();
			return valid;
		});
		off.get("a".repeat(64), () -> {
			validations.incrementAndGet();
			return valid;
		});
		assertThat(validations).as("no keeping when the CAs' answers are not kept").hasValue(5);
	}
}
