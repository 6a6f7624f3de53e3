package vn.motcua.workload;

/** What an officer's notice tells ({@code officer_notice.kind}); the label is {@code workload.kind.<NAME>}. */
enum NoticeKind {

	/** A dossier was assigned to the specialist (step {@code ASSIGNED}). */
	ASSIGNED,
	/** The specialist proposed a decision: the dossier waits for the leader's (steps {@code PROPOSED_*}). */
	AWAITING_DECISION,
	/** Three working hours before the dossier's due time, the dossier still being processed. */
	DUE_SOON
}
