package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnamTime;

/**
 * A dossier (hồ sơ) for one administrative procedure, from the counter to the result.
 * <p>
 * It is <em>submitted</em> online or brought to the counter; the receiving officer accepts it (Mẫu 01: the legal clock
 * starts), or does not (Mẫu 02 incomplete, Mẫu 03 refused). Accepted, it is <em>assigned</em> to a specialist of the
 * competent unit, who <em>proposes</em> a decision; the leader <em>decides</em> (approve with a result, or refuse with a
 * written reason): the dossier is <em>resolved</em> that day. The result is digitised and <em>returned</em> to the
 * applicant. On the way a supplement may be requested (the clock stops, then restarts or resumes), the due date may be
 * extended once with an apology (Mẫu 04), and the applicant may stop the dossier before a decision (Mẫu 05). Every
 * action is recorded as a {@link DossierStep}. Due dates come from the calendar; this class only enforces the order,
 * which {@link DossierTransition} declares once. A liên thông dossier goes out to other agencies and back
 * ({@link InteragencyTransfer}) while under review, without changing its state. It is longer than 300 lines on
 * purpose: it is the aggregate, every rule of a dossier's legal life is checked here and nowhere else, and splitting
 * it would spread those rules.
 */
public class Dossier {

	private Long id;

	private String code;

	private final String agencyCode;

	private final ProcedureSnapshot procedure;

	private final SubmissionChannel channel;

	private final boolean assisted;

	private final Applicant applicant;

	private DossierStatus status;

	private final OffsetDateTime submittedAt;

	private OffsetDateTime receivedAt;

	private LocalDate startDate;

	private LocalDate dueDate;

	private OffsetDateTime dueAt;

	private LocalDate extendedDueDate;

	private String extensionReason;

	private String specialist;

	private Decision proposal;

	private Decision decision;

	private String decisionReason;

	private LocalDate resolvedOn;

	private String returnMethod;

	private String closingReason;

	private LocalDate supplementLapsesOn;

	private long feeDue;

	private int version;

	private final List<DossierDocument> documents;

	private final List<SupplementCycle> supplements;

	private final List<DossierStep> steps;

	private final List<DossierStep> newSteps = new ArrayList<>();

	private final List<InteragencyTransfer> transfers = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	Dossier(Long id, String code, String agencyCode, ProcedureSnapshot procedure, SubmissionChannel channel,
			boolean assisted, Applicant applicant, DossierStatus status, OffsetDateTime submittedAt,
			List<DossierDocument> documents, List<SupplementCycle> supplements, List<DossierStep> steps) {
		this.id = id;
		this.code = code;
		this.agencyCode = agencyCode;
		this.procedure = procedure;
		this.channel = channel;
		this.assisted = assisted;
		this.applicant = applicant;
		this.status = status;
		this.submittedAt = submittedAt;
		this.documents = new ArrayList<>(documents);
		this.supplements = new ArrayList<>(supplements);
		this.steps = new ArrayList<>(steps);
	}

	/** A dossier handed in at the counter, by post, or online, before the receiving officer's check. */
	static Dossier submitted(String agencyCode, ProcedureSnapshot procedure, SubmissionChannel channel, boolean assisted,
			Applicant applicant, List<DossierDocument> documents, OffsetDateTime at, String actor) {
		Dossier dossier = new Dossier(null, null, agencyCode, procedure, channel, assisted, applicant,
				DossierStatus.SUBMITTED, at, documents, List.of(), List.of());
		dossier.record(at, actor, DossierTransition.SUBMIT.stepAction(), null, DossierStatus.SUBMITTED, null, null);
		return dossier;
	}

	/** The receiving officer accepts the dossier (Mẫu 01): the legal clock runs from {@code startDate}. */
	void accept(OffsetDateTime at, String actor, LocalDate startDate, LocalDate dueDate, OffsetDateTime dueAt,
			long feeDue) {
		accept(at, actor, startDate, dueDate, dueAt, feeDue, null);
	}

