package vn.motcua.correspondence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An outgoing document (văn bản đi, Nghị định 30/2020/NĐ-CP Art. 10–19): <em>drafted</em> in the decree's layout by
 * an officer, <em>submitted</em> for review, <em>reviewed</em> (Art. 12: the head of the drafting unit checks content
 * and form) and <em>approved</em> by the competent signer, who may send it back to the drafter at either step; the
 * leader <em>signs</em> it (Art. 13, 32.2.d: the competent person's digital signature first); the clerk gives it the
 * <em>number</em> and date of the right register and applies the organisation's signature (Art. 15, 16); the clerk
 * <em>issues</em> it to its recipients the same or the next working day (Art. 16, 17). A document issued is never
 * edited (Art. 18: withdrawn or replaced by a new one).
 */
public class OutgoingDocument {

	public enum Status {
		DRAFT, IN_REVIEW, AWAITING_APPROVAL, APPROVED, SIGNED, NUMBERED, ISSUED
	}

	/** The common series of administrative documents, or the series of legal normative documents (Art. 15.1). */
	public enum Register {
		ADMINISTRATIVE, NORMATIVE
	}

	/** What the drafter writes. */
	public record Draft(Register register, DocumentType type, String draftingUnit, String title, String body,
			SigningAuthority authority, String signer, String signerPosition, List<String> internalRecipients,
			List<String> externalRecipients, String keptCopies) {

		public Draft {
			internalRecipients = internalRecipients == null ? List.of() : List.copyOf(internalRecipients);
			externalRecipients = externalRecipients == null ? List.of() : List.copyOf(externalRecipients);
		}
	}

	Long id;
	final String agencyCode;
	final Draft draft;
	final String drafter;
	final OffsetDateTime createdAt;
	Status status = Status.DRAFT;
	UUID signedPdf;
	UUID issuedPdf;
	Integer year;
	Integer number;
	String numberSymbol;
	LocalDate issuedOn;
	String exchangeStatus;
	int version;
	final List<DocumentStep> steps = new ArrayList<>();
	final List<DocumentStep> newSteps = new ArrayList<>();

	OutgoingDocument(String agencyCode, Draft draft, String drafter, OffsetDateTime createdAt) {
		this.agencyCode = agencyCode;
		this.draft = draft;
		this.drafter = drafter;
		this.createdAt = createdAt;
	}

	static OutgoingDocument drafted(String agencyCode, Draft draft, String drafter, OffsetDateTime at) {
		OutgoingDocument document = new OutgoingDocument(agencyCode, draft, drafter, at);
		document.record(at, drafter, "DRAFTED", null, draft.title());
		return document;
	}

	void submit(OffsetDateTime at, String actor) {
		move(EnumSet.of(Status.DRAFT), Status.IN_REVIEW, at, actor, "SUBMITTED", null);
	}

	/** The reviewer passes it to the signer, or sends it back to the drafter with the reason. */
	void review(boolean passed, String note, OffsetDateTime at, String actor) {
		decide(Status.IN_REVIEW, Status.AWAITING_APPROVAL, passed, note, at, actor, "REVIEWED");
	}

	/** The competent signer approves the text, or sends it back to the drafter with the reason. */
	void approve(boolean approved, String note, OffsetDateTime at, String actor) {
		decide(Status.AWAITING_APPROVAL, Status.APPROVED, approved, note, at, actor, "APPROVED");
	}

	void sign(UUID pdf, OffsetDateTime at, String actor) {
		move(EnumSet.of(Status.APPROVED), Status.SIGNED, at, actor, "SIGNED", null);
		this.signedPdf = pdf;
	}

	void number(int year, int number, String numberSymbol, LocalDate issuedOn, UUID pdf, OffsetDateTime at,
			String actor) {
		move(EnumSet.of(Status.SIGNED), Status.NUMBERED, at, actor, "NUMBERED", numberSymbol);
		this.year = year;
		this.number = number;
		this.numberSymbol = numberSymbol;
		this.issuedOn = issuedOn;
		this.issuedPdf = pdf;
	}

	void issue(String exchangeStatus, OffsetDateTime at, String actor) {
		move(EnumSet.of(Status.NUMBERED), Status.ISSUED, at, actor, "ISSUED", recipientsNote());
		this.exchangeStatus = exchangeStatus;
	}

	/** A status of the national document exchange recorded by the clerk (01 arrived … 06 done, 13 recalled). */
	void exchangeStatus(ExchangeStatus status, OffsetDateTime at, String actor) {
		if (this.status != Status.ISSUED || exchangeStatus == null) {
			throw new CorrespondenceRefused("correspondence.notNow");
		}
		this.exchangeStatus = status.code();
		record(at, actor, "EXCHANGE_" + status.code(), this.status, status.name());
	}

	private String recipientsNote() {
		List<String> all = new ArrayList<>(draft.internalRecipients());
		all.addAll(draft.externalRecipients());
		return String.join("; ", all);
	}

	private void decide(Status from, Status to, boolean passed, String note, OffsetDateTime at, String actor,
			String action) {
		if (passed) {
			move(EnumSet.of(from), to, at, actor, action, blank(note) ? null : note.strip());
		}
		else {
			if (blank(note)) {
				throw new CorrespondenceRefused("correspondence.outgoing.reasonRequired");
			}
			move(EnumSet.of(from), Status.DRAFT, at, actor, "RETURNED", note.strip());
		}
	}

	private void move(Set<Status> allowed, Status to, OffsetDateTime at, String actor, String action, String note) {
		if (!allowed.contains(status)) {
			throw new CorrespondenceRefused("correspondence.notNow");
		}
		Status before = status;
		status = to;
		record(at, actor, action, before, note);
	}

	private void record(OffsetDateTime at, String actor, String action, Status before, String note) {
		DocumentStep step = new DocumentStep(at, actor, action, before == null ? null : before.name(), status.name(),
				note);
		steps.add(step);
		newSteps.add(step);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public Long id() { return id; }
	public String agencyCode() { return agencyCode; }
	public Draft draft() { return draft; }
	public String drafter() { return drafter; }
	public OffsetDateTime createdAt() { return createdAt; }
	public Status status() { return status; }
	public UUID signedPdf() { return signedPdf; }
	public UUID issuedPdf() { return issuedPdf; }
	public Integer year() { return year; }
	public Integer number() { return number; }
	public String numberSymbol() { return numberSymbol; }
	public LocalDate issuedOn() { return issuedOn; }
	public String exchangeStatus() { return exchangeStatus; }
	public List<DocumentStep> steps() { return Collections.unmodifiableList(steps); }
}
