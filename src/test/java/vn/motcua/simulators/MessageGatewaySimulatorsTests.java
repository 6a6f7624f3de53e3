package vn.motcua.simulators;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The SMS gateway and Zalo ZNS simulators over real HTTP: messages accepted or refused, receipts, statuses, faults. */
class MessageGatewaySimulatorsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final HttpClient http = HttpClient.newHttpClient();

	final Clock clock = Clock.fixed(TestClock.START.toInstant(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

	AutoCloseable sms;

	AutoCloseable zns;

	HttpServer receiver;

	@AfterEach
	void stop() throws Exception {
		for (AutoCloseable c : new AutoCloseable[] { sms, zns }) {
			if (c != null) {
				c.close();
			}
		}
		if (receiver != null) {
			receiver.stop(0);
		}
	}

	@Test
	void anSmsIsAcceptedWithAnIdAndItsDeliveryReceiptIsPostedBackAFailingNumberIsReportedFailed() throws Exception {
		LinkedBlockingQueue<JsonNode> receipts = new LinkedBlockingQueue<>();
		receiver = HttpServer.create(new InetSocketAddress(0), 8);
		receiver.createContext("/receipts", exchange -> {
			try (exchange) {
				assertThat(exchange.getRequestHeaders().getFirst("Authorization")).isEqualTo("Bearer k");
				receipts.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
				exchange.sendResponseHeaders(204, -1);
			}
		});
		receiver.start();
		SmsGatewaySimulator gateway = SmsGatewaySimulator.start(0, "k",
				URI.create("http://localhost:" + receiver.getAddress().getPort() + "/receipts"), Duration.ofMillis(50),
				clock);
		sms = gateway;
		String base = "http://localhost:" + gateway.port();
		HttpResponse<String> sent = post(base + "/sms", "Bearer k", null,
				"{\"to\": \"0912345678\", \"text\": \"Ho so 14908-261124-0001 da duoc tiep nhan\", \"reference\": \"m-1\"}");
		assertThat(sent.statusCode()).isEqualTo(202);
		String id = JSON.readTree(sent.body()).path("id").asString();
		JsonNode receipt = receipts.poll(5, TimeUnit.SECONDS);
		assertThat(receipt).isNotNull();
		assertThat(receipt.path("id").asString()).isEqualTo(id);
		assertThat(receipt.path("reference").asString()).isEqualTo("m-1");
		assertThat(receipt.path("status").asString()).isEqualTo("DELIVERED");
		assertThat(java.time.OffsetDateTime.parse(receipt.path("at").asString()).toInstant()).isEqualTo(TestClock.START.toInstant());

		post(base + "/sms", "Bearer k", null, "{\"to\": \"0912345000\", \"text\": \"Thu\", \"reference\": \"m-2\"}");
		assertThat(receipts.poll(5, TimeUnit.SECONDS).path("status").asString()).isEqualTo("FAILED");
		assertThat(post(base + "/sms", "Bearer x", null, "{\"to\": \"0912345678\", \"text\": \"a\"}").statusCode())
			.isEqualTo(401);
		HttpResponse<String> badNumber = post(base + "/sms", "Bearer k", null, "{\"to\": \"12345\", \"text\": \"a\"}");
		assertThat(badNumber.statusCode()).isEqualTo(400);
		assertThat(badNumber.body()).contains("Số điện thoại không hợp lệ");
		post(base + "/simulator/faults", null, null, "{\"kind\": \"RATE_LIMITED\", \"retryAfterSeconds\": 9}");
		HttpResponse<String> limited = post(base + "/sms", "Bearer k", null, "{\"to\": \"0912345678\", \"text\": \"a\"}");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).contains("9");
		assertThat(gateway.messages()).extracting(SmsGatewaySimulator.Message::reference).containsExactly("m-1", "m-2");

		// receipts on demand: none on its own once told so; one (or the same again) when asked
		post(base + "/simulator/receipts", null, null, "{\"automatic\": false}");
		String held = JSON.readTree(post(base + "/sms", "Bearer k", null,
				"{\"to\": \"0912345679\", \"text\": \"Thu\", \"reference\": \"m-3\"}").body()).path("id").asString();
		assertThat(receipts.poll(500, TimeUnit.MILLISECONDS)).as("no receipt until asked").isNull();
		HttpResponse<String> asked = post(base + "/simulator/receipts", null, null,
				"{\"id\": \"" + held + "\", \"status\": \"FAILED\"}");
		assertThat(JSON.readTree(asked.body()).path("motcua").asInt()).isEqualTo(204);
		JsonNode onDemand = receipts.poll(5, TimeUnit.SECONDS);
		assertThat(onDemand.path("reference").asString()).isEqualTo("m-3");
		assertThat(onDemand.path("status").asString()).isEqualTo("FAILED");
		assertThat(post(base + "/simulator/receipts", null, null, "{\"id\": \"khong-co\", \"status\": \"FAILED\"}")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void anSmsHandedAgainWithItsReferenceIsSentOnceAndARefusedReceiptIsPostedAgainWhenAsked() throws Exception {
		LinkedBlockingQueue<String> receipts = new LinkedBlockingQueue<>();
		java.util.concurrent.atomic.AtomicInteger refuse = new java.util.concurrent.atomic.AtomicInteger(2);
		receiver = HttpServer.create(new InetSocketAddress(0), 8);
		receiver.createContext("/receipts", exchange -> {
			try (exchange) {
				exchange.getRequestBody().readAllBytes();
				boolean refused = refuse.getAndDecrement() > 0; // MotCua does not know the message yet: 404
				receipts.add(refused ? "refused" : "taken");
				exchange.sendResponseHeaders(refused ? 404 : 204, -1);
			}
		});
		receiver.start();
		SmsGatewaySimulator gateway = SmsGatewaySimulator.start(0, "k",
				URI.create("http://localhost:" + receiver.getAddress().getPort() + "/receipts"), Duration.ofMillis(50),
				clock).retryReceipts(5, Duration.ofMillis(50));
		sms = gateway;
		String base = "http://localhost:" + gateway.port();
		String message = "{\"to\": \"0912345678\", \"text\": \"Ho so da duoc tiep nhan\", \"reference\": \"m-7\"}";
		String first = JSON.readTree(post(base + "/sms", "Bearer k", null, message).body()).path("id").asString();
		String again = JSON.readTree(post(base + "/sms", "Bearer k", null, message).body()).path("id").asString();
		String otherNumber = JSON.readTree(post(base + "/sms", "Bearer k", null, message.replace("0912345678",
				"0987654321")).body()).path("id").asString();

		assertThat(again).as("the same message handed again: the first one's id").isEqualTo(first);
		assertThat(otherNumber).isNotEqualTo(first);
		assertThat(gateway.messages()).extracting(SmsGatewaySimulator.Message::id, SmsGatewaySimulator.Message::handed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(first, 2), org.assertj.core.groups.Tuple.tuple(otherNumber, 1));
		JsonNode listed = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/simulator/messages")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		assertThat(listed.path("messages").get(0).path("handed").asInt()).isEqualTo(2);
		java.util.List<String> told = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			told.add(receipts.poll(5, TimeUnit.SECONDS));
		}
		assertThat(told).as("two receipts, posted again until taken").containsOnly("refused", "taken")
			.filteredOn("taken"::equals).hasSize(2);
		assertThat(receipts.poll(300, TimeUnit.MILLISECONDS)).as("nothing posted once taken").isNull();
	}

	@Test
	void aZaloMessageNeedsAnApprovedTemplateFilledExactlyAndItsStatusCanBeAsked() throws Exception {
		ZaloNotificationSimulator simulator = ZaloNotificationSimulator.start(0, "t", clock);
		zns = simulator;
		String base = "http://localhost:" + simulator.port();
		String message = """
				{"phone": "84912345678", "template_id": "301", "tracking_id": "m-1",
				 "template_data": {"ma_ho_so": "14908-261124-0001", "ngay_hen_tra": "26/11/2026"}}""";
		assertThat(JSON.readTree(post(base + "/message/template", null, "t", message).body()).path("message")
			.asString()).contains("chưa được duyệt");
		post(base + "/simulator/templates", null, null, "{\"template_id\": \"301\", \"params\": [\"ma_ho_so\", \"ngay_hen_tra\"]}");
		JsonNode sent = JSON.readTree(post(base + "/message/template", null, "t", message).body());
		assertThat(sent.path("error").asInt()).isZero();
		String id = sent.path("data").path("msg_id").asString();
		JsonNode status = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/message/status?message_id="
				+ id + "&phone=84912345678")).header("access_token", "t").build(), HttpResponse.BodyHandlers.ofString())
			.body());
		assertThat(status.path("data").path("status").asInt()).isEqualTo(1);

		assertThat(JSON.readTree(post(base + "/message/template", null, "wrong", message).body()).path("error")
			.asInt()).isEqualTo(-124);
		assertThat(JSON.readTree(post(base + "/message/template", null, "t", message.replace("84912345678",
				"0912345678")).body()).path("error").asInt()).isEqualTo(-108);
		assertThat(JSON.readTree(post(base + "/message/template", null, "t", message.replace(", \"ngay_hen_tra\": \"26/11/2026\"",
				"")).body()).path("message").asString()).contains("đúng các tham số");
		JsonNode noZalo = JSON.readTree(post(base + "/message/template", null, "t",
				message.replace("84912345678", "84912345000")).body());
		JsonNode undelivered = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base
				+ "/message/status?message_id=" + noZalo.path("data").path("msg_id").asString() + "&phone=84912345000"))
			.header("access_token", "t").build(), HttpResponse.BodyHandlers.ofString()).body());
		assertThat(undelivered.path("data").path("status").asInt()).isEqualTo(-1);
		assertThat(simulator.messages()).hasSize(2);
	}

	private HttpResponse<String> post(String url, String authorization, String accessToken, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (accessToken != null) {
			request.header("access_token", accessToken);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
