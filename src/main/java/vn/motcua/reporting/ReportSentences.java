package vn.motcua.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;

import static vn.motcua.reporting.QuarterlyReportDocument.VIETNAMESE;

/**
 * The quarterly report's sentences from {@code messages/reporting.properties}, in Vietnamese, and the words that name
 * its period: a calendar quarter as the seed report writes it (“quý III … năm 2025”), any other period by its dates.
 */
class ReportSentences {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String[] QUARTERS = { "I", "II", "III", "IV" };

	private final MessageSource messages;

	ReportSentences(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One of the phrases that name the period: {@code key.period} with the period's label for any period;
	 * {@code key.quarter} (this quarter, the next, the year) for a quarter followed by one of the same year;
	 * {@code key.quarterYearEnd} (this quarter and its year, the next and its year) for the fourth quarter.
	 */
	String quarterly(String key, LocalDate from, LocalDate to) {
		if (!calendarQuarter(from, to)) {
			return say(key + ".period", periodLabel(from, to));
		}
		LocalDate next = from.plusMonths(3);
		String quarter = QUARTERS[(from.getMonthValue() - 1) / 3];
		String nextQuarter = QUARTERS[(next.getMonthValue() - 1) / 3];
		return next.getYear() == from.getYear() ? say(key + ".quarter", quarter, nextQuarter, from.getYear())
				: say(key + ".quarterYearEnd", quarter, from.getYear(), nextQuarter, next.getYear());
	}

	String periodLabel(LocalDate from, LocalDate to) {
		return calendarQuarter(from, to)
				? say("reporting.paper.period.quarter", QUARTERS[(from.getMonthValue() - 1) / 3], from.getYear())
				: say("reporting.paper.period.dates", DAY.format(from), DAY.format(to));
	}

	static boolean calendarQuarter(LocalDate from, LocalDate to) {
		return from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0 && to.equals(from.plusMonths(3).minusDays(1));
	}

	/**
	 * The report's sentence {@code key} in Vietnamese. The figures are written as they are (no grouping of
	 * thousands, years as years): each argument is passed to the message as its text.
	 */
	String say(String key, Object... args) {
		Object[] texts = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			texts[i] = String.valueOf(args[i]);
		}
		return messages.getMessage(key, texts, VIETNAMESE);
	}
}
