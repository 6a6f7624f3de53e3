package vn.motcua.documents;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** How Vietnamese documents write dates, times and amounts, and the NFC normalisation every printed text goes through. */
final class VietnameseText {

	private VietnameseText() {
	}

	/** NFC (some Vietnamese keyboards send decomposed accents, which fonts then place wrongly); null becomes “”. */
	static String nfc(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * The place-and-date line of NĐ 30/2020: “Thiên Phủ, ngày 07 tháng 3 năm 2026” (day below 10 and months 1–2 with a
	 * leading zero).
	 */
	static String placeAndDate(String place, LocalDate date) {
		return nfc(place) + ", " + longDate(date);
	}

	/** “ngày 26 tháng 11 năm 2026”. */
	static String longDate(LocalDate date) {
		int month = date.getMonthValue();
		return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
				+ (month <= 2 ? String.format("%02d", month) : String.valueOf(month)) + " năm " + date.getYear();
	}

	/** “26/11/2026”. */
	static String shortDate(LocalDate date) {
		return date == null ? "" : String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	/** “08 giờ 05 phút, ngày 26/11/2026”, as the forms print times of receipt and return. */
	static String timeAndDate(LocalDateTime at) {
		return at == null ? "" : String.format("%02d giờ %02d phút, ngày %s", at.getHour(), at.getMinute(), shortDate(at.toLocalDate()));
	}

	/** “08:05” and “26/11/2026” on two lines, the short form for table cells. */
	static String compactTime(LocalDateTime at) {
		return at == null ? "" : String.format("%02d:%02d\n%s", at.getHour(), at.getMinute(), shortDate(at.toLocalDate()));
	}

	/** “1.250.000 đồng”. */
	static String amount(BigDecimal amount) {
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.GERMANY));
		return format.format(amount) + " đồng";
	}
}
