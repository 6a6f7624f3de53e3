package vn.motcua.reporting;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A rate as the page's language writes it: “90,69 %” in Vietnamese (decimal comma, as the report on paper), “90.69 %”
 * in English; trailing zeros dropped (“100 %”). Used by the report pages as {@code ${@percent.format(rate)}}.
 */
@Component("percent")
public class Percent {

	public String format(BigDecimal rate) {
		return format(rate, LocaleContextHolder.getLocale());
	}

	static String format(BigDecimal rate, Locale locale) {
		if (rate == null) {
			return "";
		}
		boolean english = "en".equals(locale.getLanguage());
		DecimalFormat format = new DecimalFormat("#,##0.##",
				DecimalFormatSymbols.getInstance(english ? Locale.ENGLISH : Locale.forLanguageTag("vi")));
		return format.format(rate) + " %";
	}
}
