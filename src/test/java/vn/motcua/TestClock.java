package vn.motcua;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.motcua.shared.VietnamTime;

/**
 * The instant every test context's clock starts at ({@code motcua.test.now}, set by Maven; see pom.xml). For test code
 * that has no Clock bean at hand; runs start at least an hour before midnight, so the day does not change during a run.
 */
public final class TestClock {

	public static final OffsetDateTime START = OffsetDateTime
		.parse(System.getProperty("motcua.test.now", "2026-11-24T09:30:00+07:00"));

	private TestClock() {
	}

	public static LocalDate today() {
		return START.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
	}
}
