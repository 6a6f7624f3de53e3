package vn.motcua.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Text for people read from the message bundles in Vietnamese, whatever the request's language: reasons in API problem
 * details, import reports, errors kept for the administrator. Numbers are shown as written (line 12345, not 12.345,
 * HTTP 503, year 2026), so a reader finds the line in the file or the code in a log.
 */
public final class VietnameseMessages {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	public VietnameseMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** The message {@code key} with {@code arguments} (numbers as written, {@code null} as "null"). */
	public String say(String key, Object... arguments) {
		Object[] shown = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			shown[i] = arguments[i] instanceof Number number ? number.toString() : String.valueOf(arguments[i]);
		}
		return messages.getMessage(key, shown, VIETNAMESE);
	}
}
