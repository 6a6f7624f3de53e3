package vn.motcua.notifications;

import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.shared.VietnameseMessages;

/**
 * {@code POST /api/v1/notifications/receipts}: the SMS gateway's delivery receipts, {@code {"id", "reference",
 * "status": "DELIVERED" | "FAILED", "at"}} with {@code Authorization: Bearer MOTCUA_SMS_KEY} (no officer's account:
 * the gateway is no officer). A receipt updates its message once (a repeated receipt changes nothing); a malformed one
 * is refused with a 400 problem detail and logged; one for a message MotCua does not know answers 404; a wrong key
 * 401. Off (404) while the SMS channel is.
 */
@RestController
class ReceiptController {

	private static final Logger log = LoggerFactory.getLogger(ReceiptController.class);

	private final GatewaySettings settings;

	private final Notifications notifications;

	private final ObjectProvider<NotificationSender> sender;

	private final TransactionTemplate transactions;

	private final VietnameseMessages messages;

	private final JsonMapper json = JsonMapper.builder().build();

	private final java.time.Clock clock;

	ReceiptController(GatewaySettings settings, Notifications notifications, ObjectProvider<NotificationSender> sender,
			TransactionTemplate transactions, MessageSource messages, java.time.Clock clock) {
		this.clock = clock;
		this.settings = settings;
		this.notifications = notifications;
		this.sender = sender;
		this.transactions = transactions;
		this.messages = new VietnameseMessages(messages);
	}

	@PostMapping(path = "/api/v1/notifications/receipts")
	ResponseEntity<ProblemDetail> receipt(@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestBody(required = false) byte[] body) {
		if (!settings.sms().on()) {
			return problem(HttpStatus.NOT_FOUND, "notifications.receipt.off");
		}
		if (!keyMatches(authorization)) {
			log.warn("SMS receipt refused: wrong or missing key");
			return problem(HttpStatus.UNAUTHORIZED, "notifications.receipt.unauthorized");
		}
		JsonNode receipt;
		try {
			receipt = body == null ? null : json.readTree(body);
		}
		catch (RuntimeException e) {
			receipt = null;
		}
		String id = receipt == null ? "" : receipt.path("id").asString("").strip();
		String reference = receipt == null ? "" : receipt.path("reference").asString("").strip();
		String status = receipt == null ? "" : receipt.path("status").asString("").strip();
		Optional<UUID> message = uuid(reference);
		if (id.isEmpty() || message.isEmpty() || !List.of("DELIVERED", "FAILED").contains(status)) {
			log.warn("Malformed SMS receipt refused: {}", body == null ? "(empty)"
					: new String(body, 0, Math.min(body.length, 500), StandardCharsets.UTF_8));
			return problem(HttpStatus.BAD_REQUEST, "notifications.receipt.malformed");
		}
		Boolean known = transactions.execute(tx -> notifications.byGateway(message.get(), id).map(m -> {
			if (m.status().equals("SENDING") || m.status().equals("UNCONFIRMED")) {
				notifications.apply(List.of(sender.getObject().receipt(m, status.equals("DELIVERED"),
						"SMS: " + status)), java.time.OffsetDateTime.now(clock));
			}
			return true;
		}).orElse(false));
		if (!Boolean.TRUE.equals(known)) {
			log.warn("SMS receipt for an unknown message: reference {}, id {}", reference, id);
			return problem(HttpStatus.NOT_FOUND, "notifications.receipt.unknown");
		}
		return ResponseEntity.noContent().build();
	}

	private boolean keyMatches(String authorization) {
		String expected = "Bearer " + (settings.sms().key() == null ? "" : settings.sms().key());
		return authorization != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				authorization.strip().getBytes(StandardCharsets.UTF_8));
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.say(key));
		problem.setTitle(messages.say(key + ".title"));
		problem.setType(URI.create("about:blank"));
		return ResponseEntity.status(status).body(problem);
	}
}
