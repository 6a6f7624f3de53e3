package vn.motcua.simulators;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A simulator of an SMS gateway as MotCua's SMS channel speaks to it (issue 16): {@code POST /sms} with
 * {@code Authorization: Bearer <key>} and {@code {"to", "text", "reference"}}, answered {@code 202 {"id"}} (the
 * gateway's message id); then, after {@code receiptDelay}, a delivery receipt {@code {"id", "reference", "status":
 * "DELIVERED" | "FAILED", "at"}} is posted to {@code receiptsTo} (MotCua's {@code /api/v1/notifications/receipts})
 * when set. A message whose {@code reference} was seen before for the same number is not sent again: the answer is
 * the first one's id (a sender that restarted before it recorded the answer hands the same message again), and the
 * message's {@code handed} count grows, so a test can see that the same message came twice and went out once. A
 * receipt MotCua did not take (not reachable, or any answer but 2xx) is lost, unless {@link #retryReceipts} asks for
 * it to be posted again, as gateways that retry their callbacks do. A number ending in {@code 000} is never delivered
 * (to try the fall-back). Refused: a missing or wrong key (401), a number that is not a Vietnamese mobile number or an
 * empty text (400). What it received: {@code GET /simulator/messages}; faults as every simulator.
 * <p>
 * Receipts on demand: {@code POST /simulator/receipts {"id", "status": "DELIVERED" | "FAILED"}} posts that receipt
 * of a message it received now (and again if asked again, as a gateway may), answered with MotCua's HTTP status;
 * {@code POST /simulator/receipts {"automatic": false}} stops the automatic receipts (true starts them again), so that
 * a test or a demonstration decides when, and what, each receipt says.
 */
public final class SmsGatewaySimulator extends SimulatorServer {

	/** A Vietnamese mobile number: 0 or 84 then nine digits (the first 3, 5, 7, 8 or 9). */
	private static final Pattern MOBILE = Pattern.compile("(0|\\+?84)[35789]\\d{8}");

	/** One message as the gateway received it, with its delivery status and how many times it was handed over. */
	record Message(String id, String to, String text, String reference, String status, int handed) {
	}

	private final String key;

	private final URI receiptsTo;

	private final Clock clock;

	private final Duration receiptDelay;

	/** By id, in the order received; guarded by itself, as {@link #byReference}. */
	private final Map<String, Message> messages = new LinkedHashMap<>();

	/** The id of each message by its number and reference (the deduplication a real gateway must do). */
	private final Map<String, String> byReference = new HashMap<>();

	private volatile int receiptTries = 1;

	private volatile boolean automaticReceipts = true;

	private volatile Duration receiptRetryAfter = Duration.ofSeconds(5);

	private final ScheduledExecutorService receipts = Executors.newSingleThreadScheduledExecutor();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private SmsGatewaySimulator(int port, String key, URI receiptsTo, Duration receiptDelay, Clock clock)
			throws IOException {
		super(port);
		this.clock = clock;
		this.key = key;
		this.receiptsTo = receiptsTo;
		this.receiptDelay = receiptDelay;
	}

	/**
	 * Starts a gateway on {@code port} (0: any) that takes {@code key}; receipts go to {@code receiptsTo} if not null,
	 * dated by {@code clock}.
	 */
	public static SmsGatewaySimulator start(int port, String key, URI receiptsTo, Duration receiptDelay, Clock clock)
			throws IOException {
		SmsGatewaySimulator simulator = new SmsGatewaySimulator(port, key, receiptsTo, receiptDelay, clock);
		simulator.start();
		return simulator;
	}

	/**
	 * Posts a receipt MotCua did not take again, up to {@code tries} times in all, {@code after} apart (default: once,
	 * never again).
	 */
	public SmsGatewaySimulator retryReceipts(int tries, Duration after) {
		this.receiptTries = Math.max(1, tries);
		this.receiptRetryAfter = after;
		return this;
	}

	@Override
	public void close() {
		receipts.shutdownNow();
		super.close();
	}

	@Override
	void handle(HttpExchange exchange, String method, String path) throws IOException {
		if ("GET".equals(method) && path.equals("/simulator/messages")) {
			ObjectNode all = json.createObjectNode();
			var list = all.putArray("messages");
			for (Message m : messages()) {
				list.addObject().put("id", m.id()).put("to", m.to()).put("text", m.text())
					.put("reference", m.reference()).put("status", m.status()).put("handed", m.handed());
			}
			answer(exchange, 200, all);
			return;
		}
		if ("POST".equals(method) && path.equals("/simulator/receipts")) {
			receiptOnDemand(exchange);
			return;
		}
		if (!"POST".equals(method) || !path.equals("/sms")) {
			answer(exchange, 404, error("Không có " + method + " " + path));
			return;
		}
		if (!("Bearer " + key).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			answer(exchange, 401, error("Sai khoá truy cập"));
			return;
		}
		SimulatorFaults.Fault fault = faults.next(false);
		if (fault != null && failedAlike(exchange, fault)) {
			return;
		}
		if (fault != null) {
			switch (fault.kind()) {
				case SESSION_EXPIRED -> {
					answer(exchange, 401, error("Khoá truy cập đã hết hạn"));
					return;
				}
				case REFUSED_FIELD -> {
					answer(exchange, 400, error("Trường " + (fault.field().isEmpty() ? "to" : fault.field())
							+ " không hợp lệ"));
					return;
				}
				case TIMEOUT -> {
					ObjectNode accepted = accept(exchange);
					pause(fault.delaySeconds());
					answer(exchange, accepted.has("id") ? 202 : 400, accepted);
					return;
				}
				default -> {
				}
			}
		}
		ObjectNode accepted = accept(exchange);
		answer(exchange, accepted.has("id") ? 202 : 400, accepted);
	}

	/** Checks and keeps one message, schedules its receipt; the answer ({@code id}, or {@code error}). */
	private ObjectNode accept(HttpExchange exchange) throws IOException {
		JsonNode request = read(exchange);
		if (request == null) {
			return error("Nội dung không phải JSON hợp lệ");
		}
		String to = request.path("to").asString("").strip();
		String text = request.path("text").asString("");
		if (!MOBILE.matcher(to).matches()) {
			return error("Số điện thoại không hợp lệ: " + to);
		}
		if (text.isBlank() || text.length() > 459) {
			return error("Nội dung tin nhắn rỗng hoặc dài quá 3 tin (459 ký tự)");
		}
		String reference = request.path("reference").asString("");
		String status = to.endsWith("000") ? "FAILED" : "DELIVERED";
		String id = UUID.randomUUID().toString();
		synchronized (messages) {
			// a reference seen before is the same message handed again (the sender restarted): sent once, same id
			String earlier = reference.isEmpty() ? null : byReference.get(to + " " + reference);
			if (earlier != null) {
				messages.computeIfPresent(earlier, (k, m) -> new Message(m.id(), m.to(), m.text(), m.reference(),
						m.status(), m.handed() + 1));
				return json.createObjectNode().put("id", earlier);
			}
			messages.put(id, new Message(id, to, text, reference, "SENT", 1));
			if (!reference.isEmpty()) {
				byReference.put(to + " " + reference, id);
			}
		}
		if (automaticReceipts) {
			receipts.schedule(() -> deliver(id, reference, status, 1), receiptDelay.toMillis(), TimeUnit.MILLISECONDS);
		}
		return json.createObjectNode().put("id", id);
	}

	/** {@code {"automatic": bool}} switches the automatic receipts; {@code {"id", "status"}} posts one now. */
	private void receiptOnDemand(HttpExchange exchange) throws IOException {
		JsonNode order = read(exchange);
		if (order != null && order.path("automatic").isBoolean()) {
			automaticReceipts = order.path("automatic").asBoolean();
			answer(exchange, 200, json.createObjectNode().put("automatic", automaticReceipts));
			return;
		}
		String id = order == null ? "" : order.path("id").asString("");
		String status = order == null ? "" : order.path("status").asString("");
		Message message;
		synchronized (messages) {
			message = messages.get(id);
		}
		if (message == null || !("DELIVERED".equals(status) || "FAILED".equals(status))) {
			answer(exchange, message == null ? 404 : 400, error(message == null ? "Không có tin nhắn " + id
					: "status phải là DELIVERED hoặc FAILED"));
			return;
		}
		answer(exchange, 200, json.createObjectNode().put("motcua", deliver(id, message.reference(), status, 1)));
	}

	/**
	 * Records the delivery and posts its receipt (again later when MotCua did not take it and tries are left);
	 * MotCua's HTTP status, or 0 when it could not be reached.
	 */
	private int deliver(String id, String reference, String status, int attempt) {
		synchronized (messages) {
			messages.computeIfPresent(id, (k, m) -> new Message(id, m.to(), m.text(), reference, status, m.handed()));
		}
		if (receiptsTo == null) {
			return 0;
		}
		ObjectNode receipt = json.createObjectNode().put("id", id).put("reference", reference).put("status", status)
			.put("at", OffsetDateTime.now(clock).toString());
		int answered;
		try {
			answered = http.send(HttpRequest.newBuilder(receiptsTo).header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(10))
				.POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(receipt))).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException e) {
			answered = 0; // MotCua not reachable
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 0;
		}
		if (answered / 100 != 2 && attempt < receiptTries && !receipts.isShutdown()) {
			receipts.schedule(() -> deliver(id, reference, status, attempt + 1), receiptRetryAfter.toMillis(),
					TimeUnit.MILLISECONDS);
		}
		return answered;
	}


	List<Message> messages() {
		synchronized (messages) {
			return List.copyOf(messages.values());
		}
	}

	@Override
	void fail(HttpExchange exchange, int status, String message) throws IOException {
		answer(exchange, status, error(message));
	}

	private ObjectNode error(String message) {
		return json.createObjectNode().put("error", message);
	}
}
