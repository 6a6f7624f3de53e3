package vn.motcua.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.motcua.dossier.Decision;

/**
 * The events of one made-up dossier in the import format (legal-rules.md §5), in time order: an event drawn before
 * the one before it is moved ten minutes after it; an event after {@code now} and everything after it are left out
 * (the dossier stays open).
 */
final class DemoEvents {

	private final StringBuilder json = new StringBuilder("[");

	private final OffsetDateTime now;

	private OffsetDateTime last;

	private boolean cut;

	DemoEvents(OffsetDateTime received, OffsetDateTime now) {
		this.last = received;
		this.now = now;
	}

	/** Adds the event; false when it happens after {@code now} and was left out. */
	boolean add(String type, OffsetDateTime at, String reason) {
		return append(new DemoJson().field("type", type), at, reason);
	}

	boolean addExtension(OffsetDateTime at, LocalDate newDueDate) {
		return append(new DemoJson().field("type", "EXTENDED").field("newDueDate", newDueDate.toString()), at,
				"Cần xác minh thêm thông tin");
	}

	boolean addResolution(OffsetDateTime at, Decision decision) {
		return append(new DemoJson().field("type", "RESOLVED").field("outcome", decision.name()), at,
				decision == Decision.REFUSED ? "Hồ sơ không đủ điều kiện theo quy định" : null);
	}

	/** The events as a JSON array. */
	String json() {
		return json.toString() + "]";
	}

	private boolean append(DemoJson event, OffsetDateTime at, String reason) {
		OffsetDateTime when = at.isAfter(last) ? at : last.plusMinutes(10);
		if (cut || when.isAfter(now)) {
			cut = true;
			return false;
		}
		last = when;
		json.append(json.length() > 1 ? "," : "").append(event.field("at", when.toString())
			.field("reason", reason).end());
		return true;
	}
}
