package vn.motcua.notifications;

import java.util.Map;
import java.util.UUID;

import vn.motcua.dossier.MessageChannel;

/** What passes between the sender and a channel's gateway. */
final class Delivery {

	private Delivery() {
	}

	/**
	 * One message to hand over: {@code id} is the reference a gateway deduplicates on (the same message handed twice
	 * after a crash is sent once), {@code to} the phone or address for the channel.
	 */
	record Outgoing(UUID id, NotificationKind kind, String dossierCode, String to, String text,
			Map<String, String> params, String znsTemplateId) {
	}

	/** How a gateway answered. */
	enum Answer {
		/** Accepted for delivery ({@code gatewayId}); its delivery is reported later (receipt or status). */
		ACCEPTED,
		/** Delivered (or, for e-mail, accepted by the mail server, all SMTP can tell). */
		DELIVERED,
		/** Accepted earlier, delivery not known yet. */
		PENDING,
		/** The gateway could not be reached or was busy: try again later on the same channel. */
		UNAVAILABLE,
		/** The gateway refused this message or could not deliver it (number without Zalo, bad address): next channel. */
		REFUSED
	}

	/** A gateway's answer with its message id (ACCEPTED, DELIVERED) or its reason (UNAVAILABLE, REFUSED). */
	record Result(Answer answer, String gatewayId, String reason) {

		static Result accepted(String gatewayId) {
			return new Result(Answer.ACCEPTED, gatewayId, null);
		}

		static Result delivered(String gatewayId) {
			return new Result(Answer.DELIVERED, gatewayId, null);
		}

		static Result pending() {
			return new Result(Answer.PENDING, null, null);
		}

		static Result unavailable(String reason) {
			return new Result(Answer.UNAVAILABLE, null, reason);
		}

		static Result refused(String reason) {
			return new Result(Answer.REFUSED, null, reason);
		}
	}

	/** One channel's outside service. */
	interface Gateway {

		MessageChannel channel();

		/** Hands the message over; never throws for what the service answers or for a network failure. */
		Result send(Outgoing message);

		/** The delivery of a message the gateway accepted, for a gateway that is asked (ZNS); others wait for receipts. */
		default Result status(String gatewayId, String to) {
			return Result.pending();
		}
	}
}
