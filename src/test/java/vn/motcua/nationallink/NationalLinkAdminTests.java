package vn.motcua.nationallink;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.agency.Agencies;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.dossier.CompleteIntake;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15 item 6 and the agency codes of item 1, with the link on and the simulator over real HTTP: the
 * administrator's page (the queue, the parked rows with the portal's reason, the last error of each waiting dossier,
 * indicator 1.4), scoped to the communes the administrator runs; "Gửi lại" un-parks and is audited; the dossier page
 * says whether the latest state reached the portal; a commune's {@code madonvi} set on the page goes with its next
 * steps.
 */
@MotCuaTest
class NationalLinkAdminTests {

	static SimulatedPortal portal;

	/** Phường Hoàn Kiếm: a second commune of the installation, for the scoping. */
	private static final String OTHER = "00070";

	@Autowired
	MockMvc mvc;

	@Autowired
	Intake intake;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void link(DynamicPropertyRegistry registry) throws Exception {
		portal = SimulatedPortal.linkedTo(registry);
	}

	@AfterAll
	static void stop() {
		portal.close();
	}

	@Test
	void thePageShowsParkedRowsAndTheSyncRateOfTheAdministratorsCommunesOnlyAndGuiLaiUnparksWithAnAuditLine()
			throws Exception {
		agencies.setActive(OTHER, true);
		String reached = accept(OTHER, "Đỗ Văn Đã Lên Cổng");
		SimulatedPortal.await(() -> delivered(reached) == 2, Duration.ofSeconds(60));
		String refusedHere = parked(OTHER, "Vũ Thị Bị Trả Về");
		String refusedThere = parked("14908", "Hồ Văn Xã Khác");

		mvc.perform(get("/admin/national-link").with(administratorOf("quantri-hoankiem", OTHER)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Liên thông đang bật"),
					containsString(portal.url()), not(containsString("mo-phong-mat-khau")),
					containsString("href=\"/dossiers/" + refusedHere + "\""), containsString("MaDoiTuong"),
					not(containsString(refusedThere)), not(containsString(reached + "\"")),
					// indicator 1.4: of the two dossiers received today in Phường Hoàn Kiếm, one reached the portal
					containsString("50% (1 trên 2 hồ sơ tiếp nhận trong kỳ)"))));
		mvc.perform(get("/admin/national-link").with(installationAdmin()))
			.andExpect(content().string(allOf(containsString(refusedHere), containsString(refusedThere))));

