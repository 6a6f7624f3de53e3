package vn.motcua.dossier;

/** An action the law does not allow on the dossier in its present state; {@code messageKey} explains it. */
public class DossierTransitionRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	DossierTransitionRefused(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args;
	}
}