	/**
	 * As above; {@code feeNote} is written on the receipt step: the conditional fee exemption the counter found to hold
	 * (e.g. khai tử registered on time, Luật Hộ tịch 60/2014/QH13 Điều 11 khoản 1), so the fee due can be explained.
	 */
	void accept(OffsetDateTime at, String actor, LocalDate startDate, LocalDate dueDate, OffsetDateTime dueAt,
			long feeDue, String feeNote) {
		DossierTransition.ACCEPT.check(status);
		requireInOrder(at);
		this.receivedAt = at;
		this.startDate = startDate;
		this.dueDate = dueDate;
		this.dueAt = dueAt;
		this.feeDue = feeDue;
		move(DossierTransition.ACCEPT, at, actor, null, feeNote);
		events.add(new DossierReceived(idOrZero(), code, agencyCode, procedure.code(), channel, at, startDate, dueDate));
	}

	/** The receiving officer does not accept it: incomplete (Mẫu 02, what is missing) or refused (Mẫu 03, why). */
	void decline(DossierStatus outcome, String reason, OffsetDateTime at, String actor) {
		DossierTransition transition = switch (outcome) {
			case INCOMPLETE_AT_INTAKE -> DossierTransition.DECLARE_INCOMPLETE;
			case REFUSED_AT_INTAKE -> DossierTransition.REFUSE_AT_INTAKE;
			default -> throw new IllegalArgumentException("not an intake outcome: " + outcome);
		};
		transition.check(status);
		requireInOrder(at);
		requireText(reason, "dossier.refused.reasonRequired");
		this.closingReason = reason;
		move(transition, at, actor, null, reason);
		events.add(new DossierNotAccepted(idOrZero(), code, agencyCode, outcome, reason, at));
	}

	/** Hands the dossier to a specialist of the competent unit (or to another specialist). */
	void assign(String specialist, OffsetDateTime at, String actor) {
		DossierTransition.ASSIGN.check(status);
		requireInOrder(at);
		requireText(specialist, "dossier.refused.specialistRequired");
		this.specialist = specialist;
		move(DossierTransition.ASSIGN, at, actor, specialist, null);
		events.add(new DossierAssigned(idOrZero(), code, agencyCode, specialist, at));
	}

	/** The specialist proposes a decision and hands the dossier to the leader, once every other agency answered. */
	void propose(Decision proposed, String note, String leader, OffsetDateTime at, String actor) {
		DossierTransition.PROPOSE.check(status);
		requireInOrder(at);
		requireNoOpenTransfer();
		this.proposal = proposed;
		move(DossierTransition.PROPOSE,
				proposed == Decision.APPROVED ? StepAction.PROPOSED_APPROVED : StepAction.PROPOSED_REFUSED, at, actor,
				leader, note);
	}

	/** The leader sends the dossier back to the specialist for more review. */
	void sendBack(String note, OffsetDateTime at, String actor) {
		DossierTransition.SEND_BACK.check(status);
		requireInOrder(at);
		requireText(note, "dossier.refused.reasonRequired");
		this.proposal = null;
		move(DossierTransition.SEND_BACK, at, actor, specialist, note);
	}

	/** The leader decides: approved, or refused with a written reason. The dossier is resolved on that day. */
	void decide(Decision decided, String reason, OffsetDateTime at, String actor) {
		resolve(decided == Decision.APPROVED ? DossierTransition.APPROVE : DossierTransition.REFUSE, decided, reason, at,
				actor);
	}

	/**
	 * The decision as an earlier system recorded it (legal-rules.md §5): its history holds the decision of an accepted
	 * dossier but not the assignment and proposal before it, which MotCua records as steps of their own. Only the
	 * history import replays it ({@link DossierHistory}); the rules are the leader's ({@link #decide}): not while a
	 * supplement is outstanding, nor once decided or withdrawn, and a refusal gives its reason (NĐ 61/2018 Art. 19.2,
	 * 19.8).
	 */
	void decideAsRecorded(Decision decided, String reason, OffsetDateTime at, String actor) {
		resolve(decided == Decision.APPROVED ? DossierTransition.RECORD_APPROVAL : DossierTransition.RECORD_REFUSAL,
				decided, reason, at, actor);
	}

	private void resolve(DossierTransition transition, Decision decided, String reason, OffsetDateTime at,
			String actor) {
		transition.check(status);
		requireInOrder(at);
		if (decided == Decision.REFUSED) {
			requireText(reason, "dossier.refused.refusalReasonRequired");
		}
		this.decision = decided;
		this.decisionReason = reason;
		this.resolvedOn = at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
		move(transition, at, actor, null, reason);
		events.add(new DossierResolved(idOrZero(), code, agencyCode, decided, resolvedOn, dueDate));
	}

