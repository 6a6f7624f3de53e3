package vn.motcua.identity;

/** A refused change to an officer account; {@code messageKey} names the Vietnamese/English message to show. */
public class OfficerAccountException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Long messageArgument;

	OfficerAccountException(String field, String messageKey) {
		this(field, messageKey, null);
	}

	OfficerAccountException(String field, String messageKey, Long messageArgument) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.messageArgument = messageArgument;
	}

	/** The number the message needs (seconds to wait), or null. */
	public Long messageArgument() {
		return messageArgument;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
