package vn.motcua.dossier;

import java.util.EnumSet;
import java.util.Set;

/** Where a dossier stands in its legal life (trạng thái hồ sơ). */
public enum DossierStatus {
	/** Handed in (online, at the counter or by post) and waiting for the receiving officer to accept it, ask for completion, or refuse it. */
	SUBMITTED,
	/** Not accepted at intake because incomplete; the applicant got Mẫu 02 listing what is missing. Never “received”. */
	INCOMPLETE_AT_INTAKE,
	/** Refused at intake (Mẫu 03); never “received”. */
	REFUSED_AT_INTAKE,
	/** Accepted (Mẫu 01), the legal clock runs; waiting to be assigned to a specialist. */
	RECEIVED,
	/** Assigned to the competent unit and specialist, under review. */
	IN_REVIEW,
	/** The specialist proposed a decision; the leader decides. */
	AWAITING_DECISION,
	/** A supplement was requested after acceptance (Mẫu 02); the clock is stopped. */
	AWAITING_SUPPLEMENT,
	/** Decided (approved with a result, or refused with a reason): the result is at the one-stop. */
	RESOLVED,
	/** The result was handed to the applicant. */
	RETURNED,
	/**
	 * The applicant asked to withdraw the dossier before a decision (rút hồ sơ; national status 7 "Công dân yêu cầu
	 * rút", NĐ 118/2025 Art. 21; TT 03/2025 Art. 7): processing ends; the one-stop still has to issue the stop notice.
	 * An end state for the statistics (Decision 766), counted as stopped from the day of the request.
	 */
	WITHDRAWAL_REQUESTED,
	/** Stopped at the applicant's request before a decision: the stop notice Mẫu 05 was issued (national status 8). */
	STOPPED;

	static final Set<DossierStatus> OPEN = EnumSet.of(RECEIVED, IN_REVIEW, AWAITING_DECISION, AWAITING_SUPPLEMENT);

	/** Open and not waiting for a supplement: the legal clock runs. */
	static final Set<DossierStatus> CLOCK_RUNS = EnumSet.of(RECEIVED, IN_REVIEW, AWAITING_DECISION);

	/** Accepted and neither resolved nor stopped: the legal clock concerns it. */
	public boolean isOpen() {
		return OPEN.contains(this);
	}

	/** The legal clock runs: open and not waiting for a supplement. */
	public boolean clockRuns() {
		return CLOCK_RUNS.contains(this);
	}
}
