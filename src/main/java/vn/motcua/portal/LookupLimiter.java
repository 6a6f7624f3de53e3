package vn.motcua.portal;

import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Against enumeration of dossier and petition codes: a token bucket per client address, in memory. Each address may
 * make at most {@code motcua.portal.lookups-per-minute} look-ups in any minute (half of them in a burst, the rest
 * refilled evenly over the minute); beyond that the look-up is refused with 429 and a message in Vietnamese. Bounded: idle (full) buckets are dropped when the table
 * grows past 50,000 addresses. Behind a reverse proxy, set {@code server.forward-headers-strategy=native} so that the
 * client address is the real one.
 */
@Component
class LookupLimiter implements HandlerInterceptor {

	private static final int MAX_ADDRESSES = 50_000;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final double capacity;

	private final double refillPerNano;

	LookupLimiter(@Value("${motcua.portal.lookups-per-minute:120}") int perMinute) {
		// Half the allowance as a burst, half refilled evenly over the minute: never more than perMinute in any minute.
		this.capacity = Math.max(1, perMinute / 2.0);
		this.refillPerNano = capacity / 60e9;
	}

	/** Request attribute set when the look-up was already counted (by the status page cache in front of MVC). */
	static final String COUNTED = LookupLimiter.class.getName() + ".counted";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!"GET".equals(request.getMethod()) && !"POST".equals(request.getMethod())) {
			return true;
		}
		if (request.getAttribute(COUNTED) != null) {
			return true;
		}
		if (!take(request.getRemoteAddr())) {
			response.setHeader("Retry-After", "30");
			throw new LookupsExhausted();
		}
		return true;
	}

	/** Takes one token for the address; false when its bucket is empty. */
	boolean take(String address) {
		long now = System.nanoTime(); // a monotonic interval timer, not the time of day
		if (buckets.size() > MAX_ADDRESSES) {
			buckets.values().removeIf(bucket -> bucket.fullAt(now, capacity, refillPerNano));
		}
		return buckets.computeIfAbsent(address, a -> new Bucket(capacity, now)).take(now, capacity, refillPerNano);
	}

	/** The client made too many look-ups in a short time. */
	static class LookupsExhausted extends RuntimeException {

		LookupsExhausted() {
			super("too many look-ups", null, false, false);
		}
	}

	private static final class Bucket {

		private double tokens;

		private long updated;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.updated = now;
		}

		synchronized boolean take(long now, double capacity, double refillPerNano) {
			refill(now, capacity, refillPerNano);
			if (tokens < 1) {
				return false;
			}
			tokens -= 1;
			return true;
		}

		synchronized boolean fullAt(long now, double capacity, double refillPerNano) {
			refill(now, capacity, refillPerNano);
			return tokens >= capacity;
		}

		private void refill(long now, double capacity, double refillPerNano) {
			if (now - updated > 0) {
				tokens = Math.min(capacity, tokens + (now - updated) * refillPerNano);
				updated = now;
			}
		}
	}
}
