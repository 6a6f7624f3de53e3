package vn.motcua.portal;

import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Against a flood of petitions from one place: each client (an IPv4 address, or an IPv6 /64, as for the
 * {@link LookupLimiter}) may file at most {@code motcua.portal.petitions-per-hour} petitions in a fixed hour. In
 * memory and bounded: past 50,000 clients the windows that have ended are dropped, and if that is not enough the table
 * starts afresh. The limit per contact (phone or e-mail) and the refusal of exact repeats are the petition desk's.
 */
@Component
class PetitionAllowance {

	private static final int MAX_CLIENTS = 50_000;

	private static final long HOUR_NANOS = 3_600_000_000_000L;

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	private final int perHour;

	PetitionAllowance(@Value("${motcua.portal.petitions-per-hour:5}") int perHour) {
		this.perHour = Math.max(1, perHour);
	}

	/** Counts one filing for the client at {@code address}; false when its allowance for the hour is spent. */
	boolean take(String address) {
		long now = System.nanoTime(); // a monotonic interval timer, not the time of day
		if (windows.size() > MAX_CLIENTS) {
			windows.values().removeIf(window -> window.endedAt(now));
			if (windows.size() > MAX_CLIENTS / 2) {
				windows.clear();
			}
		}
		return windows.computeIfAbsent(LookupLimiter.client(address), c -> new Window(now)).take(now, perHour);
	}

	int clients() {
		return windows.size();
	}

	private static final class Window {

		private long started;

		private int count;

		Window(long now) {
			this.started = now;
		}

		synchronized boolean take(long now, int max) {
			if (now - started >= HOUR_NANOS) {
				started = now;
				count = 0;
			}
			if (count >= max) {
				return false;
			}
			count++;
			return true;
		}

		synchronized boolean endedAt(long now) {
			return now - started >= HOUR_NANOS;
		}
	}
}