	/** Stores the digitised result document (kết quả) of an approved dossier. */
	void attachResult(String name, UUID storedDocumentId, OffsetDateTime at, String actor) {
		require(EnumSet.of(DossierStatus.RESOLVED, DossierStatus.RETURNED), "dossier.refused.notResolved");
		if (decision != Decision.APPROVED) {
			throw new DossierTransitionRefused("dossier.refused.resultOnlyWhenApproved");
		}
		requireInOrder(at);
		documents.add(new DossierDocument(DossierDocument.Kind.RESULT, name, true, 1, storedDocumentId));
		record(at, actor, StepAction.RESULT_DIGITISED, status, status, null, name);
	}

	/** Stores the scan of component {@code index} (0-based, in the order of {@link #documents()}). */
	void attachComponentScan(int index, UUID storedDocumentId, OffsetDateTime at, String actor) {
		requireInOrder(at);
		DossierDocument document = documents.get(index);
		documents.set(index, new DossierDocument(document.kind(), document.name(), document.original(),
				document.copies(), storedDocumentId));
		record(at, actor, StepAction.COMPONENT_DIGITISED, status, status, null, document.name());
	}

	/**
	 * Records a payment of the fees and charges (nộp phí, lệ phí; Luật Phí và lệ phí 97/2015/QH13 Điều 3): a step
	 * that changes no state, so that everyone the dossier's steps reach learns of it — on the national portal a
	 * resolved dossier moves from "Yêu cầu thực hiện nghĩa vụ tài chính" to "Đã xử lý xong" once the fee is paid.
	 */
	void recordFeePaid(String note, OffsetDateTime at, String actor) {
		record(at, actor, StepAction.FEE_PAID, status, status, null, note);
	}

	/** Hands the result (or the written refusal) to the applicant. An approved result must be digitised first. */
	void returnResult(String method, OffsetDateTime at, String actor) {
		DossierTransition.RETURN.check(status);
		requireInOrder(at);
		if (decision == Decision.APPROVED && documents.stream().noneMatch(
				d -> d.kind() == DossierDocument.Kind.RESULT && d.digitised())) {
			throw new DossierTransitionRefused("dossier.refused.resultNotDigitised");
		}
		returnAsRecorded(method, method, at, actor);
	}

	/**
	 * The return as an earlier system recorded it (legal-rules.md §5): after the decision, like {@link #returnResult},
	 * but without MotCua's rule that an approved result is scanned before it is handed over: that system did not
	 * require it, and whether its result was digitised is what the documents of its history say (the period report
	 * counts it so). Only the history import replays it ({@link DossierHistory}), with the method when the history
	 * names one and its own words as the step's note.
	 */
	void returnAsRecorded(String method, String note, OffsetDateTime at, String actor) {
		DossierTransition.RETURN.check(status);
		this.returnMethod = method;
		move(DossierTransition.RETURN, at, actor, null, note);
		events.add(new DossierReturned(idOrZero(), code, agencyCode, method, at));
	}

	/**
	 * Asks for a supplement after acceptance (Mẫu 02; NĐ 61/2018 Art. 19.4); the clock stops with
	 * {@code remainingWorkingDays} left. {@code lapsesOn}: the day the request lapses when the procedure's sector law
	 * sets a time to supplement ({@link SupplementLapseRules}), else null (no general lapse rule exists).
	 */
	void requestSupplement(String missing, String reason, int remainingWorkingDays, LocalDate lapsesOn,
			OffsetDateTime at, String actor) {
		DossierTransition.REQUEST_SUPPLEMENT.check(status);
		requireInOrder(at);
		requireText(missing, "dossier.refused.missingRequired");
		this.supplementLapsesOn = lapsesOn;
		supplements.add(new SupplementCycle(at, missing, reason, Math.max(0, remainingWorkingDays), null));
		move(DossierTransition.REQUEST_SUPPLEMENT, at, actor, null, missing);
		events.add(new SupplementRequested(idOrZero(), code, agencyCode, missing, at));
	}

