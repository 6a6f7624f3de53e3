package vn.motcua.simulators;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A simulator of Zalo's notification service (ZNS) as MotCua's Zalo channel speaks to it (issue 16): the published
 * {@code POST /message/template} with an {@code access_token} header and {@code {"phone": "84…", "template_id",
 * "template_data", "tracking_id"}}, answered {@code {"error": 0, "message": "Success", "data": {"msg_id",
 * "sent_time"}}}, and {@code GET /message/status?message_id=…&phone=…}. Only approved templates are sent: a template
 * is approved with its parameters by {@code POST /simulator/templates {"template_id", "params": […]}}, and a message
 * must fill exactly those parameters, each at most 400 characters. Refusals answer a non-zero {@code error}
 * (-124 for a wrong access token and -108 for a phone number that is not in the 84… form, as Zalo answers them; -1
 * for the rest, with a message). A number ending in {@code 000} has no Zalo account: accepted, never delivered (to
 * try the fall-back to SMS). A {@code tracking_id} seen before for the same phone is the same message handed again: not sent twice,
 * answered with the first one's {@code msg_id}. What it received: {@code GET /simulator/messages}; faults as every simulator.
 */
public final class ZaloNotificationSimulator extends SimulatorServer {

	/** One message sent, as ZNS keeps it. */
	record Message(String id, String phone, String templateId, JsonNode data, String trackingId, long sentAt,
			boolean delivered) {
	}

	private final String accessToken;

	private final Clock clock;

	private final Map<String, Set<String>> templates = new ConcurrentHashMap<>();

	/** What it received, by its id, in the order received. */
	private final Map<String, Message> messages = new LinkedHashMap<>();

	/** The message sent for each tracking id and phone (a gateway's index, not a scan of everything it received). */
	private final Map<String, Message> byTracking = new HashMap<>();

	private ZaloNotificationSimulator(int port, String accessToken, Clock clock) throws IOException {
		super(port);
		this.accessToken = accessToken;
		this.clock = clock;
	}

	/** Starts ZNS on {@code port} (0: any) that takes {@code accessToken}. */
	public static ZaloNotificationSimulator start(int port, String accessToken, Clock clock) throws IOException {
		ZaloNotificationSimulator simulator = new ZaloNotificationSimulator(port, accessToken, clock);
		simulator.start();
		return simulator;
	}

	@Override
	void handle(HttpExchange exchange, String method, String path) throws IOException {
		switch (method + " " + path) {
			case "POST /simulator/templates" -> {
				JsonNode template = read(exchange);
				String id = template == null ? "" : template.path("template_id").asString("").strip();
				if (id.isEmpty()) {
					answer(exchange, 400, refusal(-1, "Thiếu template_id"));
					return;
				}
				Set<String> params = new TreeSet<>();
				template.path("params").values().forEach(p -> params.add(p.asString()));
				templates.put(id, params);
				answer(exchange, 200, json.createObjectNode().put("error", 0));
			}
			case "GET /simulator/messages" -> {
				ObjectNode all = json.createObjectNode();
				var list = all.putArray("messages");
				for (Message m : messages()) {
					ObjectNode item = list.addObject().put("msg_id", m.id()).put("phone", m.phone())
						.put("template_id", m.templateId()).put("tracking_id", m.trackingId())
						.put("delivered", m.delivered());
					item.set("template_data", m.data());
				}
				answer(exchange, 200, all);
			}
			case "POST /message/template" -> send(exchange);
			case "GET /message/status" -> status(exchange);
			default -> answer(exchange, 404, refusal(-1, "Không có " + method + " " + path));
		}
	}

