package vn.motcua.portal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Against enumeration of dossier and petition codes: a token bucket per client, in memory. A client is its IPv4
 * address, or for IPv6 its /64 network (one subscriber's line: rotating addresses inside it gains nothing). Each
 * client may make at most {@code motcua.portal.lookups-per-minute} look-ups in any minute (half of them in a burst,
 * the rest refilled evenly over the minute) and at most {@code motcua.portal.lookups-per-day} in a fixed day; beyond
 * that the look-up is refused with 429 and the same short Vietnamese page whatever was asked (it says neither the
 * allowance nor what is left). Bounded: past 50,000 clients the idle (full) buckets are dropped, and if that is not
 * enough the table starts afresh, so memory stays bounded and the cost of a sweep is shared by 50,000 new clients.
 * Behind a reverse proxy, set {@code server.forward-headers-strategy=native} so that the client address is the real
 * one.
 */
@Component
class LookupLimiter implements HandlerInterceptor {

	private static final int MAX_CLIENTS = 50_000;

	private static final long DAY_NANOS = 86_400_000_000_000L;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final double capacity;

	private final double refillPerNano;

	private final int perDay;

	LookupLimiter(@Value("${motcua.portal.lookups-per-minute:120}") int perMinute,
			@Value("${motcua.portal.lookups-per-day:1000}") int perDay) {
		// Half the allowance as a burst, half refilled evenly over the minute: never more than perMinute in any minute.
		this.capacity = Math.max(1, perMinute / 2.0);
		this.refillPerNano = capacity / 60e9;
		this.perDay = Math.max(1, perDay);
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
			response.setHeader("Retry-After", "60");
			throw new LookupsExhausted();
		}
		return true;
	}

	/** Takes one look-up for the client at {@code address}; false when its allowance is spent. */
	boolean take(String address) {
		long now = System.nanoTime(); // a monotonic interval timer, not the time of day
		if (buckets.size() > MAX_CLIENTS) {
			buckets.values().removeIf(bucket -> bucket.idleAt(now, capacity, refillPerNano));
			if (buckets.size() > MAX_CLIENTS / 2) {
				buckets.clear();
			}
		}
		return buckets.computeIfAbsent(client(address), a -> new Bucket(capacity, now))
			.take(now, capacity, refillPerNano, perDay);
	}

	/** How many clients are tracked now (bounded by about 50,000). */
	int clients() {
		return buckets.size();
	}

	/**
	 * The client an address belongs to: an IPv4 address as it is (also when written as IPv4-mapped IPv6), an IPv6
	 * address as its /64 network. Only address literals are parsed (no name is ever resolved).
	 */
	static String client(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return address == null ? "" : address;
		}
		String literal = address.startsWith("[") && address.endsWith("]")
				? address.substring(1, address.length() - 1) : address;
		int zone = literal.indexOf('%');
		if (zone >= 0) {
			literal = literal.substring(0, zone);
		}
		if (!literal.matches("[0-9A-Fa-f:.]{2,45}")) {
			return address;
		}
		try {
			byte[] bytes = InetAddress.getByName(literal).getAddress();
			if (bytes.length == 4) {
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
		}
		catch (UnknownHostException notALiteral) {
			return address;
		}
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

		private long dayStarted;

		private int today;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.updated = now;
			this.dayStarted = now;
		}

		synchronized boolean take(long now, double capacity, double refillPerNano, int perDay) {
			refill(now, capacity, refillPerNano);
			if (now - dayStarted >= DAY_NANOS) {
				dayStarted = now;
				today = 0;
			}
			if (tokens < 1 || today >= perDay) {
				return false;
			}
			tokens -= 1;
			today++;
			return true;
		}

		/** Full again and nothing counted in the day: forgetting it gives the client nothing back. */
		synchronized boolean idleAt(long now, double capacity, double refillPerNano) {
			refill(now, capacity, refillPerNano);
			return tokens >= capacity && (today == 0 || now - dayStarted >= DAY_NANOS);
		}

		private void refill(long now, double capacity, double refillPerNano) {
			if (now - updated > 0) {
				tokens = Math.min(capacity, tokens + (now - updated) * refillPerNano);
				updated = now;
			}
		}
	}
}