	/** The complete supplement arrived: the clock runs again until the new due date. */
	void receiveSupplement(OffsetDateTime at, String actor, LocalDate newStart, LocalDate newDueDate,
			OffsetDateTime newDueAt) {
		DossierTransition transition = specialist == null ? DossierTransition.RECEIVE_SUPPLEMENT_UNASSIGNED
				: DossierTransition.RECEIVE_SUPPLEMENT;
		transition.check(status);
		requireInOrder(at);
		LocalDate day = at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
		if (supplementLapsesOn != null && !day.isBefore(supplementLapsesOn)) {
			throw new DossierTransitionRefused("dossier.refused.supplementLapsed", supplementLapsesOn.minusDays(1));
		}
		this.supplementLapsesOn = null;
		int last = supplements.size() - 1;
		supplements.set(last, supplements.get(last).receivedAt(at));
		this.startDate = newStart;
		this.dueDate = newDueDate;
		this.dueAt = newDueAt;
		move(transition, at, actor, specialist, null);
		events.add(new SupplementReceived(idOrZero(), code, agencyCode, at, newDueDate));
	}

	/**
	 * The supplement request lapsed: the applicant did not supplement before {@link #supplementLapsesOn()}, the time
	 * the procedure's sector law gives. The dossier is returned with the written refusal notice, as a refusal after
	 * review resolved on the lapse day whatever day this is recorded (NĐ 61/2018 Art. 19.4, 19.8), so that a job that
	 * ran late and the report (which applies the same rule to the records) agree.
	 */
	void lapseSupplement(String reason, OffsetDateTime at, String actor) {
		DossierTransition.LAPSE_SUPPLEMENT.check(status);
		requireInOrder(at);
		LocalDate day = at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
		if (supplementLapsesOn == null || day.isBefore(supplementLapsesOn)) {
			throw new DossierTransitionRefused("dossier.refused.supplementNotLapsed");
		}
		this.decision = Decision.REFUSED;
		this.decisionReason = reason;
		this.resolvedOn = supplementLapsesOn;
		move(DossierTransition.LAPSE_SUPPLEMENT, at, actor, null, reason);
		events.add(new DossierResolved(idOrZero(), code, agencyCode, decision, resolvedOn, dueDate));
	}

	/**
	 * Extends the due date once, with an apology (Mẫu 04), at least one working day before it
	 * ({@code earlyEnough}, checked against the calendar by the caller).
	 */
	void extend(LocalDate newDueDate, String reason, boolean earlyEnough, OffsetDateTime at, String actor) {
		DossierTransition.EXTEND.check(status);
		requireInOrder(at);
		if (extendedDueDate != null) {
			throw new DossierTransitionRefused("dossier.refused.extendedAlready");
		}
		requireText(reason, "dossier.refused.reasonRequired");
		if (!earlyEnough) {
			throw new DossierTransitionRefused("dossier.refused.extensionTooLate");
		}
		if (newDueDate == null || !newDueDate.isAfter(dueDate)) {
			throw new DossierTransitionRefused("dossier.refused.extensionNotLater");
		}
		this.extendedDueDate = newDueDate;
		this.extensionReason = reason;
		move(DossierTransition.EXTEND, at, actor, null, reason);
		events.add(new DossierExtended(idOrZero(), code, agencyCode, dueDate, newDueDate, reason, at));
	}

	/**
	 * The applicant asks to withdraw the dossier (rút hồ sơ) before any decision or result letter was issued: at the
	 * counter, by post, or online through the portal (NĐ 118/2025 Art. 21; TT 03/2025 Art. 7). Processing ends here
	 * (national status 7 "Công dân yêu cầu rút"); the one-stop then issues the stop notice ({@link #stop}).
	 *
	 * @param channel how the request came in ({@code DIRECT}, {@code POSTAL}, {@code ONLINE}), kept in the step's note
	 */
	void requestWithdrawal(SubmissionChannel channel, String reason, OffsetDateTime at, String actor) {
		if (status == DossierStatus.RESOLVED || status == DossierStatus.RETURNED) {
			throw new DossierTransitionRefused("dossier.refused.alreadyDecided");
		}
		DossierTransition.REQUEST_WITHDRAWAL.check(status);
		requireInOrder(at);
		requireText(reason, "dossier.refused.reasonRequired");
		this.closingReason = reason;
		this.supplementLapsesOn = null; // withdrawn before the request could lapse
		move(DossierTransition.REQUEST_WITHDRAWAL, at, actor, null, channel.name() + ": " + reason);
	}

