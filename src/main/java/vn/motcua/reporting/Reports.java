package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.motcua.agency.Agency;
import vn.motcua.dossier.DossierStatistics;
import vn.motcua.dossier.PeriodFigures;

/**
 * The period report of a set of agencies. Every row and the total are checked against the reconciliation identity of
 * legal-rules.md §4 before anyone sees them: figures that do not add up raise {@link ReportDoesNotAddUp}.
 */
@Service
public class Reports {

	private final DossierStatistics statistics;

	Reports(DossierStatistics statistics) {
		this.statistics = statistics;
	}

	public PeriodReport dossiers(LocalDate from, LocalDate to, List<Agency> agencies) {
		Map<String, Agency> byCode = agencies.stream().collect(Collectors.toMap(Agency::code, Function.identity()));
		List<PeriodFigures> figures = statistics.figures(from, to, byCode.keySet().stream().sorted().toList());
		List<PeriodReport.Row> rows = new ArrayList<>();
		for (PeriodFigures row : figures) {
			check(row.agencyCode(), row);
			rows.add(new PeriodReport.Row(row.agencyCode(), byCode.get(row.agencyCode()).name(), row));
		}
		PeriodFigures total = statistics.total(figures, from, to);
		check("total", total);
		return new PeriodReport(from, to, total, rows);
	}

	private static void check(String agency, PeriodFigures figures) {
		if (!figures.reconciles()) {
			throw new ReportDoesNotAddUp(agency, figures);
		}
	}
}
