package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A reporting period [from, to], inclusive; quarters are the usual ones. */
public record Period(LocalDate from, LocalDate to, String label) {

	static Period quarterOf(LocalDate day) {
		int quarter = (day.getMonthValue() - 1) / 3;
		LocalDate from = LocalDate.of(day.getYear(), quarter * 3 + 1, 1);
		return new Period(from, from.plusMonths(3).minusDays(1), "Q" + (quarter + 1) + "/" + day.getYear());
	}

	static Period orThisQuarter(LocalDate from, LocalDate to, LocalDate today) {
		if (from == null || to == null) {
			return quarterOf(today);
		}
		return new Period(from, to, null);
	}

	/** This quarter and the ones before it, newest first. */
	static List<Period> recentQuarters(LocalDate today, int count) {
		List<Period> quarters = new ArrayList<>();
		LocalDate day = today;
		for (int i = 0; i < count; i++) {
			Period quarter = quarterOf(day);
			quarters.add(quarter);
			day = quarter.from().minusDays(1);
		}
		return quarters;
	}
}
