package vn.motcua.correspondence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * An incoming document (văn bản đến, Nghị định 30/2020/NĐ-CP Art. 20–24): received on paper or electronically, it is
 * <em>registered</em> with the incoming number of the year's register (số đến, Art. 22) and presented to a leader;
 * the leader <em>directs</em> it (ý kiến chỉ đạo, Art. 24.1: the handling officer, the supporting ones and the
 * deadline in working days); the handling officer records it <em>done</em> with the result (Art. 24.2, tracking to
 * completion). An unregistered document binds no one, so there is no state before registration.
 */
public class IncomingDocument {

	/** Paper (bản giấy) or electronic (điện tử). */
	public enum Medium {
		PAPER, ELECTRONIC
	}

	public enum Status {
		AWAITING_DIRECTION, IN_HANDLING, DONE
	}

	/** What the clerk types from the document received. */
	public record Receipt(Medium medium, String sender, String numberSymbol, LocalDate documentDate,
			String documentType, String summary, Urgency urgency) {
	}

	Long id;
	final String agencyCode;
	final int year;
	final int incomingNumber;
	final OffsetDateTime receivedAt;
	final LocalDate receivedOn;
	final Receipt receipt;
	final UUID storedPdf;
	Long fromOutgoing;
	Status status = Status.AWAITING_DIRECTION;
	String leader;
	String direction;
	String handler;
	String supporting;
	LocalDate dueOn;
	LocalDate doneOn;
	String result;
	int version;
	final List<DocumentStep> steps = new ArrayList<>();
	final List<DocumentStep> newSteps = new ArrayList<>();

	IncomingDocument(String agencyCode, int year, int incomingNumber, OffsetDateTime receivedAt, LocalDate receivedOn,
			Receipt receipt, UUID storedPdf) {
		this.agencyCode = agencyCode;
		this.year = year;
		this.incomingNumber = incomingNumber;
		this.receivedAt = receivedAt;
		this.receivedOn = receivedOn;
		this.receipt = receipt;
		this.storedPdf = storedPdf;
	}

	static IncomingDocument registered(String agencyCode, int incomingNumber, OffsetDateTime at, LocalDate today,
			Receipt receipt, UUID storedPdf, String leader, String actor) {
		IncomingDocument document = new IncomingDocument(agencyCode, today.getYear(), incomingNumber, at, today,
				receipt, storedPdf);
		document.leader = leader;
		document.record(at, actor, "REGISTERED", null, leader);
		return document;
	}

	/** The leader's direction (Art. 24.1): who handles it, who supports, by when. */
	void direct(String direction, String handler, String supporting, LocalDate dueOn, OffsetDateTime at, String actor) {
		require(Status.AWAITING_DIRECTION);
		if (blank(handler) || dueOn == null) {
			throw new CorrespondenceRefused("correspondence.incoming.directionIncomplete");
		}
		this.direction = blank(direction) ? null : direction.strip();
		this.handler = handler.strip();
		this.supporting = blank(supporting) ? null : supporting.strip();
		this.dueOn = dueOn;
		this.leader = actor;
		Status before = status;
		status = Status.IN_HANDLING;
		record(at, actor, "DIRECTED", before, this.handler + (this.direction == null ? "" : ": " + this.direction));
	}

	void complete(String result, LocalDate today, OffsetDateTime at, String actor) {
		require(Status.IN_HANDLING);
		if (blank(result)) {
			throw new CorrespondenceRefused("correspondence.incoming.resultRequired");
		}
		this.result = result.strip();
		this.doneOn = today;
		Status before = status;
		status = Status.DONE;
		record(at, actor, "DONE", before, this.result);
	}

	private void require(Status allowed) {
		if (status != allowed) {
			throw new CorrespondenceRefused("correspondence.notNow");
		}
	}

	private void record(OffsetDateTime at, String actor, String action, Status before, String note) {
		DocumentStep step = new DocumentStep(at, actor, action, before == null ? null : before.name(), status.name(),
				note);
		steps.add(step);
		newSteps.add(step);
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** “15” — the incoming number as printed in the register. */
	public String incomingLabel() {
		return String.format("%02d", incomingNumber);
	}

	public Long id() { return id; }
	public String agencyCode() { return agencyCode; }
	public int year() { return year; }
	public int incomingNumber() { return incomingNumber; }
	public OffsetDateTime receivedAt() { return receivedAt; }
	public LocalDate receivedOn() { return receivedOn; }
	public Receipt receipt() { return receipt; }
	public UUID storedPdf() { return storedPdf; }
	public Long fromOutgoing() { return fromOutgoing; }
	public Status status() { return status; }
	public String leader() { return leader; }
	public String direction() { return direction; }
	public String handler() { return handler; }
	public String supporting() { return supporting; }
	public LocalDate dueOn() { return dueOn; }
	public LocalDate doneOn() { return doneOn; }
	public String result() { return result; }
	public List<DocumentStep> steps() { return Collections.unmodifiableList(steps); }
}
