package vn.motcua.shared;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A personal identification number (số định danh cá nhân, printed on the citizen identity card, CCCD): 12 digits, the
 * first three the code of the province of birth registration (63 pre-2025 codes), the fourth the century and sex,
 * the next two the year of birth.
 */
public final class CitizenIdNumber {

	private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

	private static final Set<String> PROVINCE_CODES = Set.of("001", "002", "004", "006", "008", "010", "011", "012",
			"014", "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035",
			"036", "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058",
			"060", "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083",
			"084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

	private CitizenIdNumber() {
	}

	/** Whether the text is a well-formed 12-digit personal identification number. */
	public static boolean isValid(String value) {
		return value != null && TWELVE_DIGITS.matcher(value).matches() && PROVINCE_CODES.contains(value.substring(0, 3));
	}
}
