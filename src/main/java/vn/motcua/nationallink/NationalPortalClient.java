package vn.motcua.nationallink;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.context.MessageSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.motcua.shared.VietnamTime;
import vn.motcua.shared.VietnameseMessages;

/**
 * Speaks the national portal's protocol ({@code docs/national-link.md}, {@code ../shared/docs/domain/dvcqg.md}): signs
 * in for a session when it has none, sends each call with the {@code dstcode} header, signs in again once when a call
 * is refused for its session, and tells the caller plainly what happened: the answer ({@code error_code} "0"/"00"),
 * {@link Refused} (the portal refused the content: do not send it again as it is), or {@link Unavailable} (network,
 * time-out, 429 with its {@code Retry-After}, 5xx, a refused sign-in: send again later). The reasons, kept for the
 * administrator's page, are the portal's own {@code message} as it comes, or else a {@code link.portal.*} message in
 * Vietnamese. Thread-safe.
 */
class NationalPortalClient {

	/** The protocol's instants: {@code yyyyMMddHHmmss}, Vietnam time. */
	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final NationalLinkSettings settings;

	private final HttpClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	private final VietnameseMessages words;

	private volatile String session;

	NationalPortalClient(NationalLinkSettings settings, MessageSource messages) {
		this.settings = settings;
		this.words = new VietnameseMessages(messages);
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
	}

	/** An instant as the protocol writes it ({@code 20261124093000}), in Vietnam time; "" for none. */
	static String instant(OffsetDateTime at) {
		return at == null ? "" : at.atZoneSameInstant(VietnamTime.ZONE).format(INSTANT);
	}

	/** The portal refused the call for its content, with its message. */
	static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message, null, false, false);
		}
	}

	/** The portal could not be reached or asked to come back later ({@code retryAfter} when it said when). */
	static final class Unavailable extends RuntimeException {

		private final Duration retryAfter;

		Unavailable(String reason, Duration retryAfter) {
			super(reason, null, false, false);
			this.retryAfter = retryAfter;
		}

		Optional<Duration> retryAfter() {
			return Optional.ofNullable(retryAfter);
		}
	}

	/**
	 * Calls {@code service} for agency {@code madonvi} with {@code fields} (besides session, agency and service) on the
	 * integration path; the whole answer when it succeeded.
	 */
	JsonNode call(String service, String madonvi, ObjectNode fields) {
		return call(settings.integrationPath(), service, madonvi, fields, true);
	}

	/**
	 * Calls {@code service} of the share path (the shared data: {@code LayThuTuc}, and the online submissions MotCua
	 * assumes, docs/national-link.md); the whole answer when it succeeded.
	 */
	JsonNode share(String service, String madonvi, ObjectNode fields) {
		return call(settings.sharePath(), service, madonvi, fields, true);
	}

	/** {@code LayThuTuc}: the procedure as the national database has it, if it has it (share path). */
	Optional<JsonNode> procedure(String code, String madonvi) {
		JsonNode answer = share("LayThuTuc", madonvi, json.createObjectNode().put("MaTTHC", code));
		JsonNode result = answer.path("result");
		return result.isArray() && !result.isEmpty() ? Optional.of(result.get(0)) : Optional.empty();
	}

	ObjectNode object() {
		return json.createObjectNode();
	}

	private JsonNode call(String path, String service, String madonvi, ObjectNode fields, boolean mayRetry) {
		String current = session != null ? session : signIn();
		ObjectNode body = json.createObjectNode().put("session", current).put("madonvi", madonvi)
			.put("service", service);
		body.setAll(fields);
		Answer answer = post(path, body);
		if (answer.sessionRefused()) {
			session = null;
			if (mayRetry) {
				return call(path, service, madonvi, fields, false);
			}
			throw new Unavailable(words.say("link.portal.sessionRefused"), null);
		}
		if (!answer.succeeded()) {
			throw new Refused(answer.body().path("message")
				.asString(words.say("link.portal.refused", answer.body().path("error_code").asString("?"))));
		}
		return answer.body();
	}

	private synchronized String signIn() {
		if (session != null) {
			return session;
		}
		Answer answer = post(settings.authPath(), json.createObjectNode().put("username", settings.username())
			.put("password", settings.password()));
		String given = answer.body().path("session").asString("");
		if (!answer.succeeded() || given.isEmpty()) {
			throw new Unavailable(words.say("link.portal.signInFailed",
					answer.body().path("message").asString("HTTP " + answer.status())), null);
		}
		session = given;
		return given;
	}

	private record Answer(int status, JsonNode body) {

		boolean sessionRefused() {
			String code = body.path("error_code").asString("");
			return status == 401 || code.equals("-2");
		}

		boolean succeeded() {
			String code = body.path("error_code").asString("");
			return status / 100 == 2 && (code.equals("0") || code.equals("00"));
		}
	}

	private Answer post(String path, ObjectNode body) {
		HttpResponse<String> response;
		try {
			response = http.send(HttpRequest.newBuilder(URI.create(settings.url().replaceAll("/+$", "") + path))
				.timeout(settings.timeout())
				.header("Content-Type", "application/json; charset=utf-8")
				.header("dstcode", settings.dstcode())
				.POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new Unavailable(words.say("link.portal.unreachable", e.getClass().getSimpleName()), null);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Unavailable(words.say("link.portal.interrupted"), null);
		}
		if (response.statusCode() == 429) {
			throw new Unavailable(words.say("link.portal.slowDown"), response.headers().firstValue("Retry-After")
				.filter(s -> s.matches("\\d{1,6}")).map(s -> Duration.ofSeconds(Long.parseLong(s))).orElse(null));
		}
		if (response.statusCode() == 403) {
			throw new Unavailable(words.say("link.portal.forbidden"), null);
		}
		if (response.statusCode() >= 500) {
			throw new Unavailable(words.say("link.portal.failing", response.statusCode()), null);
		}
		try {
			return new Answer(response.statusCode(), json.readTree(response.body()));
		}
		catch (JacksonException e) {
			throw new Unavailable(words.say("link.portal.notJson", response.statusCode()), null);
		}
	}
}
