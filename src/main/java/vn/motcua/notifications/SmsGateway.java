package vn.motcua.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.dossier.MessageChannel;

/**
 * The SMS channel: {@code POST MOTCUA_SMS_URL} with {@code Authorization: Bearer MOTCUA_SMS_KEY} and
 * {@code {"to", "text", "reference"}} (the reference is the message's id: a gateway that sees it twice sends once),
 * answered {@code 2xx {"id"}}; the delivery comes back as a receipt ({@link ReceiptController}). A 4xx answer other
 * than 401/408/429 refuses the message (a bad number, a text too long); anything else (no answer, time-out, 5xx, 401,
 * 429) is tried again later. The text keeps its diacritics unless {@code MOTCUA_SMS_ASCII=true}.
 */
final class SmsGateway implements Delivery.Gateway {

	private final GatewaySettings.Sms settings;

	private final HttpClient http;

	private final Duration timeout;

	private final JsonMapper json = JsonMapper.builder().build();

	SmsGateway(GatewaySettings.Sms settings, Duration timeout) {
		this.settings = settings;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	@Override
	public MessageChannel channel() {
		return MessageChannel.SMS;
	}

	@Override
	public Delivery.Result send(Delivery.Outgoing message) {
		String text = settings.ascii() ? MessageText.plain(message.text()) : message.text();
		byte[] body = json.writeValueAsBytes(json.createObjectNode().put("to", message.to()).put("text", text)
			.put("reference", message.id().toString()));
		HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url())).timeout(timeout)
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + (settings.key() == null ? "" : settings.key()))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			int status = response.statusCode();
			JsonNode answer = read(response.body());
			String reason = "HTTP " + status + (answer.path("error").isMissingNode() ? ""
					: ": " + answer.path("error").asString(""));
			if (status / 100 == 2 && !answer.path("id").asString("").isBlank()) {
				return Delivery.Result.accepted(answer.path("id").asString());
			}
			if (status / 100 == 4 && status != 401 && status != 408 && status != 429) {
				return Delivery.Result.refused(reason);
			}
			return Delivery.Result.unavailable(reason);
		}
		catch (HttpTimeoutException e) {
			return Delivery.Result.unavailable("time-out");
		}
		catch (IOException e) {
			return Delivery.Result.unavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Delivery.Result.unavailable("interrupted");
		}
	}

	private JsonNode read(byte[] body) {
		try {
			return json.readTree(body);
		}
		catch (RuntimeException e) {
			return json.createObjectNode();
		}
	}
}
