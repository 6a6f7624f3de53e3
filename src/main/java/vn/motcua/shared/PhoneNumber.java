package vn.motcua.shared;

/** A phone number as officers and citizens type it: 9 to 12 digits, an optional leading +, spaces and dots ignored. */
public final class PhoneNumber {

	private PhoneNumber() {
	}

	public static boolean isValid(String text) {
		return text != null && text.replaceAll("[ .]", "").matches("\\+?\\d{9,12}");
	}
}
