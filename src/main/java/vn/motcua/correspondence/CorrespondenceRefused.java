package vn.motcua.correspondence;

/** An action on a document refused for a reason the officer can act on; the message key names it in Vietnamese. */
public class CorrespondenceRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	CorrespondenceRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}
}
