package vn.motcua.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.motcua.dossier.MessageChannel;

/**
 * The Zalo channel through Zalo's notification service (ZNS): the published {@code POST {MOTCUA_ZNS_URL}/message/template}
 * with the {@code access_token} header and {@code {"phone": "84…", "template_id", "template_data", "tracking_id"}}
 * (tracking_id: the message's id), answered {@code {"error": 0, "data": {"msg_id"}}}; then
 * {@code GET /message/status?message_id=…&phone=…} until it is delivered (1) or not (-1). A non-zero {@code error}
 * refuses the message (a number without Zalo, a template not approved), except an invalid access token (-124), which
 * is tried again (the token may be renewed). The template data are the kind's named parameters, each at most 400
 * characters.
 */
final class ZaloGateway implements Delivery.Gateway {

	private final GatewaySettings.Zns settings;

	private final HttpClient http;

	private final Duration timeout;

	private final JsonMapper json = JsonMapper.builder().build();

	ZaloGateway(GatewaySettings.Zns settings, Duration timeout) {
		this.settings = settings;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	@Override
	public MessageChannel channel() {
		return MessageChannel.ZALO;
	}

	/** A Vietnamese mobile number in the 84… form ZNS takes. */
	static String international(String phone) {
		String digits = phone.replaceAll("[^0-9]", "");
		return digits.startsWith("0") ? "84" + digits.substring(1) : digits;
	}

	@Override
	public Delivery.Result send(Delivery.Outgoing message) {
		ObjectNode body = json.createObjectNode().put("phone", international(message.to()))
			.put("template_id", message.znsTemplateId()).put("tracking_id", message.id().toString());
		ObjectNode data = body.putObject("template_data");
		message.params().forEach(data::put);
		HttpRequest request = base("/message/template").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
		return call(request, answer -> Delivery.Result.accepted(answer.path("data").path("msg_id").asString()));
	}

	@Override
	public Delivery.Result status(String gatewayId, String to) {
		HttpRequest request = base("/message/status?message_id=" + URLEncoder.encode(gatewayId, StandardCharsets.UTF_8)
				+ "&phone=" + international(to)).GET().build();
		return call(request, answer -> switch (answer.path("data").path("status").asInt(0)) {
			case 1 -> Delivery.Result.delivered(gatewayId);
			case -1 -> Delivery.Result.refused("ZNS: " + answer.path("data").path("message").asString(""));
			default -> Delivery.Result.pending();
		});
	}

	private HttpRequest.Builder base(String path) {
		String url = settings.url().endsWith("/") ? settings.url().substring(0, settings.url().length() - 1)
				: settings.url();
		return HttpRequest.newBuilder(URI.create(url + path)).timeout(timeout)
			.header("access_token", settings.accessToken() == null ? "" : settings.accessToken());
	}

	private Delivery.Result call(HttpRequest request, java.util.function.Function<JsonNode, Delivery.Result> success) {
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() / 100 != 2) {
				return Delivery.Result.unavailable("HTTP " + response.statusCode());
			}
			JsonNode answer = json.readTree(response.body());
			int error = answer.path("error").asInt(-1);
			if (error == 0) {
				return success.apply(answer);
			}
			String reason = "ZNS " + error + ": " + answer.path("message").asString("");
			return error == -124 ? Delivery.Result.unavailable(reason) : Delivery.Result.refused(reason);
		}
		catch (HttpTimeoutException e) {
			return Delivery.Result.unavailable("time-out");
		}
		catch (IOException | RuntimeException e) {
			return Delivery.Result.unavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Delivery.Result.unavailable("interrupted");
		}
	}
}
