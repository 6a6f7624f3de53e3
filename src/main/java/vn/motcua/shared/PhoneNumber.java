package vn.motcua.shared;

import java.util.regex.Pattern;

/** A phone number as officers and citizens type it: 9 to 12 digits, an optional leading +, spaces and dots ignored. */
public final class PhoneNumber {

	private static final Pattern SEPARATORS = Pattern.compile("[ .]");

	private static final Pattern NUMBER = Pattern.compile("\\+?\\d{9,12}");

	private PhoneNumber() {
	}

	public static boolean isValid(String text) {
		return text != null && NUMBER.matcher(SEPARATORS.matcher(text).replaceAll("")).matches();
	}
}
