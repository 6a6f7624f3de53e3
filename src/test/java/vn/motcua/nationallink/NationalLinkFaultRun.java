package vn.motcua.nationallink;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The client of {@code src/test/bench/national-link-faults.sh}: drives dossiers through their whole life over the
 * dossier API of a running MotCua (intake, assignment, proposal, refusal, return: six steps, national statuses
 * 1, 2, 4, 4, 9, 10) while the script takes the portal down, rate-limits it and kills MotCua with {@code kill -9}.
 * Each dossier is a small state machine that reads the dossier's status before each event, so a call whose answer was
 * lost to a crash is never applied twice; an intake is repeated with its own submission token.
 * <pre>java -cp target/test-classes:… vn.motcua.nationallink.NationalLinkFaultRun base adminPassword dossiers threads</pre>
 * With {@code check simulatorBase dossiers} instead, it checks what the simulator holds: every dossier, every state in
 * order, each exactly once.
 */
public final class NationalLinkFaultRun {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String OFFICER = "faultrun";

	private static final String PASSWORD = "faultrun-password-1";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final List<Integer> EXPECTED = List.of(1, 2, 4, 4, 9, 10);

	private final String base;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String auth = "Basic " + Base64.getEncoder()
		.encodeToString((OFFICER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

	private final AtomicInteger retries = new AtomicInteger();

	private NationalLinkFaultRun(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("check")) {
			System.exit(check(args[1], Integer.parseInt(args[2])) ? 0 : 1);
		}
		NationalLinkFaultRun run = new NationalLinkFaultRun(args[0]);
		int dossiers = Integer.parseInt(args[2]);
		run.createOfficer(args[1]);
		ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(args[3]));
		List<Future<?>> done = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < dossiers; i++) {
			int n = i;
			done.add(pool.submit(() -> {
				run.live(n);
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		System.out.printf("%d dossiers through their life in %.0f s (%d calls repeated after a failure)%n", dossiers,
				(System.nanoTime() - started) / 1e9, run.retries.get());
	}

	/** One dossier from intake to return, going on from wherever it is after a failure. */
	private void live(int n) throws InterruptedException {
		String token = java.util.UUID.nameUUIDFromBytes(("faultrun-" + n).getBytes(StandardCharsets.UTF_8)).toString();
		String code = null;
		while (code == null) {
			code = attempt(() -> post("/api/v1/dossiers", intake(token, n)).path("code").asString(null));
		}
		String at = code;
		while (true) {
			String status = attempt(() -> get("/api/v1/dossiers/" + at).path("status").asString(null));
			if (status == null) {
				continue;
			}
			ObjectNode event = JSON.createObjectNode();
			switch (status) {
				case "RECEIVED" -> event.put("type", "ASSIGNED").put("specialist", OFFICER);
				case "IN_REVIEW" -> event.put("type", "PROPOSED").put("outcome", "REFUSED").put("note", "Không đủ điều kiện")
					.put("leader", OFFICER);
				case "AWAITING_DECISION" -> event.put("type", "RESOLVED").put("outcome", "REFUSED")
					.put("reason", "Không đủ điều kiện theo quy định");
				case "RESOLVED" -> event.put("type", "RETURNED").put("method", "COUNTER");
				case "RETURNED" -> {
					return;
				}
				default -> throw new IllegalStateException(at + ": unexpected status " + status);
			}
			attempt(() -> post("/api/v1/dossiers/" + at + "/events", event));
		}
	}

	private ObjectNode intake(String token, int n) throws Exception {
		ObjectNode body = JSON.createObjectNode().put("agency", "14908").put("procedureCode", "1.004873")
			.put("channel", "DIRECT").put("submissionToken", token);
		body.putObject("applicant").put("kind", "CITIZEN").put("name", "Người Thử Lỗi " + n)
			.put("idNumber", "038095000123").put("phone", "0912345678").put("address", "Thôn 1, xã Thiên Phủ");
		var documents = body.putArray("documents");
		for (String position : positions()) {
			documents.addObject().put("position", Integer.parseInt(position)).put("original", true).put("copies", 1)
				.put("fileName", "scan-" + position + ".pdf").put("contentType", "application/pdf")
				.put("content", Base64.getEncoder().encodeToString(("%PDF-1.4 " + token + " " + position)
					.getBytes(StandardCharsets.UTF_8)));
		}
		return body;
	}

	private volatile List<String> positions;

	private List<String> positions() throws Exception {
		if (positions == null) {
			HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			form(browser, "/login", List.of(Map.entry("_csrf", csrf(login)), Map.entry("username", OFFICER),
					Map.entry("password", PASSWORD)));
			String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/counter/new?procedure=1.004873"))
				.build(), HttpResponse.BodyHandlers.ofString()).body();
			Matcher m = Pattern.compile("name=\"documents\\[\\d+]\\.position\" value=\"(\\d+)\"").matcher(page);
			List<String> found = new ArrayList<>();
			while (m.find()) {
				found.add(m.group(1));
			}
			positions = found;
		}
		return positions;
	}

	private void createOfficer(String adminPassword) throws Exception {
		HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = admin.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		form(admin, "/login", List.of(Map.entry("_csrf", csrf(login)), Map.entry("username", "admin"),
				Map.entry("password", adminPassword)));
		String page = admin.send(HttpRequest.newBuilder(URI.create(base + "/admin/officers/new")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		form(admin, "/admin/officers", List.of(Map.entry("_csrf", csrf(page)), Map.entry("username", OFFICER),
				Map.entry("fullName", "Cán bộ thử lỗi"), Map.entry("password", PASSWORD), Map.entry("agencies", "14908"),
				Map.entry("roles", "RECEIVING_OFFICER"), Map.entry("roles", "SPECIALIST"), Map.entry("roles", "LEADER")));
	}

	private void form(HttpClient client, String path, List<Map.Entry<String, String>> fields) throws Exception {
		StringBuilder body = new StringBuilder();
		fields.forEach(f -> body.append(body.isEmpty() ? "" : "&").append(f.getKey()).append('=')
			.append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)));
		client.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.discarding());
	}

	private static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token in the page");
		}
		return m.group(1);
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", auth).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + ": HTTP " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}

