package vn.motcua.dossier;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static vn.motcua.dossier.DossierStatus.AWAITING_DECISION;
import static vn.motcua.dossier.DossierStatus.AWAITING_SUPPLEMENT;
import static vn.motcua.dossier.DossierStatus.INCOMPLETE_AT_INTAKE;
import static vn.motcua.dossier.DossierStatus.IN_REVIEW;
import static vn.motcua.dossier.DossierStatus.RECEIVED;
import static vn.motcua.dossier.DossierStatus.REFUSED_AT_INTAKE;
import static vn.motcua.dossier.DossierStatus.RESOLVED;
import static vn.motcua.dossier.DossierStatus.RETURNED;
import static vn.motcua.dossier.DossierStatus.STOPPED;
import static vn.motcua.dossier.DossierStatus.SUBMITTED;
import static vn.motcua.dossier.DossierStatus.WITHDRAWAL_REQUESTED;

/**
 * Every change of state the law allows a {@link Dossier}, written once: from which states, to which, the step name
 * recorded on the timeline, the reason shown when the state does not allow it, and the legal article. The aggregate
 * checks each action against this table, and {@code docs/dossier.md} draws its state diagram from it
 * ({@link DossierStateDiagram}). A {@code to} of {@code null} means the dossier stays in its state (the step is
 * recorded, the state does not change).
 */
enum DossierTransition {

