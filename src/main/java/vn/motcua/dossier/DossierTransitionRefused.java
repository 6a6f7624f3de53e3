package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** An action the law does not allow on the dossier in its present state; {@code messageKey} explains it. */
public class DossierTransitionRefused extends RuntimeException {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

	/**
	 * The reason in words: the message of {@link #messageKey()} with a status named as the pages name it
	 * ({@code dossier.status.*}) and a date as {@code dd/MM/yyyy}.
	 */
	public String message(MessageSource messages, Locale locale) {
		Object[] shown = Arrays.stream(args == null ? new Object[0] : args)
			.map(a -> a instanceof DossierStatus s ? messages.getMessage("dossier.status." + s.name(), null, locale)
					: a instanceof LocalDate day ? day.format(DAY) : a)
			.toArray();
		return messages.getMessage(messageKey, shown, locale);
	}
}