	private JsonNode post(String path, ObjectNode body) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", auth).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(path + ": HTTP " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}

	private interface Call<T> {

		T call() throws Exception;
	}

	/** The call, or null after a failure (MotCua restarting, a refusal): the caller reads the state again. */
	private <T> T attempt(Call<T> call) throws InterruptedException {
		try {
			return call.call();
		}
		catch (Exception e) {
			retries.incrementAndGet();
			Thread.sleep(500);
			return null;
		}
	}

	/** Every dossier the run made, with every national state in order, each once. */
	private static boolean check(String simulatorBase, int dossiers) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create(simulatorBase + "/simulator/dossiers")).build(), HttpResponse.BodyHandlers.ofString());
		JsonNode held = JSON.readTree(response.body()).path("dossiers");
		int complete = 0;
		int wrong = 0;
		for (JsonNode d : held) {
			List<Integer> statuses = new ArrayList<>();
			d.path("statuses").forEach(s -> statuses.add(s.asInt()));
			List<Integer> progress = new ArrayList<>();
			d.path("progress").forEach(p -> progress.add(p.path("TrangThai").asInt()));
			if (statuses.equals(EXPECTED) && progress.equals(EXPECTED)) {
				complete++;
			}
			else if (wrong++ < 10) {
				System.out.println(d.path("MaHoSo").asString() + ": statuses " + statuses + ", progress " + progress);
			}
		}
		System.out.printf("the portal holds %d dossiers: %d with every state in order once (expected %d), %d not%n",
				held.size(), complete, dossiers, wrong);
		return complete == dossiers && wrong == 0;
	}
}
