package vn.motcua.identity;

/** A refused change to an officer account; {@code messageKey} names the Vietnamese/English message to show. */
public class OfficerAccountException extends RuntimeException {

	private final String field;

	private final String messageKey;

	OfficerAccountException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
