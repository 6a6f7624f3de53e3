package vn.motcua.dossier;

/**
 * The time given for an action cannot be right: in the future (a record says what happened, never what will). Bad
 * input, not a rule of the dossier's state: the API answers 400.
 */
public class ActionTimeRefused extends RuntimeException {

	private final String messageKey;

	ActionTimeRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
