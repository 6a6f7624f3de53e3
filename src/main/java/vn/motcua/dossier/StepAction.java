package vn.motcua.dossier;

/**
 * What a recorded step of a dossier did ({@link DossierStep#action()}): one name per action, shared by the code, the
 * pages (the label is the message {@link #messageKey()}) and the database, whose {@code dossier_step.action} column
 * accepts exactly these names (a check constraint; {@code StepActionConstraintTests} fails when the two disagree).
 * The moves of state each come from a {@link DossierTransition}; the others record something the dossier keeps.
 */
public enum StepAction {

	/** Handed in online, at the counter or by post. */
	SUBMITTED,
	/** Accepted with the receipt Mẫu 01: the legal clock starts. */
	RECEIVED,
	/** Not accepted because incomplete (Mẫu 02). */
	INCOMPLETE_AT_INTAKE,
	/** Refused at intake (Mẫu 03). */
	REFUSED_AT_INTAKE,
	/** Handed to a specialist. */
	ASSIGNED,
	/** The specialist proposes to grant it. */
	PROPOSED_APPROVED,
	/** The specialist proposes to refuse it. */
	PROPOSED_REFUSED,
	/** The leader sends it back for more review. */
	SENT_BACK,
	/** Granted: resolved. */
	APPROVED,
	/** Refused after review, with the written reasons: resolved. */
	REFUSED,
	/** A supplement is asked for after acceptance: the clock stops. */
	SUPPLEMENT_REQUESTED,
	/** The complete supplement arrived: the clock runs again. */
	SUPPLEMENT_RECEIVED,
	/** The supplement request lapsed: refused after review. */
	SUPPLEMENT_LAPSED,
	/** The due date extended once with an apology (Mẫu 04). */
	EXTENDED,
	/** The applicant asked to withdraw it. */
	WITHDRAWAL_REQUESTED,
	/** The stop notice (Mẫu 05) issued. */
	STOPPED,
	/** The result handed to the applicant. */
	RETURNED,
	/** Liên thông: handed to another agency. */
	TRANSFERRED_OUT,
	/** Liên thông: the other agency's answer is back within its share of the time limit. */
	TRANSFERRED_BACK,
	/** Liên thông: the other agency's answer is back after its share of the time limit. */
	TRANSFERRED_BACK_LATE,
	/** The result document scanned and stored. */
	RESULT_DIGITISED,
	/** A component of the dossier scanned and stored. */
	COMPONENT_DIGITISED,
	/** The due date moved by a calendar change (by the actor {@code system}). */
	DUE_DATE_RECOMPUTED,
	/** The fees and charges paid (nộp phí, lệ phí): the receipt recorded; the state does not change. */
	FEE_PAID;

	/** The label of the step on the pages and forms: {@code dossier.step.<NAME>}. */
	public String messageKey() {
		return "dossier.step." + name();
	}
}
