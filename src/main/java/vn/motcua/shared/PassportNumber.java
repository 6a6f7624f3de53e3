package vn.motcua.shared;

import java.util.regex.Pattern;

/**
 * A passport number as printed in a foreigner's passport: 6 to 9 Latin letters and digits (ICAO Doc 9303 Part 4,
 * document number field of at most 9 characters); typed in any case, kept in capitals.
 */
public final class PassportNumber {

	private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{6,9}");

	private PassportNumber() {
	}

	public static boolean isValid(String value) {
		return value != null && NUMBER.matcher(value).matches();
	}

	/** The number as kept: trimmed, in capitals (null stays null). */
	public static String normalise(String value) {
		return value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
	}
}
