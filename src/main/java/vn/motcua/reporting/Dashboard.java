package vn.motcua.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.dossier.DossierStatistics;
import vn.motcua.dossier.DossierStatistics.Figure;
import vn.motcua.dossier.PeriodFigures;

/**
 * The leadership's picture: month by month (received, resolved, on-time rate, overdue), the quarter by field, and the
 * dossiers at risk in the coming working week.
 */
@Service
class Dashboard {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yy");

	private final DossierStatistics statistics;

	private final Catalogue catalogue;

	private final DeadlineCalendar calendar;

	Dashboard(DossierStatistics statistics, Catalogue catalogue, DeadlineCalendar calendar) {
		this.statistics = statistics;
		this.catalogue = catalogue;
		this.calendar = calendar;
	}

	public record Month(String label, PeriodFigures figures) {
	}

	public record FieldRow(String field, long received, long resolved, long late) {
	}

	List<Month> months(Collection<String> agencies, LocalDate today, int count) {
		List<Month> months = new ArrayList<>();
		YearMonth last = YearMonth.from(today);
		for (int i = count - 1; i >= 0; i--) {
			YearMonth month = last.minusMonths(i);
			LocalDate to = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
			List<PeriodFigures> rows = statistics.figures(month.atDay(1), to, agencies);
			months.add(new Month(MONTH.format(month), statistics.total(rows, month.atDay(1), to)));
		}
		return months;
	}

	BarChart chart(List<Month> months) {
		List<BarChart.Group> groups = months.stream().map(m -> new BarChart.Group(m.label(),
				List.of(m.figures().received().total(), m.figures().resolved().total(),
						m.figures().resolved().late() + m.figures().inProgress().overdue())))
			.toList();
		return BarChart.of("reporting.dashboard.chart", List.of("reporting.received", "reporting.resolved",
				"reporting.dashboard.late"), groups);
	}

	List<FieldRow> byField(Collection<String> agencies, LocalDate from, LocalDate to) {
		Map<String, long[]> rows = new TreeMap<>();
		add(rows, statistics.countsByVersion(Figure.RECEIVED, from, to, agencies), 0);
		add(rows, statistics.countsByVersion(Figure.RESOLVED, from, to, agencies), 1);
		add(rows, statistics.countsByVersion(Figure.RESOLVED_LATE, from, to, agencies), 2);
		return rows.entrySet().stream().map(e -> new FieldRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.toList();
	}

	List<DossierStatistics.DossierLine> atRisk(Collection<String> agencies, LocalDate today) {
		return statistics.dueBy(calendar.plusWorkingDays(today, 5), agencies, 50);
	}

	private void add(Map<String, long[]> rows, Map<Long, Long> counts, int column) {
		counts.forEach((version, count) -> {
			String field = catalogue.version(version).map(ProcedureVersion::field).orElse("—");
			rows.computeIfAbsent(field, f -> new long[3])[column] += count;
		});
	}
}
