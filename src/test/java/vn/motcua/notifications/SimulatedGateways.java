package vn.motcua.notifications;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.simulators.SmsGatewaySimulator;
import vn.motcua.simulators.ZaloNotificationSimulator;

/**
 * The three channels' outside services as real servers for a test context: the SMS gateway and Zalo ZNS simulators
 * over HTTP, and GreenMail as the SMTP server; the {@code motcua.sms.*}, {@code motcua.zns.*} and {@code spring.mail.*}
 * settings pointed at them. Every MotCua template is approved on the ZNS simulator with its parameters. The SMS
 * gateway posts its delivery receipts to MotCua when a test asks ({@link #smsReceipt}), not on its own.
 */
final class SimulatedGateways implements AutoCloseable {

	static final String SMS_KEY = "khoa-sms-thu";

	static final String ZNS_TOKEN = "token-zns-thu";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final SmsGatewaySimulator sms;

	final ZaloNotificationSimulator zns;

	final GreenMail mail;

	private SimulatedGateways(URI receiptsTo) throws Exception {
		Clock clock = Clock.fixed(vn.motcua.TestClock.START.toInstant(), vn.motcua.shared.VietnamTime.ZONE);
		sms = SmsGatewaySimulator.start(0, SMS_KEY, receiptsTo, Duration.ofMillis(50), clock);
		zns = ZaloNotificationSimulator.start(0, ZNS_TOKEN, clock);
		mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		mail.start();
		java.util.Properties bundle = new java.util.Properties();
		try (var in = SimulatedGateways.class.getResourceAsStream("/messages/notifications.properties")) {
			bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (NotificationKind kind : NotificationKind.values()) {
			var template = JSON.createObjectNode().put("template_id", bundle.getProperty(kind.bundleKey() + ".zns"));
			kind.parameters().forEach(template.putArray("params")::add);
			send(znsUrl() + "/simulator/templates", "POST", JSON.writeValueAsString(template));
		}
		send(smsUrl() + "/simulator/receipts", "POST", "{\"automatic\": false}"); // each test says when
	}

	/** Starts the servers and points the context at them; receipts (if not null) go to {@code receiptsTo}. */
	static SimulatedGateways linkedTo(DynamicPropertyRegistry registry, URI receiptsTo) throws Exception {
		SimulatedGateways gateways = new SimulatedGateways(receiptsTo);
		link(registry, gateways);
		return gateways;
	}

	/** Points a context at servers already started. */
	static void link(DynamicPropertyRegistry registry, SimulatedGateways gateways) {
		registry.add("motcua.sms.url", () -> gateways.smsUrl() + "/sms");
		registry.add("motcua.sms.key", () -> SMS_KEY);
		registry.add("motcua.zns.url", gateways::znsUrl);
		registry.add("motcua.zns.access-token", () -> ZNS_TOKEN);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> gateways.mail.getSmtp().getPort());
		registry.add("motcua.mail.from", () -> "motcua@thienphu.gov.vn");
		registry.add("motcua.gateway-timeout", () -> "PT2S");
	}

	String smsUrl() {
		return "http://localhost:" + sms.port();
	}

	String znsUrl() {
		return "http://localhost:" + zns.port();
	}

	/** What the SMS gateway received, for one number. */
	List<JsonNode> smsTo(String phone) {
		return select(get(smsUrl() + "/simulator/messages"), "to", phone);
	}

	/** What ZNS received, for one number in the 84… form. */
	List<JsonNode> znsTo(String phone) {
		return select(get(znsUrl() + "/simulator/messages"), "phone", phone);
	}

	/**
	 * Has the SMS gateway post the receipt of its message {@code id} to MotCua now, over HTTP; MotCua's HTTP status.
	 */
	int smsReceipt(String id, String status) {
		return JSON.readTree(send(smsUrl() + "/simulator/receipts", "POST",
				"{\"id\": \"" + id + "\", \"status\": \"" + status + "\"}")).path("motcua").asInt();
	}

	void smsFault(String fault) {
		send(smsUrl() + "/simulator/faults", "POST", fault);
	}

	void smsBack() {
		send(smsUrl() + "/simulator/faults", "DELETE", "");
	}

	private static List<JsonNode> select(JsonNode all, String field, String value) {
		List<JsonNode> found = new ArrayList<>();
		all.path("messages").forEach(m -> {
			if (m.path(field).asString().equals(value)) {
				found.add(m);
			}
		});
		return found;
	}

	private static JsonNode get(String url) {
		return JSON.readTree(send(url, "GET", null));
	}

	private static String send(String url, String method, String body) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** Waits until the condition holds (the sender works on its own schedule), at most {@code limit}. */
	static void await(BooleanSupplier condition, Duration limit) {
		long end = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("not within " + limit);
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

	@Override
	public void close() {
		sms.close();
		zns.close();
		mail.stop();
	}
}
