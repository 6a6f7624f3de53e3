package vn.motcua.documents;

/**
 * An upload the document store refuses (missing, empty, too large, no agency). The message is in Vietnamese;
 * {@code messageKey} (with {@code arguments}) names the text in the {@code documents} bundle for other languages.
 */
public class DocumentRefusedException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	DocumentRefusedException(String messageKey, String message, Object... arguments) {
		super(message);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