	/** Handed in online, at the counter or by post (NĐ 118/2025 Art. 17; NĐ 61/2018 Art. 17). */
	SUBMIT(Set.of(), SUBMITTED, StepAction.SUBMITTED, null, "NĐ 118/2025 Điều 17"),
	/** Accepted with the receipt Mẫu 01: the legal clock starts (NĐ 61/2018 Art. 17.3; TT 03/2025 Mẫu 01). */
	ACCEPT(Set.of(SUBMITTED), RECEIVED, StepAction.RECEIVED, "dossier.refused.notAwaitingIntake",
			"NĐ 61/2018 Điều 17.3; TT 03/2025 Mẫu 01"),
	/** Not accepted because incomplete: one complete list of what is missing, Mẫu 02 (NĐ 61/2018 Art. 17.2). */
	DECLARE_INCOMPLETE(Set.of(SUBMITTED), INCOMPLETE_AT_INTAKE, StepAction.INCOMPLETE_AT_INTAKE,
			"dossier.refused.notAwaitingIntake", "NĐ 61/2018 Điều 17.2; TT 03/2025 Mẫu 02"),
	/** Refused at intake with its reason, Mẫu 03 (NĐ 61/2018 Art. 17.2). */
	REFUSE_AT_INTAKE(Set.of(SUBMITTED), REFUSED_AT_INTAKE, StepAction.REFUSED_AT_INTAKE,
			"dossier.refused.notAwaitingIntake", "NĐ 61/2018 Điều 17.2; TT 03/2025 Mẫu 03"),
	/** Handed to a specialist of the competent unit (NĐ 61/2018 Art. 18; Mẫu 06 records the hand-over). */
	ASSIGN(Set.of(RECEIVED, IN_REVIEW), IN_REVIEW, StepAction.ASSIGNED, "dossier.refused.cannotAssign",
			"NĐ 61/2018 Điều 18; TT 03/2025 Mẫu 06"),
	/** The specialist proposes a decision to the leader (NĐ 61/2018 Art. 19.1). */
	PROPOSE(Set.of(IN_REVIEW), AWAITING_DECISION, List.of(StepAction.PROPOSED_APPROVED, StepAction.PROPOSED_REFUSED),
			"dossier.refused.notInReview", "NĐ 61/2018 Điều 19.1"),
	/** The leader sends it back for more review (NĐ 61/2018 Art. 19.1). */
	SEND_BACK(Set.of(AWAITING_DECISION), IN_REVIEW, StepAction.SENT_BACK, "dossier.refused.notAwaitingDecision",
			"NĐ 61/2018 Điều 19.1"),
	/** The leader grants it: the result is ready (NĐ 61/2018 Art. 19.2). */
	APPROVE(Set.of(AWAITING_DECISION), RESOLVED, StepAction.APPROVED, "dossier.refused.notAwaitingDecision",
			"NĐ 61/2018 Điều 19.2"),
	/**
	 * The leader refuses it after review: a written notice with the reasons, signed by the competent person, is the
	 * dossier's result, issued within the time limit (NĐ 61/2018 Art. 19.8).
	 */
	REFUSE(Set.of(AWAITING_DECISION), RESOLVED, StepAction.REFUSED, "dossier.refused.notAwaitingDecision",
			"NĐ 61/2018 Điều 19.8"),
	/**
	 * History of an earlier system (legal-rules.md §5): the grant as it was recorded, the internal assignment and
	 * proposal not being part of that history; from an accepted dossier whose clock runs, never while awaiting a
	 * supplement (NĐ 61/2018 Art. 19.2). Replayed by the history import only ({@link Dossier#decideAsRecorded}).
	 */
	RECORD_APPROVAL(Set.of(RECEIVED), RESOLVED, StepAction.APPROVED, "dossier.refused.cannotRecordDecision",
			"NĐ 61/2018 Điều 19.2; lịch sử hệ thống cũ"),
	/** History of an earlier system: the refusal after review as it was recorded (NĐ 61/2018 Art. 19.8). */
	RECORD_REFUSAL(Set.of(RECEIVED), RESOLVED, StepAction.REFUSED, "dossier.refused.cannotRecordDecision",
			"NĐ 61/2018 Điều 19.8; lịch sử hệ thống cũ"),
	/** A supplement is asked for after acceptance, the clock stops (NĐ 61/2018 Art. 19.4; Mẫu 02). */
	REQUEST_SUPPLEMENT(DossierStatus.CLOCK_RUNS, AWAITING_SUPPLEMENT, StepAction.SUPPLEMENT_REQUESTED,
			"dossier.refused.cannotRequestSupplement", "NĐ 61/2018 Điều 19.4; TT 03/2025 Mẫu 02"),
	/** The complete supplement arrived before anyone was assigned: the clock runs again (NĐ 61/2018 Art. 19.4). */
	RECEIVE_SUPPLEMENT_UNASSIGNED(Set.of(AWAITING_SUPPLEMENT), RECEIVED, StepAction.SUPPLEMENT_RECEIVED,
			"dossier.refused.noSupplementOutstanding", "NĐ 61/2018 Điều 19.4"),
	/** The complete supplement arrived: back to the specialist, the clock runs again (NĐ 61/2018 Art. 19.4). */
	RECEIVE_SUPPLEMENT(Set.of(AWAITING_SUPPLEMENT), IN_REVIEW, StepAction.SUPPLEMENT_RECEIVED,
			"dossier.refused.noSupplementOutstanding", "NĐ 61/2018 Điều 19.4"),
	/**
	 * The applicant did not supplement within the time the procedure's sector law sets: the request lapses and the
	 * dossier is returned with the refusal notice, as a refusal after review (NĐ 61/2018 Art. 19.4 and 19.8; the time
	 * is a per-procedure setting, {@link SupplementLapseRules}).
	 */
	LAPSE_SUPPLEMENT(Set.of(AWAITING_SUPPLEMENT), RESOLVED, StepAction.SUPPLEMENT_LAPSED,
			"dossier.refused.noSupplementOutstanding", "NĐ 61/2018 Điều 19.4, 19.8; luật chuyên ngành"),
	/** Extended once with an apology, at least one working day before the due date (NĐ 61/2018 Art. 19.9; Mẫu 04). */
	EXTEND(DossierStatus.CLOCK_RUNS, null, StepAction.EXTENDED, "dossier.refused.cannotExtend",
			"NĐ 61/2018 Điều 19.9; TT 03/2025 Mẫu 04"),
	/**
	 * The applicant asks to withdraw the dossier (rút hồ sơ) before a decision, at the counter, by post or online
	 * through the portal; national status 7 "Công dân yêu cầu rút" (NĐ 118/2025 Art. 21; TT 03/2025 Art. 7).
	 */
	REQUEST_WITHDRAWAL(DossierStatus.OPEN, WITHDRAWAL_REQUESTED, StepAction.WITHDRAWAL_REQUESTED,
			"dossier.refused.notOpen", "NĐ 118/2025 Điều 21; TT 03/2025 Điều 7"),
	/**
	 * The one-stop issues the stop notice Mẫu 05 on the applicant's request; national status 8 "Dừng xử lý"
	 * (NĐ 118/2025 Art. 21.1; TT 03/2025 Art. 7, Mẫu 05).
	 */
	STOP(EnumSet.of(WITHDRAWAL_REQUESTED), STOPPED, StepAction.STOPPED, "dossier.refused.noWithdrawalRequest",
			"NĐ 118/2025 Điều 21; TT 03/2025 Điều 7, Mẫu 05"),
	/** The result (or the refusal notice) is handed to the applicant (NĐ 61/2018 Art. 20). */
	RETURN(Set.of(RESOLVED), RETURNED, StepAction.RETURNED, "dossier.refused.notResolved", "NĐ 61/2018 Điều 20"),
	/**
	 * Liên thông: handed to another agency with its share of the time limit; the dossier stays in its state (NĐ 61/2018
	 * Art. 19.5; NĐ 118/2025 Art. 18).
	 */
	TRANSFER_OUT(Set.of(RECEIVED, IN_REVIEW), null, StepAction.TRANSFERRED_OUT, "dossier.refused.cannotTransfer",
			"NĐ 61/2018 Điều 19.5; NĐ 118/2025 Điều 18"),
	/** Liên thông: the other agency's answer is back at the receiving one-stop, late or not (NĐ 61/2018 Art. 19.6–19.7). */
	TRANSFER_BACK(Set.of(RECEIVED, IN_REVIEW), null,
			List.of(StepAction.TRANSFERRED_BACK, StepAction.TRANSFERRED_BACK_LATE), "dossier.refused.noOpenTransfer", "NĐ 61/2018 Điều 19.6–19.7");

