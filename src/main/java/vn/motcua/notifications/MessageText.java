package vn.motcua.notifications;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template's text filled in, and what it costs on each channel. An SMS is one segment of 160 characters when every
 * character is in the GSM 03.38 alphabet (GSM-7), otherwise (Vietnamese letters with diacritics) of 70 UCS-2
 * characters; a longer message is sent as concatenated segments of 153 or 67 (3GPP TS 23.040). MotCua keeps the
 * diacritics unless the gateway needs plain letters ({@code MOTCUA_SMS_ASCII}): a Vietnamese text without them is
 * easily misread. A ZNS message has at most 400 characters (Zalo's limit for a template's parameters and text).
 */
final class MessageText {

	/** The longest SMS MotCua sends: three segments. */
	static final int MAX_SMS_SEGMENTS = 3;

	/** Zalo's limit. */
	static final int MAX_ZNS_CHARACTERS = 400;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

	/** GSM 03.38's basic alphabet; the extension table's characters count twice. */
	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENSION = "^{}\\[~]|€";

	private MessageText() {
	}

	/** The names used as {@code {name}} in {@code body}. */
	static Set<String> placeholders(String body) {
		Set<String> names = new LinkedHashSet<>();
		Matcher m = PLACEHOLDER.matcher(body);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	/** {@code body} with each {@code {name}} replaced by its value (an unknown name is left as written). */
	static String fill(String body, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(body);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** The Vietnamese letters folded to plain ones (đ → d, ế → e), for a gateway that takes only GSM-7. */
	static String plain(String text) {
		String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "");
		return Normalizer.normalize(folded, Normalizer.Form.NFC);
	}

	/** Whether every character of {@code text} is in the GSM-7 alphabet. */
	static boolean gsm7(String text) {
		return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
	}

	/** How many SMS segments {@code text} takes. */
	static int smsSegments(String text) {
		if (gsm7(text)) {
			int septets = text.chars().map(c -> GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
			return septets <= 160 ? 1 : (septets + 152) / 153;
		}
		int units = text.length();
		return units <= 70 ? 1 : (units + 66) / 67;
	}
}