	/**
	 * The one-stop issues the stop notice (Mẫu 05) on the applicant's withdrawal request (national status 8 "Dừng xử
	 * lý"; NĐ 118/2025 Art. 21; TT 03/2025 Art. 7). Only after {@link #requestWithdrawal}: an agency cannot stop a
	 * dossier on its own; without the request it refuses after review ({@link #decide}).
	 */
	void stop(OffsetDateTime at, String actor) {
		if (status == DossierStatus.RESOLVED || status == DossierStatus.RETURNED) {
			throw new DossierTransitionRefused("dossier.refused.alreadyDecided");
		}
		DossierTransition.STOP.check(status);
		requireInOrder(at);
		move(DossierTransition.STOP, at, actor, null, closingReason);
		events.add(new DossierStopped(idOrZero(), code, agencyCode, closingReason, at));
	}

	/** The step that recorded the applicant's withdrawal request, if any. */
	public java.util.Optional<DossierStep> withdrawalRequest() {
		return steps.stream().filter(s -> s.action() == DossierTransition.REQUEST_WITHDRAWAL.stepAction())
			.reduce((a, b) -> b);
	}

	/**
	 * How the withdrawal request came in, read back from its step's note ({@code "<CHANNEL>: reason"}, written by
	 * {@link #requestWithdrawal}); the dossier's own channel when there is no request.
	 */
	public SubmissionChannel withdrawalChannel() {
		return withdrawalRequest().map(DossierStep::note).flatMap(Dossier::withdrawalChannelOf).orElse(channel);
	}

	/** The channel a withdrawal request's note ({@code "<CHANNEL>: reason"}, see {@link #requestWithdrawal}) names. */
	static java.util.Optional<SubmissionChannel> withdrawalChannelOf(String note) {
		if (note != null) {
			for (SubmissionChannel c : SubmissionChannel.values()) {
				if (note.startsWith(c.name() + ":")) {
					return java.util.Optional.of(c);
				}
			}
		}
		return java.util.Optional.empty();
	}

	/**
	 * Liên thông: the one-stop hands the dossier under review to one other agency with its share of the time limit
	 * ({@code shareWorkingDays}, ending on {@code shareDueDate} as the calendar counts it); see {@link #transferOut(List,
	 * int, OffsetDateTime, String)}.
	 */
	void transferOut(String agency, int shareWorkingDays, LocalDate shareDueDate, String note, OffsetDateTime at,
			String actor) {
		transferOut(List.of(new InteragencyTransfer.Handoff(agency, null, shareWorkingDays, shareDueDate, note)), 0, at,
				actor);
	}

	/**
	 * Liên thông: the one-stop hands the dossier under review to other agencies, each with its share of the time limit,
	 * in the order it sets on the transfer slip (NĐ 61/2018 Art. 19.5; NĐ 118/2025 Art. 18). Several agencies at once
	 * (one of them, {@code lead}, presiding) only for an electronic dossier (received online, or digitised at the
	 * counter): NĐ 61/2018 Art. 19.5 sends an electronic dossier to all participating agencies at the same time, a paper
	 * one from agency to agency in turn. A new hand-off only once every agency consulted before has answered. The time
	 * given out (each hand-off counts for its longest share: agencies consulted together work in parallel) must leave
	 * the receiving agency part of the procedure's time limit, and no share may end after the dossier's due date.
	 */
	void transferOut(List<InteragencyTransfer.Handoff> handoffs, int lead, OffsetDateTime at, String actor) {
		DossierTransition.TRANSFER_OUT.check(status);
		requireInOrder(at);
		requireNoOpenTransfer();
		if (handoffs.isEmpty()) {
			throw new DossierTransitionRefused("dossier.refused.transferAgencyRequired");
		}
		java.util.Set<String> named = new java.util.HashSet<>();
		for (InteragencyTransfer.Handoff handoff : handoffs) {
			requireText(handoff.agency(), "dossier.refused.transferAgencyRequired");
			if (handoff.shareWorkingDays() < 1) {
				throw new DossierTransitionRefused("dossier.refused.transferShareRequired");
			}
			if (!named.add(handoff.agency().strip())) {
				throw new DossierTransitionRefused("dossier.refused.transferAgencyTwice", handoff.agency().strip());
			}
			if (handoff.shareDueDate().isAfter(effectiveDueDate())) {
				throw new DossierTransitionRefused("dossier.refused.transferShareAfterDue", effectiveDueDate());
			}
		}
		if (handoffs.size() > 1 && !electronic()) {
			throw new DossierTransitionRefused("dossier.refused.parallelTransferPaper");
		}
		if (lead < 0 || lead >= handoffs.size()) {
			throw new DossierTransitionRefused("dossier.refused.transferLeadUnknown");
		}
		int longest = handoffs.stream().mapToInt(InteragencyTransfer.Handoff::shareWorkingDays).max().orElse(0);
		int given = transfers.stream().map(InteragencyTransfer::batch).distinct()
			.mapToInt(b -> transfers.stream().filter(t -> t.batch() == b)
				.mapToInt(InteragencyTransfer::shareWorkingDays).max().orElse(0))
			.sum() + longest;
		if (procedure.timeLimit().unit() == vn.motcua.calendar.TimeLimit.Unit.WORKING_DAYS
				&& given >= procedure.timeLimit().amount()) {
			throw new DossierTransitionRefused("dossier.refused.transferSharesTooLarge", given,
					procedure.timeLimit().amount());
		}
		int batch = transfers.stream().mapToInt(InteragencyTransfer::batch).max().orElse(0) + 1;
		for (int i = 0; i < handoffs.size(); i++) {
			InteragencyTransfer.Handoff handoff = handoffs.get(i);
			transfers.add(new InteragencyTransfer(transfers.size() + 1, batch, handoff.agency().strip(),
					handoff.agencyCode(), i == lead, handoff.shareWorkingDays(), handoff.shareDueDate(), at, actor, null,
					null, null));
			move(DossierTransition.TRANSFER_OUT, at, actor, handoff.agency().strip(), handoff.note());
		}
	}

