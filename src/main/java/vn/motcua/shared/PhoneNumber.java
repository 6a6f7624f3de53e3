package vn.motcua.shared;

import java.util.regex.Pattern;

/** A phone number as officers and citizens type it: 9 to 12 digits, an optional leading +, spaces and dots ignored. */
public final class PhoneNumber {

	private static final Pattern SEPARATORS = Pattern.compile("[ .]");

	private static final Pattern NUMBER = Pattern.compile("\\+?\\d{9,12}");

	/** A Vietnamese mobile number (SMS and Zalo reach only those): 0, 84 or +84, then 3, 5, 7, 8 or 9 and eight digits. */
	private static final Pattern MOBILE = Pattern.compile("(0|\\+?84)[35789]\\d{8}");

	private PhoneNumber() {
	}

	/** Whether {@code text} is a Vietnamese mobile number (spaces and dots ignored). */
	public static boolean isMobile(String text) {
		return text != null && MOBILE.matcher(SEPARATORS.matcher(text.strip()).replaceAll("")).matches();
	}

	public static boolean isValid(String text) {
		return text != null && NUMBER.matcher(SEPARATORS.matcher(text).replaceAll("")).matches();
	}
}