	private final Set<DossierStatus> from;

	private final DossierStatus to;

	private final List<StepAction> stepActions;

	private final String refusalKey;

	private final String legalBasis;

	DossierTransition(Set<DossierStatus> from, DossierStatus to, StepAction stepAction, String refusalKey,
			String legalBasis) {
		this(from, to, List.of(stepAction), refusalKey, legalBasis);
	}

	/** A transition recorded as one of several steps (e.g. the proposal to grant or to refuse). */
	DossierTransition(Set<DossierStatus> from, DossierStatus to, List<StepAction> stepActions, String refusalKey,
			String legalBasis) {
		this.from = from;
		this.to = to;
		this.stepActions = stepActions;
		this.refusalKey = refusalKey;
		this.legalBasis = legalBasis;
	}

	/** The states this action may start from (empty: it creates the dossier). */
	Set<DossierStatus> from() {
		return from;
	}

	/** The state it leads to; {@code null} when the dossier stays where it is. */
	DossierStatus to() {
		return to;
	}

	/** The step recorded on the dossier's timeline ({@link DossierStep#action()}); the first when there are several. */
	StepAction stepAction() {
		return stepActions.get(0);
	}

	/** Every step this transition may be recorded as. */
	List<StepAction> stepActions() {
		return stepActions;
	}

	/** The article of law that allows it. */
	String legalBasis() {
		return legalBasis;
	}

	/** Refuses the action when the dossier is not in one of the {@link #from()} states. */
	void check(DossierStatus current) {
		if (!from.contains(current)) {
			throw new DossierTransitionRefused(refusalKey, current);
		}
	}
}
