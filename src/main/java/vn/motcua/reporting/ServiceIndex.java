package vn.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.dossier.DossierStatistics;
import vn.motcua.dossier.PeriodFigures;

/**
 * The Decision 766 indicators the records support (domain/regulations.md §3): 2.1 on-time processing, 2.2 average
 * processing time per procedure, 3.3 online dossiers, 4.2 digitisation, 5.4 satisfaction. Definitions are in
 * docs/reporting.md.
 */
@Service
public class ServiceIndex {

	private final DossierStatistics statistics;

	private final DeadlineCalendar calendar;

	private final List<SatisfactionSignals> satisfaction;

	ServiceIndex(DossierStatistics statistics, DeadlineCalendar calendar, List<SatisfactionSignals> satisfaction) {
		this.statistics = statistics;
		this.calendar = calendar;
		this.satisfaction = satisfaction;
	}

	/** Average working days from the clock's start to the resolution, per procedure. */
	public record ProcedureTime(String procedureCode, String procedureName, long dossiers, BigDecimal averageWorkingDays) {
	}

	public List<Indicator> indicators(PeriodFigures f, Collection<String> agencies) {
		List<Indicator> indicators = new ArrayList<>();
		long processed = f.resolved().total() + f.inProgress().total();
		long onTime = f.resolved().early() + f.resolved().onTime() + f.inProgress().withinTime();
		indicators.add(Indicator.rate("2.1", onTime, processed, Indicator.HUNDRED, BigDecimal.valueOf(20)));
		indicators.add(Indicator.rate("3.3", f.received().online(), f.received().total(), BigDecimal.valueOf(50), null));
		indicators.add(Indicator.rate("4.2", f.digitized(), f.resolved().total(), BigDecimal.valueOf(80), null));
		indicators.add(satisfaction(f, agencies));
		return indicators;
	}

	/** 5.4: 100% − (rate of overdue dossiers + rate of dossiers with a complaint or a dislike); full score at 90%. */
	private Indicator satisfaction(PeriodFigures f, Collection<String> agencies) {
		long processed = f.resolved().total() + f.inProgress().total();
		if (satisfaction.isEmpty() || processed == 0) {
			return new Indicator("5.4", 0, processed, null, BigDecimal.valueOf(90), BigDecimal.valueOf(6), null);
		}
		long unhappy = satisfaction.stream()
			.mapToLong(s -> s.dossiersWithComplaintOrDislike(agencies, f.from(), f.to())).sum();
		long overdue = f.resolved().late() + f.inProgress().overdue();
		long satisfied = Math.max(0, processed - overdue - unhappy);
		return Indicator.rate("5.4", satisfied, processed, BigDecimal.valueOf(90), BigDecimal.valueOf(6));
	}

	/** 2.2: per procedure, the average working days between the start of the clock and the resolution day. */
	public List<ProcedureTime> averageTimes(LocalDate from, LocalDate to, Collection<String> agencies) {
		Map<String, long[]> sums = new TreeMap<>();
		Map<String, String> names = new TreeMap<>();
		for (DossierStatistics.ResolutionSpan span : statistics.resolutionSpans(from, to, agencies)) {
			int days = Math.max(0, calendar.workingDaysBetween(span.startDate(), span.resolvedOn()));
			long[] sum = sums.computeIfAbsent(span.procedureCode(), code -> new long[2]);
			sum[0] += span.dossiers();
			sum[1] += days * span.dossiers();
			names.putIfAbsent(span.procedureCode(), span.procedureName());
		}
		List<ProcedureTime> times = new ArrayList<>();
		sums.forEach((code, sum) -> times.add(new ProcedureTime(code, names.get(code), sum[0],
				BigDecimal.valueOf(sum[1]).divide(BigDecimal.valueOf(sum[0]), 2, RoundingMode.HALF_UP))));
		return times;
	}
}