	/**
	 * An electronic dossier (hồ sơ điện tử): submitted online, or its papers digitised at the counter (NĐ 61/2018 Art.
	 * 19.5 sends it to every agency of a liên thông group at once).
	 */
	public boolean electronic() {
		return channel == SubmissionChannel.ONLINE
				|| documents.stream().anyMatch(d -> d.kind() == DossierDocument.Kind.COMPONENT && d.digitised());
	}

	/** Liên thông: the answer of the only agency still consulted; see {@link #transferBack(int, String, OffsetDateTime, String)}. */
	void transferBack(String answer, OffsetDateTime at, String actor) {
		List<InteragencyTransfer> open = openTransfers();
		transferBack(open.size() == 1 ? open.get(0).position() : 0, answer, at, actor);
	}

	/**
	 * Liên thông: the answer (result or opinion) of the agency consulted at {@code position} came back to the receiving
	 * one-stop, which returns the result to the applicant (NĐ 61/2018 Art. 19.6–19.7). A late answer is recorded as
	 * late, for the one-stop's head. The dossier is back once every agency consulted has answered.
	 */
	void transferBack(int position, String answer, OffsetDateTime at, String actor) {
		InteragencyTransfer open = transfers.stream().filter(t -> t.position() == position && t.open()).findFirst()
			.orElseThrow(() -> new DossierTransitionRefused("dossier.refused.noOpenTransfer"));
		DossierTransition.TRANSFER_BACK.check(status);
		requireInOrder(at);
		requireText(answer, "dossier.refused.transferAnswerRequired");
		InteragencyTransfer returned = open.returned(at, actor, answer.strip());
		transfers.set(transfers.indexOf(open), returned);
		move(DossierTransition.TRANSFER_BACK,
				returned.late() ? StepAction.TRANSFERRED_BACK_LATE : StepAction.TRANSFERRED_BACK, at, actor,
				open.agency(), answer.strip());
	}

	/** The first transfer to another agency still waiting for its answer, if any. */
	public InteragencyTransfer openTransfer() {
		return transfers.stream().filter(InteragencyTransfer::open).findFirst().orElse(null);
	}

	/** Whether the transfer was sent together with others (a parallel consultation, with a lead agency). */
	public boolean consultedTogether(InteragencyTransfer transfer) {
		return transfers.stream().filter(t -> t.batch() == transfer.batch()).count() > 1;
	}

	/** Every transfer still waiting for its answer, in order. */
	public List<InteragencyTransfer> openTransfers() {
		return transfers.stream().filter(InteragencyTransfer::open).toList();
	}

