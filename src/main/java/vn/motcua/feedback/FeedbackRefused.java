package vn.motcua.feedback;

/** A rating or a petition action was refused; the message key (feedback bundle) says why. */
public class FeedbackRefused extends RuntimeException {

	private final String messageKey;

	FeedbackRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
