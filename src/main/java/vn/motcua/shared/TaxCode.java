package vn.motcua.shared;

import java.util.regex.Pattern;

/**
 * A Vietnamese tax code (mã số thuế), which is also the enterprise code (mã số doanh nghiệp, Luật Doanh nghiệp 2020
 * Art. 29): 10 digits for the organisation, or 10 digits, a hyphen and 3 digits for a dependent unit or branch
 * (Thông tư 86/2024/TT-BTC Art. 5, cấu trúc mã số thuế). The tenth digit is a check digit:
 * {@code N10 = 10 − (31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9) mod 11}, and a remainder
 * giving 10 is never issued (the tax authority's code-structure rule; checked against published codes such as
 * 0100109106, 0101248141, 0300588569).
 */
public final class TaxCode {

	private static final Pattern FORM = Pattern.compile("\\d{10}(-\\d{3})?");

	private static final int[] WEIGHTS = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };

	private TaxCode() {
	}

	/** Whether the text is a well-formed tax code with a right check digit. */
	public static boolean isValid(String value) {
		if (value == null || !FORM.matcher(value).matches()) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += WEIGHTS[i] * (value.charAt(i) - '0');
		}
		int check = 10 - sum % 11;
		return check < 10 && value.charAt(9) - '0' == check;
	}
}
