package vn.motcua.calendar;

/**
 * What happens to the legal clock when a supplement (bổ sung hồ sơ) is requested after acceptance
 * (legal-rules.md §2).
 */
public enum SupplementPolicy {
	/** Default: when the complete supplement arrives, the time limit runs again in full from that moment. */
	RESTART,
	/** The clock resumes with the working days that remained when the request was issued. */
	PAUSE
}
