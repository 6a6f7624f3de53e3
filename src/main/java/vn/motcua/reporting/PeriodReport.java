package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.dossier.PeriodFigures;

/** The figures of a period: the total over the agencies in scope, and each agency's row. */
public record PeriodReport(LocalDate from, LocalDate to, PeriodFigures total, List<Row> rows) {

	public record Row(String agencyCode, String agencyName, PeriodFigures figures) {
	}
}
