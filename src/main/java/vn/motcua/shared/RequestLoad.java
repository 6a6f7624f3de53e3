package vn.motcua.shared;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * How busy the web tier is, for the background work that can wait (the applicants' messages): it yields to the people
 * being served. The tier is <em>busy</em> while two requests or more are being answered at once, and for one second
 * after the last moment they were; one officer's page (its page and its style sheet) is a blink of that, a counter
 * taking dossiers one after another at several desks is busy all along. Measured on the machine's monotonic timer
 * ({@link System#nanoTime()}), not the clock: it is load, not a legal time.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLoad implements Filter {

	private static final long BUSY_FOR = TimeUnit.SECONDS.toNanos(1);

	private final AtomicInteger inFlight = new AtomicInteger();

	private volatile long lastBusy = System.nanoTime() - BUSY_FOR;

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (inFlight.incrementAndGet() >= 2) {
			lastBusy = System.nanoTime();
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			inFlight.decrementAndGet();
		}
	}

	/** Whether people are being served at this moment (two requests or more at once, within the last second). */
	public boolean busy() {
		return inFlight.get() >= 2 || System.nanoTime() - lastBusy < BUSY_FOR;
	}
}
