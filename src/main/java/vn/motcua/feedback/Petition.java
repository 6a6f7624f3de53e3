package vn.motcua.feedback;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A feedback or petition (phản ánh, kiến nghị) about a procedure rule or an officer's conduct, optionally about one
 * dossier. Lifecycle: it is <em>filed</em> by anyone and gets a tracking code; within the refusal deadline an officer
 * <em>refuses</em> it (out of scope, with a reason) or <em>classifies</em> it (feedback or proposal) and it is
 * <em>assigned</em>; the officer may <em>ask for more information</em> (the petitioner adds it, the answer deadline
 * runs again from then); the officer <em>answers</em> it, and may <em>publish</em> the answer; the petitioner
 * <em>rates</em> the answer and may <em>reopen</em> it once, which asks for a new answer. Deadlines are working days
 * from the day of filing (or of reopening / of the added information), see {@link PetitionDeadlines}.
 */
public class Petition {

	public enum Subject {
		PROCEDURE_RULE, OFFICER_CONDUCT, OTHER
	}

	/** Phản ánh (about how things are done) or kiến nghị (a proposal to change a rule). */
	public enum Kind {
		FEEDBACK, PROPOSAL
	}

	public enum Status {
		RECEIVED, IN_PROGRESS, AWAITING_INFORMATION, REFUSED, ANSWERED, REOPENED;

		public boolean open() {
			return this == RECEIVED || this == IN_PROGRESS || this == AWAITING_INFORMATION || this == REOPENED;
		}
	}

	public enum Rating {
		SATISFIED, NOT_SATISFIED
	}

	/** One recorded action (who, when, what, a note shown to the petitioner when public). */
	public record Step(OffsetDateTime at, String actor, String action, String note) {
	}

	Long id;
	final String code;
	final String agencyCode;
	final Subject subject;
	final String dossierCode;
	final String title;
	final String content;
	final String petitionerName;
	final String petitionerContact;
	final OffsetDateTime receivedAt;
	final LocalDate receivedOn;
	Status status;
	Kind kind;
	String assignee;
	LocalDate refuseBy;
	LocalDate moreInfoBy;
	LocalDate answerBy;
	String informationRequest;
	String refusalReason;
	String answer;
	LocalDate answeredOn;
	boolean published;
	Rating petitionerRating;
	boolean reopened;
	int version;
	final List<Step> steps = new ArrayList<>();
	final List<Step> newSteps = new ArrayList<>();

	Petition(String code, String agencyCode, Subject subject, String dossierCode, String title, String content,
			String petitionerName, String petitionerContact, OffsetDateTime receivedAt, LocalDate receivedOn) {
		this.code = code;
		this.agencyCode = agencyCode;
		this.subject = subject;
		this.dossierCode = dossierCode;
		this.title = title;
		this.content = content;
		this.petitionerName = petitionerName;
		this.petitionerContact = petitionerContact;
		this.receivedAt = receivedAt;
		this.receivedOn = receivedOn;
	}

	static Petition filed(String code, String agencyCode, Subject subject, String dossierCode, String title,
			String content, String petitionerName, String petitionerContact, OffsetDateTime at, LocalDate today,
			LocalDate refuseBy, LocalDate moreInfoBy, LocalDate answerBy) {
		Petition petition = new Petition(code, agencyCode, subject, dossierCode, title, content, petitionerName,
				petitionerContact, at, today);
		petition.status = Status.RECEIVED;
		petition.refuseBy = refuseBy;
		petition.moreInfoBy = moreInfoBy;
		petition.answerBy = answerBy;
		petition.record(at, "citizen", "FILED", null);
		return petition;
	}

	void classify(Kind kind, String assignee, OffsetDateTime at, String actor) {
		require(EnumSet.of(Status.RECEIVED, Status.IN_PROGRESS, Status.REOPENED));
		if (kind == null || assignee == null || assignee.isBlank()) {
			throw new FeedbackRefused("feedback.petition.classifyIncomplete");
		}
		this.kind = kind;
		this.assignee = assignee.strip();
		if (status == Status.RECEIVED) {
			status = Status.IN_PROGRESS;
		}
		record(at, actor, "CLASSIFIED", kind + " → " + this.assignee);
	}

