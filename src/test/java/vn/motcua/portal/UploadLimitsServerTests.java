package vn.motcua.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 1, against the real Tomcat (multipart parsing, its size limits, bodies declared but never sent):
 * the anonymous 200 MB upload to an online draft, a chunked body past Tomcat's limit on a page and on the API, a
 * file past the portal's limit, a raw API body declared past {@code MOTCUA_MAX_UPLOAD}. Each is a 413 with the reason
 * in Vietnamese (a page, or problem JSON for the API), never a 500, a refused CSRF token or a memory error. The tests
 * run with {@code spring.servlet.multipart.max-request-size=32MB} and the default portal limit of 10 MB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitsServerTests {

	private static final String BOUNDARY = "----motcua-limits";

	@LocalServerPort
	int port;

	private final CookieManager cookies = new CookieManager();

	private HttpClient http;

	private String draft;

	private String csrf;

	@BeforeEach
	void startADraftAnonymously() throws Exception {
		http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10)).build();
		String start = get("/public/nop-ho-so/thu-tuc/1.004873");
		HttpResponse<String> begun = http.send(HttpRequest.newBuilder(uri("/public/nop-ho-so/thu-tuc/1.004873"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("agencyCode=14908&_csrf=" + token(start))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(begun.statusCode()).isEqualTo(302);
		draft = URI.create(begun.headers().firstValue("Location").orElseThrow()).getPath().replace("/nguoi-nop", "");
		csrf = token(get(draft + "/giay-to/1"));
	}

	@Test
	void anAnonymous200MegabyteUploadIsRefusedBeforeItIsRead() throws Exception {
		Answer answer = send("POST", draft + "/giay-to/1", Map.of("Content-Type", "multipart/form-data; boundary="
				+ BOUNDARY, "Content-Length", Long.toString(200L * 1024 * 1024)), out -> out.write(
						partHeader("file", "ho-so.pdf", "application/pdf")));

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.body()).contains("lang=\"vi\"").contains("<h1>Tệp quá lớn</h1>")
			.contains("Tệp tải lên quá lớn: mỗi lần gửi tối đa 10 MB.");
	}

	@Test
	void aChunkedUploadPastTomcatsLimitIsA413PageNotARefusedToken() throws Exception {
		Answer answer = sendDraftScan(33L * 1024 * 1024);

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.body()).contains("Tệp tải lên quá lớn: mỗi lần gửi tối đa 10 MB.");
	}

	@Test
	void aFilePastThePortalLimitShowsTheFormAgainWith413() throws Exception {
		Answer answer = sendDraftScan(11L * 1024 * 1024);

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.body()).contains("Tệp quá lớn so với mức tối đa ghi ở trên")
			.contains("Tệp PDF, JPG hoặc PNG, tối đa 10 MB.");
	}

	@Test
	void anApiBodyDeclaredPastTheLimitIsA413ProblemInVietnamese() throws Exception {
		Answer answer = send("POST", "/api/v1/dossiers/imports", Map.of("Content-Type", "application/zip",
				"Content-Length", Long.toString(600L * 1024 * 1024), "Authorization", basic()), out -> out.write(
						"PK".getBytes(StandardCharsets.US_ASCII)));

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.headers()).containsEntry("content-type", "application/problem+json;charset=UTF-8");
		assertThat(answer.body()).contains("\"status\":413").contains("mỗi lần gửi tối đa 32 MB");
	}

	@Test
	void aChunkedMultipartPastTomcatsLimitOnTheApiIsA413ProblemNotA500() throws Exception {
		Map<String, String> headers = new LinkedHashMap<>(chunkedMultipart());
		headers.put("Authorization", basic());
		Answer answer = send("POST", "/api/v1/dossiers/imports", headers, out -> {
			chunk(out, partHeader("file", "lich-su.zip", "application/zip"));
			writeZeros(out, 33L * 1024 * 1024);
			chunk(out, ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		});

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.body()).contains("\"status\":413").contains("mỗi lần gửi tối đa 32 MB");
	}

	// --- a small HTTP/1.1 client on a socket: it may declare a body it never sends, and stream a chunked one ---

	/** A scan of {@code size} zero bytes to the draft's first document, chunked (no length announced). */
	private Answer sendDraftScan(long size) throws IOException {
		return send("POST", draft + "/giay-to/1", chunkedMultipart(), out -> {
			chunk(out, field("_csrf", csrf));
			chunk(out, partHeader("file", "ho-so.pdf", "application/pdf"));
			writeZeros(out, size);
			chunk(out, ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		});
	}

	private interface Body {

		void write(OutputStream out) throws IOException;
	}

	private record Answer(int status, Map<String, String> headers, String body) {
	}

	private Answer send(String method, String path, Map<String, String> headers, Body body) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
			StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
					+ "\r\nConnection: close\r\nAccept: text/html\r\n");
			String session = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
				.map(HttpCookie::getValue).findFirst().orElse(null);
			if (session != null) {
				head.append("Cookie: JSESSIONID=").append(session).append("\r\n");
			}
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
			try {
				body.write(out);
				out.flush();
			}
			catch (IOException closedEarly) {
				// the server answered and closed before the whole body was sent: read its answer
			}
			return read(socket.getInputStream());
		}
	}

	/** Reads one answer by its framing (the server may keep the connection open a while to drain a refused body). */
	private static Answer read(InputStream raw) throws IOException {
		InputStream in = new java.io.BufferedInputStream(raw);
		String statusLine = line(in);
		Map<String, String> headers = new LinkedHashMap<>();
		for (String header = line(in); !header.isEmpty(); header = line(in)) {
			int colon = header.indexOf(':');
			headers.put(header.substring(0, colon).toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
					size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
				body.write(in.readNBytes(size));
				line(in);
			}
		}
		else if (headers.containsKey("content-length")) {
			body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
		}
		else {
			body.write(in.readAllBytes());
		}
		return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	private static Map<String, String> chunkedMultipart() {
		return Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY, "Transfer-Encoding", "chunked");
	}

	private static byte[] field(String name, String value) {
		return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] partHeader(String name, String fileName, String type) {
		return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private static void chunk(OutputStream out, byte[] data) throws IOException {
		out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(data);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	private static void writeZeros(OutputStream out, long bytes) throws IOException {
		byte[] block = new byte[64 * 1024];
		for (long left = bytes; left > 0; left -= block.length) {
			chunk(out, left >= block.length ? block : Arrays.copyOf(block, (int) left));
		}
	}

	private String get(String path) throws Exception {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	private static String token(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("the form carries its CSRF token").isTrue();
		return token.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));
	}
}
