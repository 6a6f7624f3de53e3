package vn.motcua.reporting;

/** A change the quarterly report does not allow now (it is final, or it lacks its number or signer). */
public class QuarterlyReportRefused extends RuntimeException {

	private final String messageKey;

	QuarterlyReportRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
