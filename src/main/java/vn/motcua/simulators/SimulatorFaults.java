package vn.motcua.simulators;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a simulator has been told to do wrong, in order: each fault answers a number of calls, then the next one
 * applies; with none left the simulator answers normally. Told over HTTP ({@code POST /simulator/faults}), so that a
 * test or a person trying the link can make the service fail the ways the real one does.
 */
final class SimulatorFaults {

	/** The ways a call can fail. */
	enum Kind {

		/** The connection is closed without an answer (the network or the service is down). */
		DOWN,

		/** The answer comes only after {@code delaySeconds} (the client's time-out should fire first). */
		TIMEOUT,

		/** 429 Too Many Requests with {@code Retry-After: retryAfterSeconds}. */
		RATE_LIMITED,

		/** 503 Service Unavailable. */
		SERVER_ERROR,

		/** Every session is forgotten: the next call with an old session is refused for it. */
		SESSION_EXPIRED,

		/**
		 * A service call (not a sign-in) is refused for {@code field} with a non-zero {@code error_code}, as the portal
		 * refuses a message for its content.
		 */
		REFUSED_FIELD
	}

	/** One fault for the next {@code calls} calls (sign-ins included, except for the field refusal). */
	record Fault(Kind kind, int calls, int retryAfterSeconds, int delaySeconds, String field) {

		Fault {
			calls = Math.max(1, calls);
		}
	}

	private final Deque<Fault> pending = new ArrayDeque<>();

	private int usedOfFirst;

	synchronized void add(Fault fault) {
		pending.addLast(fault);
	}

	synchronized void clear() {
		pending.clear();
		usedOfFirst = 0;
	}

	/** The fault that answers this call, if any (counted as used); a sign-in is never refused for a field. */
	synchronized Fault next(boolean signIn) {
		Fault first = pending.peekFirst();
		if (first == null || signIn && first.kind() == Kind.REFUSED_FIELD) {
			return null;
		}
		if (++usedOfFirst >= first.calls()) {
			pending.removeFirst();
			usedOfFirst = 0;
		}
		return first;
	}

	synchronized int waiting() {
		return pending.size();
	}
}