	private void requireNoOpenTransfer() {
		List<InteragencyTransfer> open = openTransfers();
		if (!open.isEmpty()) {
			throw new DossierTransitionRefused("dossier.refused.atAnotherAgency",
					String.join(", ", open.stream().map(InteragencyTransfer::agency).toList()));
		}
	}

	/** Moves the due date after a calendar change; returns whether it moved. Only open, running dossiers move. */
	boolean recomputeDueDate(LocalDate newDueDate, OffsetDateTime newDueAt, OffsetDateTime at, String reason) {
		if (!status.clockRuns() || newDueDate.equals(dueDate)) {
			return false;
		}
		LocalDate old = dueDate;
		this.dueDate = newDueDate;
		this.dueAt = newDueAt;
		record(at, "system", StepAction.DUE_DATE_RECOMPUTED, status, status, null,
				old + " → " + newDueDate + ": " + reason);
		return true;
	}

	/** The date the result is promised for now: the extended one after an apology, else the due date D. */
	public LocalDate effectiveDueDate() {
		return extendedDueDate != null ? extendedDueDate : dueDate;
	}

	/** Components scanned and, when approved, the result stored (digitisation as the period report counts it). */
	/**
	 * When the dossier was closed: the time of its last step once it is returned, stopped, or not accepted at intake;
	 * null while it is still under way (or decided but not yet returned).
	 */
	public OffsetDateTime closedAt() {
		boolean closed = EnumSet.of(DossierStatus.RETURNED, DossierStatus.STOPPED, DossierStatus.WITHDRAWAL_REQUESTED,
				DossierStatus.REFUSED_AT_INTAKE, DossierStatus.INCOMPLETE_AT_INTAKE).contains(status);
		return closed && !steps.isEmpty() ? steps.get(steps.size() - 1).at() : null;
	}

	public boolean digitised() {
		boolean components = documents.stream().anyMatch(d -> d.kind() == DossierDocument.Kind.COMPONENT && d.digitised());
		boolean result = decision != Decision.APPROVED
				|| documents.stream().anyMatch(d -> d.kind() == DossierDocument.Kind.RESULT && d.digitised());
		return components && result;
	}

	public SupplementCycle outstandingSupplement() {
		return supplements.isEmpty() || !supplements.get(supplements.size() - 1).outstanding() ? null
				: supplements.get(supplements.size() - 1);
	}

	private void move(DossierTransition transition, OffsetDateTime at, String actor, String handedTo, String note) {
		move(transition, transition.stepAction(), at, actor, handedTo, note);
	}

	/** Records the step and moves to the transition's state (stays when it has none); checked by the caller. */
	private void move(DossierTransition transition, StepAction action, OffsetDateTime at, String actor, String handedTo,
			String note) {
		DossierStatus from = status;
		if (transition.to() != null) {
			status = transition.to();
		}
		record(at, actor, action, from, status, handedTo, note);
	}

