package vn.motcua.dossier.benchmark;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Intake at the counter under load, through the HTTP interface of a running MotCua (java -jar), as the officers'
 * browsers post it: each client signs in once as a receiving officer, then posts complete intake forms (applicant, every
 * document ticked with a small scan, a fresh submission token) and the dossier is accepted; forms are not rendered
 * (they are on demand). Measures accepted dossiers per second and the latency of each post.
 * <p>
 * Usage: {@code java -cp target/test-classes vn.motcua.dossier.benchmark.IntakeLoadTest [baseUrl] [clients] [dossiers]
 * [maxSeconds] [adminPassword] [procedureCode]}. With the administrator's password it first creates the receiving officer
 * {@code loadtest.counter} of Xã Thiên Phủ (14908, which must be active: MOTCUA_COMMUNES=14908).
 */
public final class IntakeLoadTest {

	static final String OFFICER = "loadtest.counter";

	static final String PASSWORD = "loadtest-password-1";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern POSITION = Pattern.compile("name=\"documents\\[(\\d+)\\]\\.position\" value=\"(\\d+)\"");

	public static void main(String[] args) throws Exception {
		String base = arg(args, 0, "http://localhost:8080");
		int clients = Integer.parseInt(arg(args, 1, "16"));
		int dossiers = Integer.parseInt(arg(args, 2, "3000"));
		int maxSeconds = Integer.parseInt(arg(args, 3, "60"));
		String adminPassword = arg(args, 4, "");
		String procedure = arg(args, 5, "1.004873");
		if (!adminPassword.isEmpty()) {
			createOfficer(base, adminPassword);
		}
		byte[] scan = new byte[20_000];
		Arrays.fill(scan, (byte) 'x');
		System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, scan, 0, 9);

		List<Client> ready = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Client client = new Client(base);
			client.signIn(OFFICER, PASSWORD);
			client.prepare(procedure);
			ready.add(client);
		}
		// warm-up: a few dossiers per client, not measured
		for (Client client : ready) {
			for (int i = 0; i < 5; i++) {
				client.intake(procedure, scan);
			}
		}
		AtomicInteger remaining = new AtomicInteger(dossiers);
		AtomicInteger failures = new AtomicInteger();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
		CountDownLatch done = new CountDownLatch(clients);
		long started = System.nanoTime();
		for (Client client : ready) {
			new Thread(() -> {
				try {
					while (remaining.getAndDecrement() > 0 && System.nanoTime() < deadline) {
						long t0 = System.nanoTime();
						boolean ok = client.intake(procedure, scan);
						latencies.add(System.nanoTime() - t0);
						if (!ok) {
							failures.incrementAndGet();
						}
					}
				}
				catch (Exception e) {
					failures.incrementAndGet();
					e.printStackTrace();
				}
				finally {
					done.countDown();
				}
			}).start();
		}
		done.await();
		double seconds = (System.nanoTime() - started) / 1e9;
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		int n = sorted.length;
		System.out.printf("clients=%d dossiers=%d failures=%d time=%.1fs throughput=%.0f dossiers/s%n", clients, n,
				failures.get(), seconds, (n - failures.get()) / seconds);
		System.out.printf("latency ms: p50=%.1f p95=%.1f p99=%.1f max=%.1f%n", ms(sorted, 0.50), ms(sorted, 0.95),
				ms(sorted, 0.99), n == 0 ? 0 : sorted[n - 1] / 1e6);
	}

	static double ms(long[] sorted, double quantile) {
		return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	static String arg(String[] args, int i, String otherwise) {
		return args.length > i ? args[i] : otherwise;
	}

	static void createOfficer(String base, String adminPassword) throws Exception {
		Client admin = new Client(base);
		admin.signIn("admin", adminPassword);
		String page = admin.get("/admin/officers/new");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", csrf(page));
		form.put("username", OFFICER);
		form.put("fullName", "Cán bộ thử tải");
		form.put("password", PASSWORD);
		form.put("agencies", "14908");
		form.put("roles", "RECEIVING_OFFICER");
		admin.postForm("/admin/officers", form);
	}

	static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token in the page");
		}
		return m.group(1);
	}

	/** One officer's browser: its own cookies (session), its CSRF token, the intake form's documents. */
	static final class Client {

		final String base;

		final HttpClient http;

		String csrf;

		List<String> positions = new ArrayList<>();

		Client(String base) {
			this.base = base;
			this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
		}

		String get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
					HttpResponse.BodyHandlers.ofString()).body();
		}

		int postForm(String path, Map<String, String> fields) throws Exception {
			StringBuilder body = new StringBuilder();
			fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
				.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
			return http.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}

		void signIn(String username, String password) throws Exception {
			String page = get("/login");
			int status = postForm("/login", Map.of("_csrf", csrf(page), "username", username, "password", password));
			if (status != 302) {
				throw new IllegalStateException("sign-in failed: " + status);
			}
		}

		void prepare(String procedure) throws Exception {
			String page = get("/counter/new?procedure=" + procedure);
			csrf = csrf(page);
			Matcher m = POSITION.matcher(page);
			while (m.find()) {
				positions.add(m.group(2));
			}
			if (positions.isEmpty()) {
				throw new IllegalStateException("the intake form lists no document (is the officer a receiving officer?)");
			}
		}

		/** Posts one complete intake form; true when the dossier was accepted (redirect to its page). */
		boolean intake(String procedure, byte[] scan) throws Exception {
			String boundary = "----motcua" + UUID.randomUUID();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("_csrf", csrf);
			fields.put("token", UUID.randomUUID().toString());
			fields.put("agencyCode", "14908");
			fields.put("procedureCode", procedure);
			fields.put("applicantName", "Nguyễn Văn Thử");
			fields.put("idNumber", "038095000123");
			fields.put("phone", "0912345678");
			fields.put("address", "Thôn 1, xã Thiên Phủ");
			fields.put("channel", "DIRECT");
			fields.put("action", "accept");
			for (int i = 0; i < positions.size(); i++) {
				fields.put("documents[" + i + "].position", positions.get(i));
				fields.put("documents[" + i + "].handed", "true");
				fields.put("documents[" + i + "].original", "true");
				fields.put("documents[" + i + "].copies", "1");
			}
			for (Map.Entry<String, String> field : fields.entrySet()) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
						+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			for (int i = 0; i < positions.size(); i++) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"documents[" + i
						+ "].scan\"; filename=\"scan-" + i + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				scan[scan.length - 1] = (byte) ('a' + (System.nanoTime() % 26));
				body.write(scan);
				body.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/counter/intake"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 302
					&& response.headers().firstValue("Location").orElse("").contains("/dossiers/14908-");
		}
	}
}
