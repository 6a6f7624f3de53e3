package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotCuaTest;
import vn.motcua.calendar.DeadlineCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13 item 11: a supplement request that the applicant never answers lapses where the procedure's sector law sets
 * a time (NĐ 61/2018 Art. 19.4, 19.8), instead of "awaiting supplement" for ever. Requested Friday 26/09/2025 with 5
 * working days to supplement: the last day is Friday 03/10/2025, the request lapses on 04/10/2025. The report counts it
 * resolved on time on that day before the job ran, and the same after; the job closes it once, with the notice.
 */
@MotCuaTest
class SupplementLapseTests {

	static final String AGENCY = "99021";

	static final String PROCEDURE = "9.LAPSE";

	static final LocalDate Q4_FROM = LocalDate.of(2025, 10, 1);

	static final LocalDate Q4_TO = LocalDate.of(2025, 12, 31);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeadlineCalendar calendar;

	@Autowired
	DossierStatistics statistics;

	@Autowired
	SupplementLapseRules rules;

	@Autowired
	SupplementLapses lapses;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	DossierPapers forms;

	@Test
	void anUnansweredRequestLapsesByTheProcedureRuleAndTheReportAgreesBeforeAndAfterTheJob() {
		CraftedHistory history = new CraftedHistory(jdbc, calendar, AGENCY);
		long id = history.dossier("LAPSE", "ONLINE", "2025-09-25T09:00", "2025-10-01", null, null);
		jdbc.sql("update dossier set procedure_code = ? where id = ?").params(PROCEDURE, id).update();
		history.supplement(id, "2025-09-26T10:00", null);
		history.step(id, "SUPPLEMENT_REQUESTED", "AWAITING_SUPPLEMENT", "2025-09-26T10:00");
		String code = AGENCY + "-STAT-LAPSE";

		PeriodFigures before = figures();
		assertThat(before.awaitingSupplement()).as("no rule: it waits, as the law has no general lapse").isEqualTo(1);

		rules.set(PROCEDURE, 5, "Luật chuyên ngành (thử nghiệm)");
		assertThat(workflow.find(code).orElseThrow().supplementLapsesOn()).isEqualTo(LocalDate.of(2025, 10, 4));

		PeriodFigures reported = figures();
		assertThat(reported.awaitingSupplement()).isZero();
		assertThat(reported.resolved().total()).isEqualTo(1);
		assertThat(reported.resolved().onTime()).as("the clock was stopped: not late").isEqualTo(1);
		assertThat(reported.reconciles()).isTrue();
		assertThat(statistics.figures(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30), List.of(AGENCY)).get(0)
			.awaitingSupplement()).as("at the end of September it still waited").isEqualTo(1);
		assertThat(statistics.behind(DossierStatistics.Figure.RESOLVED_ON_TIME, Q4_FROM, Q4_TO, List.of(AGENCY), 10, 0))
			.singleElement().satisfies(line -> assertThat(line.resolvedOn()).isEqualTo(LocalDate.of(2025, 10, 4)));

		assertThatThrownBy(() -> workflow.receiveSupplement(code, "tiepnhan"))
			.isInstanceOfSatisfying(DossierTransitionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("dossier.refused.supplementLapsed"));

		assertThat(lapses.closeLapsed()).isGreaterThanOrEqualTo(1);
		Dossier closed = workflow.find(code).orElseThrow();
		assertThat(closed.status()).isEqualTo(DossierStatus.RESOLVED);
		assertThat(closed.decision()).isEqualTo(Decision.REFUSED);
		assertThat(closed.resolvedOn()).as("resolved on the lapse day, not the day the job ran")
			.isEqualTo(LocalDate.of(2025, 10, 4));
		assertThat(closed.decisionReason()).contains("không bổ sung", "03/10/2025");
		assertThat(closed.steps().get(closed.steps().size() - 1)).satisfies(step -> {
			assertThat(step.action()).isEqualTo(StepAction.SUPPLEMENT_LAPSED);
			assertThat(step.actor()).isEqualTo(SupplementLapses.ACTOR);
		});
		assertThat(forms.issued(closed)).extracting(IssuedPaper::form).contains(OneStopPaper.REFUSAL_AFTER_REVIEW);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DOSSIER_SUPPLEMENT_LAPSED' and target = ?")
			.param(code).query(Long.class).single()).isEqualTo(1);

		assertThat(figures()).as("the report is the same after the job").isEqualTo(reported);
		int again = lapses.closeLapsed();
		assertThat(workflow.find(code).orElseThrow().steps()).as("idempotent")
			.filteredOn(s -> s.action() == StepAction.SUPPLEMENT_LAPSED).hasSize(1);
		assertThat(again).isZero();
	}

	@Test
	void aSupplementRequestLaterThanThreeWorkingDaysAfterReceiptNeedsTheOfficersConfirmation() {
		CraftedHistory history = new CraftedHistory(jdbc, calendar, AGENCY);
		LocalDate started = calendar.plusWorkingDays(vn.motcua.TestClock.today(), -4);
		long id = history.dossier("LATE", "DIRECT", started + "T09:00", calendar.plusWorkingDays(started, 10).toString(),
				null, null);
		jdbc.sql("update dossier set start_date = ?, specialist = 'chuyenvien' where id = ?").params(started, id).update();
		String code = AGENCY + "-STAT-LATE";
		assertThat(workflow.supplementRequestLimit(workflow.find(code).orElseThrow()))
			.isEqualTo(calendar.plusWorkingDays(started, 2));

		assertThatThrownBy(() -> workflow.requestSupplement(code, "Giấy chứng sinh", null, false, "chuyenvien"))
			.isInstanceOfSatisfying(DossierTransitionRefused.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("dossier.refused.supplementRequestLate");
				assertThat(refused.args()).containsExactly(calendar.plusWorkingDays(started, 2), 3);
			});
		assertThat(workflow.find(code).orElseThrow().status()).isEqualTo(DossierStatus.IN_REVIEW);

		assertThat(workflow.requestSupplement(code, "Giấy chứng sinh", null, true, "chuyenvien").status())
			.isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DOSSIER_SUPPLEMENT_REQUESTED_LATE' and target = ?")
			.param(code).query(Long.class).single()).isEqualTo(1);
	}

	private PeriodFigures figures() {
		return statistics.figures(Q4_FROM, Q4_TO, List.of(AGENCY)).get(0);
	}
}