	private void send(HttpExchange exchange) throws IOException {
		if (!accessToken.equals(exchange.getRequestHeaders().getFirst("access_token"))) {
			answer(exchange, 200, refusal(-124, "Access token is invalid"));
			return;
		}
		SimulatorFaults.Fault fault = faults.next(false);
		if (fault != null && failedAlike(exchange, fault)) {
			return;
		}
		if (fault != null) {
			switch (fault.kind()) {
				case SESSION_EXPIRED -> {
					answer(exchange, 200, refusal(-124, "Access token is invalid"));
					return;
				}
				case REFUSED_FIELD -> {
					answer(exchange, 200, refusal(-1, "Tham số " + fault.field() + " không hợp lệ"));
					return;
				}
				case TIMEOUT -> {
					ObjectNode late = accept(read(exchange));
					pause(fault.delaySeconds());
					answer(exchange, 200, late);
					return;
				}
				default -> {
				}
			}
		}
		answer(exchange, 200, accept(read(exchange)));
	}

	private ObjectNode accept(JsonNode request) {
		if (request == null) {
			return refusal(-1, "Body is not JSON");
		}
		String phone = request.path("phone").asString("").strip();
		if (!phone.matches("84[35789]\\d{8}")) {
			return refusal(-108, "Phone number is invalid");
		}
		String templateId = request.path("template_id").asString("").strip();
		Set<String> params = templates.get(templateId);
		if (params == null) {
			return refusal(-1, "Template " + templateId + " chưa được duyệt");
		}
		JsonNode data = request.path("template_data");
		Set<String> given = new TreeSet<>();
		data.properties().forEach(p -> given.add(p.getKey()));
		if (!given.equals(params)) {
			return refusal(-1, "template_data phải có đúng các tham số " + params + ", không phải " + given);
		}
		for (var p : data.properties()) {
			if (p.getValue().asString("").length() > 400) {
				return refusal(-1, "Tham số " + p.getKey() + " dài quá 400 ký tự");
			}
		}
		String tracking = request.path("tracking_id").asString("");
		long sentAt = Instant.now(clock).toEpochMilli();
		Message message = new Message(UUID.randomUUID().toString().replace("-", ""), phone, templateId,
				data.deepCopy(), tracking, sentAt, !phone.endsWith("000"));
		synchronized (messages) {
			Message earlier = tracking.isEmpty() ? null : byTracking.putIfAbsent(tracking + '\n' + phone, message);
			if (earlier != null) {
				ObjectNode again = json.createObjectNode().put("error", 0).put("message", "Success");
				again.putObject("data").put("msg_id", earlier.id()).put("sent_time", String.valueOf(earlier.sentAt()));
				return again;
			}
			messages.put(message.id(), message);
		}
		ObjectNode answer = json.createObjectNode().put("error", 0).put("message", "Success");
		answer.putObject("data").put("msg_id", message.id()).put("sent_time", String.valueOf(sentAt));
		return answer;
	}

	private void status(HttpExchange exchange) throws IOException {
		if (!accessToken.equals(exchange.getRequestHeaders().getFirst("access_token"))) {
			answer(exchange, 200, refusal(-124, "Access token is invalid"));
			return;
		}
		String query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
		String id = query.replaceAll(".*(?:^|&)message_id=([^&]*).*", "$1");
		Message found;
		synchronized (messages) {
			found = messages.get(id);
		}
		if (found == null) {
			answer(exchange, 200, refusal(-1, "Message not found"));
			return;
		}
		ObjectNode answer = json.createObjectNode().put("error", 0).put("message", "Success");
		ObjectNode data = answer.putObject("data").put("status", found.delivered() ? 1 : -1)
			.put("message", found.delivered() ? "Delivered" : "User has no Zalo account");
		if (found.delivered()) {
			data.put("delivery_time", String.valueOf(found.sentAt()));
		}
		answer(exchange, 200, answer);
	}

	List<Message> messages() {
		synchronized (messages) {
			return List.copyOf(messages.values());
		}
	}

	@Override
	void fail(HttpExchange exchange, int status, String message) throws IOException {
		answer(exchange, status, refusal(-1, message));
	}

	private ObjectNode refusal(int code, String message) {
		return json.createObjectNode().put("error", code).put("message", message);
	}
}
