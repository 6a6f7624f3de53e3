package vn.motcua.reporting;

import java.io.ByteArrayInputStream;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.agency.Agencies;
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.dossier.CraftedHistory;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The period report through the fixed API, the page with its drill-down, and the XLSX export. */
@MotCuaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTests {

	static final String AGENCY = "16522";

	@Autowired
	MockMvc mvc;

	@BeforeAll
	void history(@Autowired JdbcClient jdbc, @Autowired DeadlineCalendar calendar, @Autowired Agencies agencies,
			@Autowired OfficerAccounts accounts) {
		agencies.setActive(AGENCY, true);
		new CraftedHistory(jdbc, calendar, AGENCY).insert();
		accounts.create("lanhdao-16522", "Lãnh đạo Quảng Phú", "mat-khau-lanh-dao", Set.of(AGENCY),
				Set.of(OfficerRole.LEADER));
		accounts.create("chuyenvien-16522", "Chuyên viên Quảng Phú", "mat-khau-chuyen-vien", Set.of(AGENCY),
				Set.of(OfficerRole.SPECIALIST));
	}

	@Test
	void theApiGivesTheFieldsOfTheLegalRules() throws Exception {
		mvc.perform(get("/api/v1/reports/dossiers").param("from", "2025-07-01").param("to", "2025-09-30")
				.param("agency", AGENCY).with(httpBasic("lanhdao-16522", "mat-khau-lanh-dao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.carriedOver").value(2))
			.andExpect(jsonPath("$.received.total").value(8))
			.andExpect(jsonPath("$.received.byChannel.ONLINE").value(5))
			.andExpect(jsonPath("$.received.byChannel.DIRECT").value(2))
			.andExpect(jsonPath("$.received.byChannel.POSTAL").value(1))
			.andExpect(jsonPath("$.resolved.total").value(6))
			.andExpect(jsonPath("$.resolved.early").value(2))
			.andExpect(jsonPath("$.resolved.onTime").value(2))
			.andExpect(jsonPath("$.resolved.late").value(2))
			.andExpect(jsonPath("$.stopped").value(1))
			.andExpect(jsonPath("$.inProgress.total").value(2))
			.andExpect(jsonPath("$.inProgress.withinTime").value(1))
			.andExpect(jsonPath("$.inProgress.overdue").value(1))
			.andExpect(jsonPath("$.awaitingSupplement").value(1))
			.andExpect(jsonPath("$.onTimeRate").value(66.67))
			.andExpect(jsonPath("$.digitized").value(2))
			.andExpect(jsonPath("$.extended").value(1))
			.andExpect(jsonPath("$.refusedAtIntake").value(1));
	}

	@Test
	void badInputGetsAClear400AndOthersSeeNothing() throws Exception {
		mvc.perform(get("/api/v1/reports/dossiers").param("from", "2025-09-30").param("to", "2025-07-01")
				.param("agency", AGENCY).with(httpBasic("lanhdao-16522", "mat-khau-lanh-dao")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Đến ngày phải sau hoặc bằng từ ngày."));
		mvc.perform(get("/api/v1/reports/dossiers").param("from", "2025-07-01").param("to", "2025-09-30")
				.param("agency", "14908").with(httpBasic("lanhdao-16522", "mat-khau-lanh-dao")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/dossiers").param("from", "2025-07-01").param("to", "2025-09-30")
				.param("agency", AGENCY).with(httpBasic("chuyenvien-16522", "mat-khau-chuyen-vien")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aProvinceUserSeesTheSumAndEachCommune() throws Exception {
		mvc.perform(get("/api/v1/reports/dossiers").param("from", "2025-07-01").param("to", "2025-09-30")
				.param("agency", "38").with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencies[?(@.agency == '16522')].received.total").value(8))
			.andExpect(jsonPath("$.agencies[?(@.agency == '14908')]").exists());
	}

	@Test
	void thePageDrillsDownAndExports() throws Exception {
		mvc.perform(get("/reports").param("from", "2025-07-01").param("to", "2025-09-30").param("agency", AGENCY)
				.with(leader()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số liệu khớp: tồn kỳ trước 2 + tiếp nhận 8 = đã giải quyết 6 + dừng 1 + đang giải quyết 2 + chờ bổ sung 1.")))
			.andExpect(content().string(containsString("66,67 %")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("66.67 %"))));
		String page = mvc.perform(get("/reports").param("from", "2025-07-01").param("to", "2025-09-30")
				.param("agency", AGENCY).with(leader()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Yêu cầu bổ sung dưới 30 ngày", "Yêu cầu bổ sung từ 30 đến 90 ngày",
				"Yêu cầu bổ sung trên 90 ngày");
		long split = 0;
		for (String figure : new String[] { "AWAITING_UNDER_30_DAYS", "AWAITING_30_TO_90_DAYS", "AWAITING_OVER_90_DAYS" }) {
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"figure-" + figure + "\">(\\d+)<").matcher(page);
			assertThat(m.find()).as(figure).isTrue();
			split += Long.parseLong(m.group(1));
		}
		assertThat(split).as("the age split adds up to the awaiting-supplement figure").isEqualTo(1);
		mvc.perform(get("/reports").param("from", "2025-07-01").param("to", "2025-09-30").param("agency", AGENCY)
				.param("lang", "en").with(leader()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("66.67 %")));
		mvc.perform(get("/reports/dossiers").param("figure", "RESOLVED_LATE").param("from", "2025-07-01")
				.param("to", "2025-09-30").param("agency", AGENCY).with(leader()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(AGENCY + "-STAT-A")))
			.andExpect(content().string(containsString(AGENCY + "-STAT-D")));
		byte[] xlsx = mvc.perform(get("/reports/dossiers.xlsx").param("from", "2025-07-01").param("to", "2025-09-30")
				.param("agency", AGENCY).with(leader()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheet("Số liệu");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Tiếp nhận trong kỳ");
			assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(8);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("01/07/2025 – 30/09/2025");
		}
	}

	@Test
	void theDashboardDrawsTheMonthsAndListsTheDossiersAtRisk() throws Exception {
		mvc.perform(get("/reports/dashboard").param("agency", AGENCY).with(leader()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hồ sơ theo tháng (12 tháng gần nhất)")))
			.andExpect(content().string(containsString("class=\"chart__bar chart-series-0\"")))
			.andExpect(content().string(containsString(AGENCY + "-STAT-B")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(AGENCY + "-STAT-C"))));
	}

	@Test
	void theSatisfactionIndicatorCountsOverdueDossiersAndUnhappyCitizens(@Autowired Reports reports,
			@Autowired ServiceIndex index, @Autowired JdbcClient jdbc, @Autowired Agencies agencies) {
		jdbc.sql("""
				insert into satisfaction_rating (dossier_code, agency_code, procedure_code, overall, time_taken, visits,
				  staff_attitude, information_clarity, channel, rated_at)
				values (?, ?, '1.001193', 1, 'LATER', 3, 2, 2, 'RECEIPT_LINK', '2025-07-20T10:00:00+07:00')""")
			.params(AGENCY + "-STAT-C", AGENCY).update();
		var figures = reports.dossiers(java.time.LocalDate.of(2025, 7, 1), java.time.LocalDate.of(2025, 9, 30),
				java.util.List.of(agencies.find(AGENCY).orElseThrow())).total();
		Indicator satisfaction = index.indicators(figures, java.util.List.of(AGENCY)).stream()
			.filter(i -> i.id().equals("5.4")).findFirst().orElseThrow();
		// resolved 6 + in progress 2 = 8; overdue: 2 late + 1 in progress overdue; 1 dossier rated "not satisfied"
		assertThat(satisfaction.denominator()).isEqualTo(8);
		assertThat(satisfaction.numerator()).isEqualTo(4);
		assertThat(satisfaction.rate()).isEqualByComparingTo("50.00");
		assertThat(satisfaction.score()).isEqualByComparingTo("3.33");
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor leader() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("lanhdao-16522")
			.authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_LEADER"),
					new org.springframework.security.core.authority.SimpleGrantedAuthority(
							vn.motcua.shared.AgencyAccess.authority(AGENCY, OfficerRole.LEADER)));
	}
}
