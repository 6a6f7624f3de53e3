package vn.motcua;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input suite (issue 12): the packaged jar, started as the README says for a small server
 * ({@code -Xmx256m}), is attacked over HTTP the way a careless or hostile visitor would: 1 GB uploads to every upload
 * endpoint, a zip bomb, 1,000 sign-in failures from one address against five names, 1,000 status look-ups and 200
 * petitions. Afterwards the server is healthy, the real officers sign in at once from their own address, and every
 * dossier, stored file and audit line from before is still there.
 * <p>
 * The attacker's address is given with {@code X-Forwarded-For} (the server runs with
 * {@code server.forward-headers-strategy=native}, as the README says behind a reverse proxy); no traffic leaves the
 * machine. Run by {@code ./mvnw -B verify} (failsafe, after the jar is packaged).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

	private static final String ADMIN_PASSWORD = "hostile-suite-admin-Pw-71";

	private static final String OFFICER = "tiepnhan.thatsu";

	private static final String OFFICER_PASSWORD = "quay-tiep-nhan-Pw-93";

	private static final String ATTACKER = "198.51.100.23";

	private static final long ONE_GB = 1L << 30;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private Path data;

	private Path log;

	private Process server;

	private String base;

	private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private Map<Long, String> auditBefore;

	private Map<Path, String> filesBefore;

	private long dossiersBefore;

	private String someDossier;

	@BeforeAll
	void start() throws Exception {
		data = Files.createTempDirectory("motcua-hostile");
		log = data.resolveSibling(data.getFileName() + ".log");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		base = "http://127.0.0.1:" + port;
		Path jar = Path.of("target/motcua.jar").toAbsolutePath();
		assertThat(jar).as("the packaged jar (./mvnw package)").exists();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:+UseSerialGC", "-Xms64m", "-Xmx256m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-jar",
				jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
				"--server.forward-headers-strategy=native", "--logging.level.root=warn",
				"--motcua.clock.start=" + TestClock.START);
		builder.environment().put("MOTCUA_DATA_DIR", data.toString());
		builder.environment().put("MOTCUA_ADMIN_PASSWORD", ADMIN_PASSWORD);
		builder.environment().put("MOTCUA_COMMUNES", "14908");
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		server = builder.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			assertThat(server.isAlive()).as("MotCua exited while starting; see " + log).isTrue();
			try {
				if (get(api, "/actuator/health", Map.of()).statusCode() == 200) {
					break;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		createOfficer();
		importHistory();
		auditBefore = auditLines();
		filesBefore = storedFiles();
		dossiersBefore = dossiers();
		assertThat(dossiersBefore).isGreaterThanOrEqualTo(20);
		assertThat(filesBefore).hasSizeGreaterThanOrEqualTo(20);
	}

	@AfterAll
	void stop() throws Exception {
		if (server != null) {
			server.destroy();
			if (!server.waitFor(60, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	@Test
	@Order(1)
	void oneGigabyteToEveryUploadEndpointIsRefusedWithoutExhaustingMemory() throws Exception {
		HttpClient citizen = session();
		String csrf = csrf(citizen, "/public/nop-ho-so/thu-tuc/1.004873");
		HttpResponse<String> begun = post(citizen, "/public/nop-ho-so/thu-tuc/1.004873",
				"agencyCode=14908&_csrf=" + csrf);
		String draft = begun.headers().firstValue("Location").orElseThrow();
		String draftBase = URI.create(base).resolve(draft).getPath().replace("/nguoi-nop", "");

		HttpClient admin = signedIn("admin", ADMIN_PASSWORD, null);
		String adminCsrf = csrf(admin, "/admin/imports/dossiers");

		Map<String, Integer> answers = new LinkedHashMap<>();
		answers.put("portal draft scan", hugeMultipart(citizen, draftBase + "/giay-to/1", csrf));
		answers.put("counter intake", hugeMultipart(admin, "/counter/intake", adminCsrf));
		answers.put("result of a dossier", hugeMultipart(admin, "/dossiers/" + someDossier + "/result", adminCsrf));
		answers.put("component scan", hugeMultipart(admin, "/dossiers/" + someDossier + "/scan", adminCsrf));
		answers.put("history import page", hugeMultipart(admin, "/admin/imports/dossiers", adminCsrf));
		answers.put("catalogue import page", hugeMultipart(admin, "/admin/catalogue/imports", adminCsrf));
		// the JSON Lines API streams: a 1 GB line is read through in bounded memory and reported as a rejected line
		answers.put("history import API", hugeBody("/api/v1/dossiers/imports", "application/x-ndjson"));
		answers.put("catalogue import API", hugeBody("/api/v1/catalogue/imports", "text/csv"));

		for (Map.Entry<String, Integer> answer : answers.entrySet()) {
			assertThat(answer.getValue()).as(answer.getKey() + ": refused (or the connection closed, -1)")
				.isIn(-1, 400, 403, 413);
		}
		assertHealthy();
	}

	@Test
	@Order(2)
	void aZipBombIsRefused() throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("dossiers.jsonl"));
			byte[] block = new byte[1 << 20];
			java.util.Arrays.fill(block, (byte) 'a');
			for (int i = 0; i < 400; i++) {
				out.write(block);
			}
			out.closeEntry();
		}
		assertThat(zip.size()).as("a small file").isLessThan(2_000_000);
		HttpResponse<String> answer = api.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers/imports"))
			.header("Authorization", basic("admin", ADMIN_PASSWORD)).header("Content-Type", "application/zip")
			.POST(BodyPublishers.ofByteArray(zip.toByteArray())).build(), BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isIn(200, 400, 413);
		assertThat(answer.body()).doesNotContain("\"imported\":1");
		assertHealthy();
	}

	@Test
	@Order(3)
	void aThousandSignInFailuresFromOneAddressLockNobodyOut() throws Exception {
		List<String> names = List.of("admin", OFFICER, "lanhdao", "quantri", "khongco.ai");
		HttpClient attacker = session();
		String csrf = csrf(attacker, "/login");
		for (int i = 0; i < 1000; i++) {
			String name = names.get(i % names.size());
			if (i % 2 == 0) {
				HttpResponse<String> answer = api.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/agencies"))
					.header("Authorization", basic(name, "sai-mat-khau-" + i)).header("X-Forwarded-For", ATTACKER)
					.GET().build(), BodyHandlers.ofString());
				assertThat(answer.statusCode()).isIn(401, 429);
			}
			else {
				HttpResponse<String> answer = attacker.send(form("/login", "username=" + name + "&password=sai-" + i
						+ "&_csrf=" + csrf).header("X-Forwarded-For", ATTACKER).build(), BodyHandlers.ofString());
				assertThat(answer.statusCode()).isIn(302, 303, 403, 429);
				if (answer.statusCode() == 403) {
					csrf = csrf(attacker, "/login");
				}
			}
		}
		assertHealthy();
	}

	@Test
	@Order(4)
	void aThousandLookUpsAndTwoHundredPetitionsLeaveTheServerServingOthers() throws Exception {
		HttpClient attacker = session();
		int limited = 0;
		for (int i = 0; i < 1000; i++) {
			HttpResponse<String> answer = attacker.send(HttpRequest.newBuilder(URI.create(base + "/public/tra-cuu?ma="
					+ "TP-" + (100000 + i))).header("X-Forwarded-For", ATTACKER).GET().build(),
					BodyHandlers.ofString());
			assertThat(answer.statusCode()).isIn(200, 302, 404, 429);
			limited += answer.statusCode() == 429 ? 1 : 0;
		}
		assertThat(limited).as("look-ups beyond the limit are refused").isPositive();

		String csrf = csrf(attacker, "/public/phan-anh/gui");
		int accepted = 0;
		for (int i = 0; i < 200; i++) {
			HttpResponse<String> answer = attacker.send(form("/public/phan-anh/gui",
					"agencyCode=14908&subject=ATTITUDE&title=Phan+anh&content=Noi+dung+giong+nhau&petitionerName=Ke+Xau"
							+ "&petitionerContact=0912000111&_csrf=" + csrf).header("X-Forwarded-For", ATTACKER).build(),
					BodyHandlers.ofString());
			assertThat(answer.statusCode()).isIn(200, 302, 400, 403, 429);
			String location = answer.headers().firstValue("Location").orElse("");
			accepted += location.contains("/public/phan-anh/theo-doi/") ? 1 : 0;
		}
		assertThat(accepted).as("identical petitions from one address are refused after the first").isLessThan(5);

		HttpClient citizen = session();
		HttpResponse<String> mine = citizen.send(HttpRequest.newBuilder(URI.create(base + "/public/tra-cuu?ma="
				+ someDossier)).GET().build(), BodyHandlers.ofString());
		assertThat(mine.statusCode()).as("a citizen elsewhere still looks up a dossier").isEqualTo(302);
		assertHealthy();
	}

	@Test
	@Order(5)
	void afterwardsTheOfficersSignInAtOnceAndNothingIsLost() throws Exception {
		assertHealthy();
		for (String[] officer : List.of(new String[] { "admin", ADMIN_PASSWORD },
				new String[] { OFFICER, OFFICER_PASSWORD })) {
			HttpClient browser = session();
			String csrf = csrf(browser, "/login");
			HttpResponse<String> answer = browser.send(form("/login", "username=" + officer[0] + "&password="
					+ officer[1] + "&_csrf=" + csrf).build(), BodyHandlers.ofString());
			assertThat(answer.headers().firstValue("Location").orElse(""))
				.as(officer[0] + " signs in from the office at once").doesNotContain("error").doesNotContain("login");
			HttpResponse<String> apiAnswer = get(api, "/api/v1/agencies",
					Map.of("Authorization", basic(officer[0], officer[1])));
			assertThat(apiAnswer.statusCode()).as(officer[0] + " through the API").isEqualTo(200);
		}
		assertThat(dossiers()).as("every dossier from before").isEqualTo(dossiersBefore);
		Map<Long, String> audit = auditLines();
		assertThat(audit).as("every audit line from before, unchanged").containsAllEntriesOf(auditBefore);
		Map<Path, String> files = storedFiles();
		assertThat(files).as("every stored file from before, unchanged").containsAllEntriesOf(filesBefore);
		assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
	}

	// ----- the set-up

	private void createOfficer() throws Exception {
		HttpClient admin = signedIn("admin", ADMIN_PASSWORD, null);
		String csrf = csrf(admin, "/admin/officers/new");
		HttpResponse<String> created = post(admin, "/admin/officers", "username=" + OFFICER
				+ "&fullName=Nguyen+Thi+That&password=" + OFFICER_PASSWORD + "&agencies=14908&roles=RECEIVING_OFFICER"
				+ "&_csrf=" + csrf);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
	}

	private void importHistory() throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		StringBuilder lines = new StringBuilder();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			for (int i = 1; i <= 20; i++) {
				String code = "CU-2026-%05d".formatted(i);
				String file = "files/" + code + "/to-khai.pdf";
				lines.append("""
						{"code":"%s","agency":"14908","procedureCode":"1.004873","channel":"DIRECT",\
						"applicant":{"name":"Nguyễn Văn %d"},"receivedAt":"2026-11-0%dT08:15:00+07:00",\
						"events":[],"documents":[{"kind":"COMPONENT","name":"Tờ khai","file":"%s"}]}
						""".formatted(code, i, 2 + i % 7, file));
				out.putNextEntry(new ZipEntry(file));
				out.write(("%PDF-1.4 tờ khai " + code + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
				someDossier = code;
			}
			out.putNextEntry(new ZipEntry("dossiers.jsonl"));
			out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		HttpResponse<String> answer = api.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dossiers/imports"))
			.header("Authorization", basic("admin", ADMIN_PASSWORD)).header("Content-Type", "application/zip")
			.POST(BodyPublishers.ofByteArray(zip.toByteArray())).build(), BodyHandlers.ofString());
		assertThat(answer.body()).as("the history before the attack").contains("\"imported\":20");
	}

	private long dossiers() throws Exception {
		HttpResponse<String> report = get(api, "/api/v1/reports/dossiers?from=2026-11-01&to=2026-11-30&agency=14908",
				Map.of("Authorization", basic("admin", ADMIN_PASSWORD)));
		Matcher received = Pattern.compile("\"received\":\\{\"total\":(\\d+)").matcher(report.body());
		assertThat(received.find()).as(report.body()).isTrue();
		return Long.parseLong(received.group(1));
	}

	/** Audit lines by id (id and its whole JSON), all pages. */
	private Map<Long, String> auditLines() throws Exception {
		Map<Long, String> lines = new LinkedHashMap<>();
		Pattern id = Pattern.compile("^\\{\"id\":(\\d+),");
		for (int page = 0;; page++) {
			HttpResponse<String> answer = get(api, "/api/v1/audit?page=" + page,
					Map.of("Authorization", basic("admin", ADMIN_PASSWORD)));
			assertThat(answer.statusCode()).isEqualTo(200);
			String body = answer.body().strip();
			if (body.equals("[]")) {
				return lines;
			}
			// one entry per piece: the pieces are split where the next entry begins
			for (String entry : body.substring(1, body.length() - 1).split(",(?=\\{\"id\":\\d+,)")) {
				Matcher m = id.matcher(entry);
				assertThat(m.find()).as(entry).isTrue();
				lines.put(Long.parseLong(m.group(1)), entry);
			}
		}
	}

	/** Every stored file under the data folder's document store, with its SHA-256. */
	private Map<Path, String> storedFiles() throws IOException {
		Path documents = data.resolve("documents");
		if (!Files.isDirectory(documents)) {
			return Map.of();
		}
		try (Stream<Path> files = Files.walk(documents)) {
			return files.filter(Files::isRegularFile).collect(Collectors.toMap(p -> p, HostileInputIT::sha256));
		}
	}

	private static String sha256(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[65536];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	// ----- HTTP

	private void assertHealthy() throws Exception {
		assertThat(server.isAlive()).as("the server runs; see " + log).isTrue();
		assertThat(get(api, "/actuator/health", Map.of()).statusCode()).isEqualTo(200);
		assertThat(get(api, "/public/thu-tuc", Map.of()).statusCode()).isEqualTo(200);
	}

	private HttpClient session() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	private HttpClient signedIn(String user, String password, String forwardedFor) throws Exception {
		HttpClient client = session();
		String csrf = csrf(client, "/login");
		HttpRequest.Builder request = form("/login", "username=" + user + "&password=" + password + "&_csrf=" + csrf);
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		HttpResponse<String> answer = client.send(request.build(), BodyHandlers.ofString());
		assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return client;
	}

	private String csrf(HttpClient client, String path) throws Exception {
		HttpResponse<String> page = get(client, path, Map.of());
		Matcher m = CSRF.matcher(page.body());
		assertThat(m.find()).as(path + " carries a CSRF token").isTrue();
		return m.group(1);
	}

	private HttpResponse<String> get(HttpClient client, String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		headers.forEach(request::header);
		return client.send(request.GET().build(), BodyHandlers.ofString());
	}

	private HttpRequest.Builder form(String path, String body) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(body));
	}

	private HttpResponse<String> post(HttpClient client, String path, String body) throws Exception {
		return client.send(form(path, body).build(), BodyHandlers.ofString());
	}

	/** A 1 GB file part, streamed (chunked, no length announced): the answer's status, or -1 if the server hung up. */
	private int hugeMultipart(HttpClient client, String path, String csrf) {
		String boundary = "----motcua" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> answer = send(client, HttpRequest.newBuilder(URI.create(base + path)).header("X-CSRF-TOKEN", csrf)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary),
				BodyPublishers.ofInputStream(() -> new SequenceInputStream(java.util.Collections.enumeration(List.of(
						new java.io.ByteArrayInputStream(head), new Filler(ONE_GB),
						new java.io.ByteArrayInputStream(tail))))));
		return answer == null ? -1 : answer.statusCode();
	}

	/**
	 * A 1 GB body to an API endpoint, as one endless line: its status, or -1 if the server hung up; a 200 counts as
	 * a refusal (400) only when it imported nothing and rejected the line.
	 */
	private int hugeBody(String path, String contentType) {
		HttpResponse<String> answer = send(api, HttpRequest.newBuilder(URI.create(base + path)).header("Authorization",
				basic("admin", ADMIN_PASSWORD)).header("Content-Type", contentType),
				BodyPublishers.ofInputStream(() -> new Filler(ONE_GB)));
		if (answer == null) {
			return -1;
		}
		if (answer.statusCode() == 200) {
			assertThat(answer.body()).as(path).contains("\"imported\":0").contains("\"rejected\":[{\"line\":1");
			return 400;
		}
		return answer.statusCode();
	}

	private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request, BodyPublisher body) {
		try {
			return client.send(request.timeout(Duration.ofMinutes(5)).POST(body).build(), BodyHandlers.ofString());
		}
		catch (IOException hungUp) {
			return null;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** {@code size} bytes of 'x', made on the fly. */
	private static final class Filler extends InputStream {

		private long left;

		Filler(long size) {
			this.left = size;
		}

		@Override
		public int read() {
			return left-- > 0 ? 'x' : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (left <= 0) {
				return -1;
			}
			int n = (int) Math.min(len, left);
			java.util.Arrays.fill(b, off, off + n, (byte) 'x');
			left -= n;
			return n;
		}
	}
}