		// another commune's rows are not theirs to send again
		mvc.perform(post("/admin/national-link/retry").with(administratorOf("quantri-hoankiem", OTHER)).with(csrf())
				.param("agency", "14908"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/national-link/retry").with(administratorOf("quantri-hoankiem", OTHER)).with(csrf())
				.param("id", String.valueOf(parkedRow(refusedThere))))
			.andExpect(redirectedUrl("/admin/national-link")).andExpect(flash().attribute("successArg", 0));
		assertThat(parkedRow(refusedThere)).as("still parked").isNotNull();

		mvc.perform(post("/admin/national-link/retry").with(administratorOf("quantri-hoankiem", OTHER)).with(csrf())
				.param("agency", OTHER))
			.andExpect(redirectedUrl("/admin/national-link")).andExpect(flash().attribute("successArg", 1));
		SimulatedPortal.await(() -> delivered(refusedHere) == 2, Duration.ofSeconds(60));
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where action = 'NATIONAL_OUTBOX_RETRY' and actor = 'quantri-hoankiem'
				  and agency_code = ? and target like ? and before_value like '%MaDoiTuong%'""")
			.params(OTHER, refusedHere + " bước 1 %").query(Long.class).single()).isEqualTo(1);
		assertThat(parkedRow(refusedThere)).isNotNull();
		mvc.perform(get("/admin/national-link").with(administratorOf("quantri-hoankiem", OTHER)))
			.andExpect(content().string(allOf(not(containsString("href=\"/dossiers/" + refusedHere + "\"")),
					containsString("100% (2 trên 2 hồ sơ tiếp nhận trong kỳ)"))));
	}

	@Test
	void theDossierPageSaysWhetherItsLatestStateReachedThePortal() throws Exception {
		String reached = accept("14908", "Mai Thị Đồng Bộ");
		SimulatedPortal.await(() -> delivered(reached) == 2, Duration.ofSeconds(60));
		mvc.perform(get("/dossiers/" + reached).with(leaderOf("14908")))
			.andExpect(content().string(containsString("Đã đồng bộ lên Cổng DVCQG lúc")));

		String refused = parked("14908", "Lý Văn Bị Từ Chối");
		mvc.perform(get("/dossiers/" + refused).with(leaderOf("14908")))
			.andExpect(content().string(allOf(containsString("Chưa đồng bộ: bị Cổng từ chối: "),
					containsString("MaDoiTuong"))));

		// the portal down: the dossier waits, and the administrator's page shows its last error
		portal.fault("{\"kind\": \"DOWN\", \"calls\": 100000}");
		try {
			String waiting = accept("14908", "Trịnh Văn Chờ Mạng");
			SimulatedPortal.await(() -> jdbc.sql("select count(*) from national_outbox where dossier_code = ? and last_error is not null")
				.param(waiting).query(Long.class).single() > 0, Duration.ofSeconds(60));
			mvc.perform(get("/dossiers/" + waiting).with(leaderOf("14908")))
				.andExpect(content().string(containsString("Chưa đồng bộ: đang chờ gửi")));
			mvc.perform(get("/admin/national-link").with(installationAdmin()))
				.andExpect(content().string(containsString("id=\"waiting-" + waiting + "\"")));
		}
		finally {
			portal.back();
		}
	}

	@Test
	void theAgencyCodeSetOnThePageGoesWithTheCommunesNextStepsAndIsAudited() throws Exception {
		mvc.perform(post("/admin/national-link/agency-codes").with(administratorOf("quantri-hoankiem", OTHER))
				.with(csrf()).param("agency", "14908").param("madonvi", "000.00.99.H99"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/national-link/agency-codes").with(installationAdmin()).with(csrf())
				.param("agency", "14908").param("madonvi", "mã có dấu"))
			.andExpect(flash().attribute("failure", "link.admin.madonvi.invalid"));
		try {
			mvc.perform(post("/admin/national-link/agency-codes").with(installationAdmin()).with(csrf())
					.param("agency", "14908").param("madonvi", " 000.00.38.H56 "))
				.andExpect(redirectedUrl("/admin/national-link#madonvi"));
			mvc.perform(get("/admin/national-link").with(installationAdmin()))
				.andExpect(content().string(containsString("value=\"000.00.38.H56\"")));

			String code = accept("14908", "Quách Thị Mã Đơn Vị");
			SimulatedPortal.await(() -> delivered(code) == 2, Duration.ofSeconds(60));
			assertThat(jdbc.sql("select distinct madonvi from national_outbox where dossier_code = ?").param(code)
				.query(String.class).list()).containsExactly("000.00.38.H56");
			assertThat(portal.held(code).path("madonvi").asString()).isEqualTo("000.00.38.H56");
			assertThat(jdbc.sql("""
					select count(*) from audit_entry where action = 'NATIONAL_MADONVI_SET' and actor = 'admin'
					  and target = '14908' and after_value = '000.00.38.H56'""").query(Long.class).single())
				.isEqualTo(1);
		}
		finally {
			mvc.perform(post("/admin/national-link/agency-codes").with(installationAdmin()).with(csrf())
				.param("agency", "14908").param("madonvi", ""));
		}
		String after = accept("14908", "Quách Văn Mặc Định");
		SimulatedPortal.await(() -> delivered(after) == 2, Duration.ofSeconds(60));
		assertThat(portal.held(after).path("madonvi").asString()).as("blank: back to the commune's own code")
			.isEqualTo("14908");
	}

	private String accept(String agency, String name) {
		IntakeRequest r = CompleteIntake.of(catalogue.inForce("1.004873", TestClock.today()).orElseThrow(), name);
		return intake.accept(new IntakeRequest(UUID.randomUUID(), agency, r.procedureCode(), r.channel(), r.assisted(),
				r.applicant(), r.documents(), r.casesApplying(), r.feeConditionsHolding()), "tiepnhan").code();
	}

	/** A dossier whose first step the portal refuses (the batch, then the step alone): parked. */
	private String parked(String agency, String name) throws Exception {
		portal.fault("{\"kind\": \"REFUSED_FIELD\", \"field\": \"MaDoiTuong\", \"calls\": 2}");
		String code = accept(agency, name);
		SimulatedPortal.await(() -> parkedRow(code) != null, Duration.ofSeconds(60));
		return code;
	}

	private Long parkedRow(String code) {
		return jdbc.sql("select id from national_outbox where dossier_code = ? and parked_at is not null")
			.param(code).query(Long.class).optional().orElse(null);
	}

	private long delivered(String code) {
		return jdbc.sql("select count(*) from national_outbox where dossier_code = ? and delivered_at is not null")
			.param(code).query(Long.class).single();
	}

	private static RequestPostProcessor administratorOf(String username, String agency) {
		return user(username).authorities(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
				new SimpleGrantedAuthority(AgencyAccess.authority(agency, OfficerRole.ADMINISTRATOR)));
	}

	private static RequestPostProcessor installationAdmin() {
		return user("admin").authorities(new SimpleGrantedAuthority(AgencyAccess.INSTALLATION_ADMIN),
				new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"));
	}

	private static RequestPostProcessor leaderOf(String agency) {
		return user("lanhdao.lienthong").authorities(new SimpleGrantedAuthority("ROLE_LEADER"),
				new SimpleGrantedAuthority(AgencyAccess.authority(agency, OfficerRole.LEADER)));
	}

}
