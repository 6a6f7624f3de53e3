package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotCuaTest;
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.dossier.DossierStatistics.Figure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The period figures of legal-rules.md §4 over a crafted history of one commune for Q3 2025, checked against answers
 * computed by hand (see each dossier's comment).
 */
@MotCuaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierStatisticsTests {

	static final String AGENCY = "14797";

	static final LocalDate FROM = LocalDate.of(2025, 7, 1);

	static final LocalDate TO = LocalDate.of(2025, 9, 30);

	@Autowired
	DossierStatistics statistics;

	@Autowired
	DeadlineCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void history() {
		new CraftedHistory(jdbc, calendar, AGENCY).insert();
	}

	@Test
	void theQuarterAddsUpToTheHandComputedFigures() {
		PeriodFigures q3 = statistics.figures(FROM, TO, List.of(AGENCY)).get(0);
		assertThat(q3.carriedOver()).isEqualTo(2);
		assertThat(q3.received()).isEqualTo(new PeriodFigures.Received(8, 5, 2, 1));
		assertThat(q3.resolved()).isEqualTo(new PeriodFigures.Resolved(6, 2, 2, 2));
		assertThat(q3.stopped()).isEqualTo(1);
		assertThat(q3.inProgress()).isEqualTo(new PeriodFigures.InProgress(2, 1, 1));
		assertThat(q3.awaitingSupplement()).isEqualTo(1);
		assertThat(q3.digitized()).isEqualTo(2);
		assertThat(q3.extended()).isEqualTo(1);
		assertThat(q3.refusedAtIntake()).isEqualTo(1);
		assertThat(q3.onTimeRate()).isEqualByComparingTo(new BigDecimal("66.67"));
		assertThat(q3.reconciles()).isTrue();
	}

	@Test
	void eachFigureDrillsDownToTheDossiersBehindIt() {
		assertThat(codes(Figure.RESOLVED_LATE)).containsExactly("A", "D");
		assertThat(codes(Figure.CARRIED_OVER)).containsExactly("A", "B");
		assertThat(codes(Figure.AWAITING_SUPPLEMENT)).containsExactly("E");
		assertThat(codes(Figure.IN_PROGRESS_OVERDUE)).containsExactly("B");
		assertThat(codes(Figure.DIGITIZED)).containsExactly("C", "H");
		assertThat(codes(Figure.RECEIVED_ONLINE)).containsExactly("D", "H", "L", "E", "G");
	}

	@Test
	void theAwaitingSupplementDossiersAreSplitByTheAgeOfTheRequestAndTheSplitAddsUp() {
		String agency = "99022";
		CraftedHistory history = new CraftedHistory(jdbc, calendar, agency);
		// requested 20/9 (11 days before 30/9), 1/8 (60 days), 1/6/2025 (121 days), and one answered: not awaiting
		String[] requested = { "2025-09-19T10:00", "2025-08-01T10:00", "2025-06-01T10:00" };
		for (int i = 0; i < requested.length; i++) {
			long id = history.dossier("AGE" + i, "DIRECT", "2025-05-20T09:00", "2025-06-10", null, null);
			history.supplement(id, "2025-05-22T10:00", "2025-05-23T10:00");
			history.supplement(id, requested[i], null);
		}
		PeriodFigures q3 = statistics.figures(FROM, TO, List.of(agency)).get(0);
		DossierStatistics.AwaitingByAge byAge = statistics.awaitingByAge(FROM, TO, List.of(agency));
		assertThat(q3.awaitingSupplement()).isEqualTo(3);
		assertThat(byAge).isEqualTo(new DossierStatistics.AwaitingByAge(1, 1, 1));
		assertThat(byAge.total()).isEqualTo(q3.awaitingSupplement());
		assertThat(statistics.behind(Figure.AWAITING_OVER_90_DAYS, FROM, TO, List.of(agency), 10, 0))
			.extracting(DossierStatistics.DossierLine::code).containsExactly(agency + "-STAT-AGE2");
		assertThat(statistics.awaitingByAge(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), List.of(agency)))
			.as("at the end of June the oldest had waited 29 days").isEqualTo(new DossierStatistics.AwaitingByAge(1, 0, 0));
	}

	@Test
	void aMonthOfTheQuarterAlsoAddsUp() {
		PeriodFigures august = statistics.figures(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31), List.of(AGENCY))
			.get(0);
		// Open at the end of July: B (carried from June). Accepted in August: F, L. Resolved: L. Stopped: F.
		assertThat(august.carriedOver()).isEqualTo(1);
		assertThat(august.received().total()).isEqualTo(2);
		assertThat(august.resolved().total()).isEqualTo(1);
		assertThat(august.stopped()).isEqualTo(1);
		assertThat(august.reconciles()).isTrue();
	}

	@Test
	void aDossierAwaitingSupplementAtTheEndIsCountedSoEvenIfResolvedLaterAndAnOpenExtendedOneIsExtended() {
		String agency = "14758";
		CraftedHistory history = new CraftedHistory(jdbc, calendar, agency);
		// N: supplement requested 26/9, received 5/10, resolved 10/10: awaiting supplement at the end of September
		long n = history.dossier("N", "ONLINE", "2025-09-20T09:00", "2025-09-29", "2025-10-10", "APPROVED");
		history.supplement(n, "2025-09-26T10:00", "2025-10-05T09:00");
		// O: open, extended with an apology on 25/9
		long o = history.dossier("O", "DIRECT", "2025-09-22T09:00", "2025-09-30", null, null);
		history.step(o, "EXTENDED", null, "2025-09-25T09:00");
		PeriodFigures q3 = statistics.figures(FROM, TO, List.of(agency)).get(0);
		assertThat(q3.received().total()).isEqualTo(2);
		assertThat(q3.awaitingSupplement()).isEqualTo(1);
		assertThat(q3.inProgress().total()).isEqualTo(1);
		assertThat(q3.extended()).isEqualTo(1);
		assertThat(q3.reconciles()).isTrue();
	}

	@Test
	void everyFigureHoldsAsManyDossiersAsItsDrillDownLists() {
		for (LocalDate[] period : new LocalDate[][] { { FROM, TO }, { LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31) },
				{ LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31) } }) {
			PeriodFigures f = statistics.figures(period[0], period[1], List.of(AGENCY)).get(0);
			java.util.Map<Figure, Long> expected = new java.util.EnumMap<>(Figure.class);
			expected.put(Figure.CARRIED_OVER, f.carriedOver());
			expected.put(Figure.RECEIVED, f.received().total());
			expected.put(Figure.RECEIVED_ONLINE, f.received().online());
			expected.put(Figure.RECEIVED_DIRECT, f.received().direct());
			expected.put(Figure.RECEIVED_POSTAL, f.received().postal());
			expected.put(Figure.RESOLVED, f.resolved().total());
			expected.put(Figure.RESOLVED_EARLY, f.resolved().early());
			expected.put(Figure.RESOLVED_ON_TIME, f.resolved().onTime());
			expected.put(Figure.RESOLVED_LATE, f.resolved().late());
			expected.put(Figure.STOPPED, f.stopped());
			expected.put(Figure.IN_PROGRESS, f.inProgress().total());
			expected.put(Figure.IN_PROGRESS_WITHIN_TIME, f.inProgress().withinTime());
			expected.put(Figure.IN_PROGRESS_OVERDUE, f.inProgress().overdue());
			expected.put(Figure.AWAITING_SUPPLEMENT, f.awaitingSupplement());
			DossierStatistics.AwaitingByAge byAge = statistics.awaitingByAge(period[0], period[1], List.of(AGENCY));
			assertThat(byAge.total()).as("the split adds up to the awaiting figure").isEqualTo(f.awaitingSupplement());
			expected.put(Figure.AWAITING_UNDER_30_DAYS, byAge.under30());
			expected.put(Figure.AWAITING_30_TO_90_DAYS, byAge.from30To90());
			expected.put(Figure.AWAITING_OVER_90_DAYS, byAge.over90());
			expected.put(Figure.DIGITIZED, f.digitized());
			expected.put(Figure.EXTENDED, f.extended());
			assertThat(expected).as("every figure is checked").hasSize(Figure.values().length);
			expected.forEach((figure, count) -> assertThat((long) statistics
				.behind(figure, period[0], period[1], List.of(AGENCY), 1000, 0).size())
				.as(figure + " " + period[0] + ".." + period[1]).isEqualTo(count));
		}
	}

	private List<String> codes(Figure figure) {
		return statistics.behind(figure, FROM, TO, List.of(AGENCY), 100, 0).stream()
			.map(line -> line.code().substring(line.code().lastIndexOf('-') + 1)).toList();
	}
}
