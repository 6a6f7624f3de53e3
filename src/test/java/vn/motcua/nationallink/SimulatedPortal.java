package vn.motcua.nationallink;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.simulators.NationalPortalSimulator;

/**
 * The national portal simulator as the link's tests use it: started on a free port before the Spring context, the
 * {@code motcua.dvcqg.*} settings pointed at it (the link on), told to fail, asked what it holds.
 */
final class SimulatedPortal {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final NationalPortalSimulator simulator;

	private SimulatedPortal(NationalPortalSimulator simulator) {
		this.simulator = simulator;
	}

	/** Starts a simulator and turns the link on for the test's context (call it from a {@code @DynamicPropertySource}). */
	static SimulatedPortal linkedTo(DynamicPropertyRegistry registry) throws Exception {
		SimulatedPortal portal = new SimulatedPortal(
				NationalPortalSimulator.start(NationalPortalSimulator.Settings.defaults(0)));
		registry.add("motcua.dvcqg.url", portal::url);
		registry.add("motcua.dvcqg.username", () -> "motcua-sim");
		registry.add("motcua.dvcqg.password", () -> "mo-phong-mat-khau");
		registry.add("motcua.dvcqg.dstcode", () -> "MOTCUA-SIM");
		registry.add("motcua.dvcqg.timeout", () -> "PT2S");
		return portal;
	}

	String url() {
		return "http://localhost:" + simulator.port();
	}

	void close() {
		simulator.close();
	}

	/** Queues a fault ({@code POST /simulator/faults}). */
	void fault(String body) throws Exception {
		send("POST", "/simulator/faults", body);
	}

	/** Clears the faults still queued: the portal is back. */
	void back() throws Exception {
		send("DELETE", "/simulator/faults", "");
	}

	/** Posts to one of the simulator's own paths; its answer. */
	HttpResponse<String> send(String method, String path, String body) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url() + path))
			.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** What the portal holds ({@code GET /simulator/dossiers}). */
	JsonNode holdings() {
		try {
			return JSON.readTree(HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create(url() + "/simulator/dossiers")).GET().build(), HttpResponse.BodyHandlers.ofString())
				.body());
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** The dossier as the portal holds it (its latest sync, every status and every progress step in order). */
	JsonNode held(String code) {
		for (JsonNode d : holdings().path("dossiers")) {
			if (d.path("MaHoSo").asString().equals(code)) {
				return d;
			}
		}
		throw new AssertionError("the portal does not hold " + code);
	}

	/** Waits until the condition holds (the sender works on its own schedule), at most {@code limit}. */
	static void await(BooleanSupplier condition, Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not reached within " + limit.toSeconds() + " s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}
}
