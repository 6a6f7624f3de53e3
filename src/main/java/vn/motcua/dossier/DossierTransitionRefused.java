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

	/** The reason in {@code locale}'s words: a state by its name, a day as dd/MM/yyyy. */
	public String message(org.springframework.context.MessageSource messages, java.util.Locale locale) {
		Object[] shown = java.util.Arrays.stream(args == null ? new Object[0] : args)
			.map(a -> a instanceof DossierStatus s ? messages.getMessage("dossier.status." + s.name(), null, locale)
					: a instanceof java.time.LocalDate day
							? day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
					: a)
			.toArray();
		return messages.getMessage(messageKey, shown, locale);
	}
}