	void askForInformation(String request, OffsetDateTime at, String actor) {
		require(EnumSet.of(Status.RECEIVED, Status.IN_PROGRESS, Status.REOPENED));
		text(request);
		this.informationRequest = request.strip();
		status = Status.AWAITING_INFORMATION;
		record(at, actor, "INFORMATION_REQUESTED", informationRequest);
	}

	void addInformation(String information, OffsetDateTime at, LocalDate newAnswerBy) {
		require(EnumSet.of(Status.AWAITING_INFORMATION));
		text(information);
		status = assignee == null ? Status.RECEIVED : Status.IN_PROGRESS;
		answerBy = newAnswerBy;
		record(at, "citizen", "INFORMATION_ADDED", information.strip());
	}

	void refuse(String reason, OffsetDateTime at, String actor) {
		require(EnumSet.of(Status.RECEIVED, Status.IN_PROGRESS, Status.AWAITING_INFORMATION));
		text(reason);
		this.refusalReason = reason.strip();
		status = Status.REFUSED;
		record(at, actor, "REFUSED", refusalReason);
	}

	void answer(String text, boolean publish, OffsetDateTime at, LocalDate today, String actor) {
		require(EnumSet.of(Status.RECEIVED, Status.IN_PROGRESS, Status.REOPENED));
		text(text);
		this.answer = text.strip();
		this.answeredOn = today;
		this.published = publish;
		this.petitionerRating = null;
		status = Status.ANSWERED;
		record(at, actor, publish ? "ANSWERED_PUBLISHED" : "ANSWERED", null);
	}

	void rate(Rating rating, OffsetDateTime at) {
		require(EnumSet.of(Status.ANSWERED));
		if (rating == null) {
			throw new FeedbackRefused("feedback.petition.ratingRequired");
		}
		this.petitionerRating = rating;
		record(at, "citizen", "RATED_" + rating.name(), null);
	}

	void reopen(String reason, OffsetDateTime at, LocalDate newAnswerBy) {
		require(EnumSet.of(Status.ANSWERED));
		if (reopened) {
			throw new FeedbackRefused("feedback.petition.reopenedAlready");
		}
		text(reason);
		this.reopened = true;
		this.answerBy = newAnswerBy;
		status = Status.REOPENED;
		record(at, "citizen", "REOPENED", reason.strip());
	}

	/** The deadline that matters now: the refusal deadline while unclassified, else the answer deadline. */
	public LocalDate nextDeadline() {
		return status == Status.RECEIVED ? refuseBy : answerBy;
	}

	public boolean mayReopen() {
		return status == Status.ANSWERED && !reopened;
	}

	private void require(Set<Status> allowed) {
		if (!allowed.contains(status)) {
			throw new FeedbackRefused("feedback.petition.notNow");
		}
	}

	private static void text(String text) {
		if (text == null || text.isBlank()) {
			throw new FeedbackRefused("feedback.petition.textRequired");
		}
	}

	private void record(OffsetDateTime at, String actor, String action, String note) {
		Step step = new Step(at, actor, action, note);
		steps.add(step);
		newSteps.add(step);
	}

	public String code() { return code; }
	public String agencyCode() { return agencyCode; }
	public Subject subject() { return subject; }
	public String dossierCode() { return dossierCode; }
	public String title() { return title; }
	public String content() { return content; }
	public String petitionerName() { return petitionerName; }
	public String petitionerContact() { return petitionerContact; }
	public OffsetDateTime receivedAt() { return receivedAt; }
	public LocalDate receivedOn() { return receivedOn; }
	public Status status() { return status; }
	public Kind kind() { return kind; }
	public String assignee() { return assignee; }
	public LocalDate refuseBy() { return refuseBy; }
	public LocalDate moreInfoBy() { return moreInfoBy; }
	public LocalDate answerBy() { return answerBy; }
	public String informationRequest() { return informationRequest; }
	public String refusalReason() { return refusalReason; }
	public String answer() { return answer; }
	public LocalDate answeredOn() { return answeredOn; }
	public boolean published() { return published; }
	public Rating petitionerRating() { return petitionerRating; }
	public boolean reopened() { return reopened; }
	public List<Step> steps() { return Collections.unmodifiableList(steps); }
}
