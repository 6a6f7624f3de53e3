package vn.motcua.reporting;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.agency.Agencies;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.dossier.CompleteIntake;
import vn.motcua.dossier.Decision;
import vn.motcua.dossier.DossierStatistics;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.PeriodFigures;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.containsString;

/**
 * The dossier module's events reach the reporting module through the event publication registry: written in the
 * dossier's own transaction, delivered after it commits, delivered again after a crash, and counted once.
 */
@MotCuaTest
class DossierActivityTests {

	/** Xã Quảng Yên, Thanh Hóa: no other test writes its dossiers. */
	static final String AGENCY = "16480";

	@Autowired
	Intake intake;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	MockMvc mvc;

	@Test
	void theDashboardCountsTodayAsThePeriodFiguresDo(@Autowired Agencies agencies, @Autowired OfficerAccounts accounts)
			throws Exception {
		agencies.setActive(AGENCY, true);
		accounts.create("chuyenvien-16480", "Chuyên viên Quảng Yên", "mat-khau-kiem-thu", Set.of(AGENCY),
				Set.of(OfficerRole.SPECIALIST));
		accounts.create("lanhdao-16480", "Lãnh đạo Quảng Yên", "mat-khau-kiem-thu", Set.of(AGENCY),
				Set.of(OfficerRole.LEADER));
		ProcedureVersion version = catalogue.inForce("1.004873", TestClock.today()).orElseThrow();
		String resolved = intake.accept(request(version, "Nguyễn Văn Một"), "tiepnhan").code();
		String supplemented = intake.accept(request(version, "Trần Thị Hai"), "tiepnhan").code();
		intake.accept(request(version, "Lê Văn Ba"), "tiepnhan");
		intake.refuse(request(version, "Phạm Thị Bốn"), "Không thuộc thẩm quyền của xã", "tiepnhan");
		workflow.assign(resolved, "chuyenvien-16480", "lanhdao-16480");
		workflow.propose(resolved, Decision.APPROVED, "Đủ điều kiện", "lanhdao-16480", "chuyenvien-16480");
		workflow.decide(resolved, Decision.APPROVED, null, "lanhdao-16480");
		workflow.requestSupplement(supplemented, "Bản sao giấy khai sinh", "Bản sao mờ", false, "chuyenvien-16480");
		awaitDelivered();

		LocalDate today = TestClock.today();
		PeriodFigures figures = statistics.total(statistics.figures(today, today, List.of(AGENCY)), today, today);
		assertThat(figures.received().total()).isEqualTo(3);
		mvc.perform(get("/reports/dashboard").param("agency", AGENCY)
				.with(user("lanhdao-16480").authorities(
						new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_LEADER"),
						new org.springframework.security.core.authority.SimpleGrantedAuthority("AGENCY_" + AGENCY + "_LEADER"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(shown("RECEIVED", figures.received().total()))))
			.andExpect(content().string(containsString(shown("RESOLVED", figures.resolved().total()))))
			.andExpect(content().string(containsString(shown("RESOLVED_LATE", figures.resolved().late()))))
			.andExpect(content().string(containsString(shown("NOT_ACCEPTED", 1))))
			.andExpect(content().string(containsString(shown("SUPPLEMENT_REQUESTED", 1))));
		assertThat(figures.resolved().total()).isEqualTo(1);
	}

	private static String shown(String kind, long count) {
		return "id=\"today-" + kind + "\">" + count + "<";
	}

	@Test
	void anEventIsStoredWithTheDossierAndDeliveredAgainAfterACrashButCountedOnce() throws Exception {
		ProcedureVersion version = catalogue.inForce("1.004873", TestClock.today()).orElseThrow();
		// a supplement request: an event the dashboard counts through the registry (acceptance it reads from the records)
		Map<String, Object> publication;
		String code;
		try (Connection blocking = dataSource.getConnection()) {
			blocking.setAutoCommit(false);
			try (Statement statement = blocking.createStatement()) {
				// the listener's insert waits behind this lock, so its publication is seen before it completes
				statement.execute("lock table dossier_activity in share mode");
			}
			code = intake.accept(request(version, "Đỗ Văn Năm"), "tiepnhan").code();
			workflow.requestSupplement(code, "Bản sao giấy khai sinh", "Bản sao mờ", false, "tiepnhan");
			String marker = "\"code\":\"" + code + "\"";
			await(() -> !pending(marker).isEmpty());
			publication = pending(marker).get(0);
			assertThat(publication.get("listener_id").toString()).contains("DossierActivity");
			blocking.rollback();
		}
		awaitDelivered();
		assertThat(counted(code)).isEqualTo(1);

		// A crash after the listener's commit, before the publication was marked completed: delivered again at restart
		reinsert(publication);
		incomplete.resubmitIncompletePublications(p -> true);
		awaitDelivered();
		assertThat(counted(code)).as("a repeated delivery counts once").isEqualTo(1);

		// A crash before the listener's commit: the count was lost, the publication is delivered again and counts it
		jdbc.sql("delete from dossier_activity where dossier_code = ?").param(code).update();
		reinsert(publication);
		incomplete.resubmitIncompletePublications(p -> true);
		awaitDelivered();
		assertThat(counted(code)).isEqualTo(1);
	}

	private static IntakeRequest request(ProcedureVersion version, String name) {
		IntakeRequest complete = CompleteIntake.of(version, name);
		return new IntakeRequest(UUID.randomUUID(), AGENCY, complete.procedureCode(), complete.channel(),
				complete.assisted(), complete.applicant(), complete.documents());
	}

	private List<Map<String, Object>> pending(String marker) {
		return jdbc.sql("select * from event_publication where completion_date is null and serialized_event like ?")
			.param("%" + marker + "%").query().listOfRows();
	}

	private long counted(String code) {
		return jdbc.sql("select count(*) from dossier_activity where dossier_code = ?").param(code)
			.query(Long.class).single();
	}

	private void reinsert(Map<String, Object> p) {
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				  completion_attempts)
				values (?, ?, ?, ?, ?, 'FAILED', 1)""")
			.params(UUID.randomUUID(), p.get("listener_id"), p.get("event_type"), p.get("serialized_event"),
					p.get("publication_date"))
			.update();
	}

	/** Every publication of this test's agency delivered (completed ones are deleted). */
	private void awaitDelivered() {
		await(() -> jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%\"agencyCode\":\"" + AGENCY + "\"%").query(Long.class).single() == 0);
	}

	private static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not delivered within 20 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}
}