	/**
	 * A step is never dated before the last one: the record of what happened is in time order, so an action reported
	 * later with the time it happened (the API's {@code at}) cannot slip before what is already recorded (the
	 * process-control slip, TT 03/2025/TT-VPCP Mẫu 06, tells the hand-overs in the order they happened). Each verb
	 * checks it after the law's checks and before it changes anything.
	 */
	private void requireInOrder(OffsetDateTime at) {
		if (!steps.isEmpty() && at.isBefore(steps.get(steps.size() - 1).at())) {
			throw new DossierTransitionRefused("dossier.refused.beforeLastStep", steps.get(steps.size() - 1).at()
				.atZoneSameInstant(VietnamTime.ZONE).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")));
		}
	}

	private void record(OffsetDateTime at, String actor, StepAction action, DossierStatus from, DossierStatus to,
			String handedTo, String note) {
		requireInOrder(at);
		DossierStep step = new DossierStep(at, actor, action, from, to, handedTo, note);
		steps.add(step);
		newSteps.add(step);
		events.add(new DossierStepRecorded(idOrZero(), code, agencyCode, steps.size(), action, from, to, at, actor));
	}

	private void require(Set<DossierStatus> allowed, String messageKey) {
		if (!allowed.contains(status)) {
			throw new DossierTransitionRefused(messageKey, status);
		}
	}

	private static void requireText(String text, String messageKey) {
		if (text == null || text.isBlank()) {
			throw new DossierTransitionRefused(messageKey);
		}
	}

	private long idOrZero() {
		return id == null ? 0 : id;
	}

	// --- persistence support (package-private) ---

	/** A dossier of an earlier system keeps its code (legal-rules.md §5); its id comes when it is written. */
	void keepCode(String code) {
		this.code = code;
	}

	void assignIdentity(long id, String code) {
		this.id = id;
		this.code = code;
	}

	List<DossierStep> takeNewSteps() {
		List<DossierStep> taken = List.copyOf(newSteps);
		newSteps.clear();
		return taken;
	}

	List<Object> takeEvents() {
		List<Object> taken = new ArrayList<>();
		for (Object event : events) {
			taken.add(withIdentity(event));
		}
		events.clear();
		return taken;
	}

	private Object withIdentity(Object event) {
		if (event instanceof DossierReceived e) {
			return new DossierReceived(idOrZero(), code, e.agencyCode(), e.procedureCode(), e.channel(), e.receivedAt(),
					e.startDate(), e.dueDate());
		}
		if (event instanceof DossierStepRecorded e) {
			return new DossierStepRecorded(idOrZero(), code, e.agencyCode(), e.stepNumber(), e.action(), e.from(), e.to(),
					e.at(), e.actor());
		}
		if (event instanceof DossierNotAccepted e) {
			return new DossierNotAccepted(idOrZero(), code, e.agencyCode(), e.outcome(), e.reason(), e.at());
		}
		return event;
	}

	void restore(OffsetDateTime receivedAt, LocalDate startDate, LocalDate dueDate, OffsetDateTime dueAt,
			LocalDate extendedDueDate, String extensionReason, String specialist, Decision proposal, Decision decision,
			String decisionReason, LocalDate resolvedOn, String returnMethod, String closingReason,
			LocalDate supplementLapsesOn, long feeDue, int version) {
		this.supplementLapsesOn = supplementLapsesOn;
		this.receivedAt = receivedAt;
		this.startDate = startDate;
		this.dueDate = dueDate;
		this.dueAt = dueAt;
		this.extendedDueDate = extendedDueDate;
		this.extensionReason = extensionReason;
		this.specialist = specialist;
		this.proposal = proposal;
		this.decision = decision;
		this.decisionReason = decisionReason;
		this.resolvedOn = resolvedOn;
		this.returnMethod = returnMethod;
		this.closingReason = closingReason;
		this.feeDue = feeDue;
		this.version = version;
	}

	void restoreTransfers(List<InteragencyTransfer> saved) {
		transfers.clear();
		transfers.addAll(saved);
	}

	void versionSaved(int version) {
		this.version = version;
	}

	// --- read access ---

	public Long id() { return id; }
	public String code() { return code; }
	public String agencyCode() { return agencyCode; }
	public ProcedureSnapshot procedure() { return procedure; }
	public SubmissionChannel channel() { return channel; }
	public boolean assisted() { return assisted; }
	public Applicant applicant() { return applicant; }
	public DossierStatus status() { return status; }
	public OffsetDateTime submittedAt() { return submittedAt; }
	public OffsetDateTime receivedAt() { return receivedAt; }
	public LocalDate startDate() { return startDate; }
	public LocalDate dueDate() { return dueDate; }
	public OffsetDateTime dueAt() { return dueAt; }
	public LocalDate extendedDueDate() { return extendedDueDate; }
	public String extensionReason() { return extensionReason; }
	public String specialist() { return specialist; }
	public Decision proposal() { return proposal; }
	public Decision decision() { return decision; }
	public String decisionReason() { return decisionReason; }
	public LocalDate resolvedOn() { return resolvedOn; }
	public String returnMethod() { return returnMethod; }
	public String closingReason() { return closingReason; }
	/** The day the outstanding (or last lapsed) supplement request lapses; null when no sector rule sets one. */
	public LocalDate supplementLapsesOn() { return supplementLapsesOn; }
	public long feeDue() { return feeDue; }
	public int version() { return version; }
	public List<DossierDocument> documents() { return Collections.unmodifiableList(documents); }
	public List<SupplementCycle> supplements() { return Collections.unmodifiableList(supplements); }
	public List<DossierStep> steps() { return Collections.unmodifiableList(steps); }
	public List<InteragencyTransfer> transfers() { return Collections.unmodifiableList(transfers); }
}
