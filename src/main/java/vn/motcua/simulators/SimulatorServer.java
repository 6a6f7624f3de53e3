package vn.motcua.simulators;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every simulator shares: a real HTTP server on its own port (the JDK's, no Spring context), JSON in and out,
 * and the faults it can be told to make ({@code POST /simulator/faults}, {@code DELETE /simulator/faults}).
 */
abstract class SimulatorServer implements AutoCloseable {

	static {
		// The JDK server writes an answer's headers and body apart; with Nagle's algorithm on, the body waits for the
		// client's delayed ACK (about 40 ms on Linux), which made each call last 40-50 ms and the simulators, not
		// MotCua, the bottleneck of the sending benchmark (issue 16). A gateway answers without that pause.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	protected final JsonMapper json = JsonMapper.builder().build();

	protected final SimulatorFaults faults = new SimulatorFaults();

	private final HttpServer server;

	private final ExecutorService threads = Executors.newFixedThreadPool(8);

	private final AtomicInteger atOnce = new AtomicInteger();

	private final AtomicInteger mostAtOnce = new AtomicInteger();

	SimulatorServer(int port) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(port), 64);
		server.setExecutor(threads);
		server.createContext("/", exchange -> {
			mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
			try (exchange) {
				String path = exchange.getRequestURI().getPath();
				String method = exchange.getRequestMethod();
				if (path.equals("/simulator/faults")) {
					faults(exchange, method);
				}
				else {
					handle(exchange, method, path);
				}
			}
			finally {
				atOnce.decrementAndGet();
			}
		});
	}

	/** Answers one request (the fault control is answered already). */
	abstract void handle(HttpExchange exchange, String method, String path) throws IOException;

	/** Answers a failure with {@code status} in this service's own way (its error body). */
	abstract void fail(HttpExchange exchange, int status, String message) throws IOException;

	/**
	 * Carries out the faults every service makes alike — down (no answer at all), 429 with {@code Retry-After}, 503 —
	 * and says whether it did; the others (time-out, expired session, refused field) each simulator makes its own way.
	 */
	final boolean failedAlike(HttpExchange exchange, SimulatorFaults.Fault fault) throws IOException {
		switch (fault.kind()) {
			case DOWN -> {
				return true;
			}
			case RATE_LIMITED -> {
				exchange.getResponseHeaders().set("Retry-After", String.valueOf(fault.retryAfterSeconds()));
				fail(exchange, 429, "Quá nhiều yêu cầu, thử lại sau");
				return true;
			}
			case SERVER_ERROR -> {
				fail(exchange, 503, "Hệ thống đang bận");
				return true;
			}
			default -> {
				return false;
			}
		}
	}

	final void start() {
		server.start();
	}

	/**
	 * The most requests this service was answering at the same moment since it started or since
	 * {@link #resetMostAtOnce()}: how many connections a client used at once.
	 */
	public int mostAtOnce() {
		return mostAtOnce.get();
	}

	public void resetMostAtOnce() {
		mostAtOnce.set(atOnce.get());
	}

	public int port() {
		return server.getAddress().getPort();
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}

	private void faults(HttpExchange exchange, String method) throws IOException {
		if ("DELETE".equals(method)) {
			faults.clear();
			answer(exchange, 200, json.createObjectNode().put("error_code", "0"));
			return;
		}
		JsonNode f = read(exchange);
		try {
			faults.add(new SimulatorFaults.Fault(SimulatorFaults.Kind.valueOf(f.path("kind").asString("")),
					f.path("calls").asInt(1), f.path("retryAfterSeconds").asInt(1), f.path("delaySeconds").asInt(30),
					f.path("field").asString("")));
			answer(exchange, 200, json.createObjectNode().put("error_code", "0"));
		}
		catch (IllegalArgumentException e) {
			answer(exchange, 400, json.createObjectNode().put("error_code", "-1").put("message",
					"kind phải là một trong " + Arrays.toString(SimulatorFaults.Kind.values())));
		}
	}

	/** The request's JSON body (at most 16 MB), or null when it is not JSON. */
	final JsonNode read(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return json.readTree(in.readNBytes(16 * 1024 * 1024));
		}
		catch (JacksonException e) {
			return null;
		}
	}

	final void answer(HttpExchange exchange, int status, ObjectNode body) throws IOException {
		send(exchange, status, json.writeValueAsBytes(body), "application/json; charset=utf-8");
	}

	static void send(HttpExchange exchange, int status, byte[] body, String type) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
	}

	static void pause(int seconds) {
		try {
			Thread.sleep(seconds * 1000L);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
