package vn.motcua.history;

import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.motcua.dossier.DossierTransitionRefused;
import vn.motcua.shared.VietnameseMessages;

/**
 * What the import says, in Vietnamese, from the message bundles: every reason a line is rejected or a file refused.
 * Numbers are shown as written (line 12345, not 12.345), so a reader finds the line in the file.
 */
final class ImportMessages {

	static final Locale VIETNAMESE = VietnameseMessages.VIETNAMESE;

	private final MessageSource messages;

	private final VietnameseMessages words;

	ImportMessages(MessageSource messages) {
		this.messages = messages;
		this.words = new VietnameseMessages(messages);
	}

	String say(String key, Object... arguments) {
		return words.say(key, arguments);
	}

	/** The dossier's own reason for refusing a step (the aggregate's message, not a second wording of it). */
	String say(DossierTransitionRefused refusal) {
		return refusal.message(messages, VIETNAMESE);
	}

	/** A size in megabytes as people read it: whole when it is at least one, else one decimal (Vietnamese comma). */
	static String megabytes(long bytes) {
		long mb = bytes / (1024 * 1024);
		return mb >= 1 ? String.valueOf(mb) : String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0))
			.replace('.', ',');
	}
}
