package vn.motcua.catalogue;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public posting (no sign-in) and the administration pages. */
@MotCuaTest
class CataloguePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CatalogueImport imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	UserDetailsService officers;

	@Test
	void citizensSeeTheStarterCatalogueByFieldAndAPrintablePagePerProcedureWithoutSigningIn() throws Exception {
		mvc.perform(get("/public/thu-tuc"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hộ tịch"), containsString("Chứng thực"))));
		mvc.perform(get("/public/thu-tuc").param("field", "Hộ tịch"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Thủ tục đăng ký khai sinh"),
					not(containsString("Chứng thực di chúc")))));
		mvc.perform(get("/public/thu-tuc").param("q", "dang ky khai sinh"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Thủ tục đăng ký khai sinh"),
					not(containsString("Chứng thực di chúc")))));
		mvc.perform(get("/public/thu-tuc/1.001193"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Thủ tục đăng ký khai sinh</h1>"),
					containsString("Giấy chứng sinh"), containsString("Trong ngày"), containsString("Giấy khai sinh"),
					containsString("Luật Hộ tịch 60/2014/QH13"), containsString("Tiếp nhận, kiểm tra hồ sơ"))));
		mvc.perform(get("/public/thu-tuc/9.999999")).andExpect(status().isNotFound());
	}

	@Test
	void theFeeExemptListShowsEachExemptionsBasis() throws Exception {
		mvc.perform(get("/public/thu-tuc/mien-phi-le-phi"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Cấp bản sao Trích lục hộ tịch"),
					containsString("Nghị quyết 12/2025/NQ-HĐND"), containsString("khi nộp hồ sơ trực tuyến"),
					containsString("8.000 đồng"))));
	}

	@Test
	void theAdministratorSeesTheSummaryPanelAndStepsMustAddUpToTheTimeLimit() throws Exception {
		imports.importCsv(new ByteArrayInputStream(CatalogueCsv.standard()
			.procedure("5.300001", "Thủ tục để sửa qua giao diện", "IN_PERSON", 0, false).bytes()));
		ProcedureVersion version = catalogue.inForce("5.300001", LocalDate.now(clock)).orElseThrow();

		mvc.perform(get("/admin/catalogue").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Số liệu danh mục"), containsString("summary-fees"))));

		mvc.perform(post("/admin/catalogue/versions/" + version.id()).with(admin()).with(csrf())
				.params(form(version, "5", java.util.Map.of())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tổng số ngày của các bước (3) phải bằng thời hạn giải quyết (5).")));

		mvc.perform(post("/admin/catalogue/versions/" + version.id()).with(admin()).with(csrf())
				.params(form(version, "5", java.util.Map.of("steps[1].workingDays", "4", "steps[2].workingDays", "1"))))
			.andExpect(redirectedUrlPattern("/admin/catalogue/versions/*"));
		assertThat(catalogue.version(version.id()).orElseThrow().timeLimit().amount()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CATALOGUE_PROCEDURE_UPDATED' and target = '5.300001' and actor = 'admin'")
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anotherEffectiveDateMakesANewVersionAndAbolitionTakesTheProcedureOutOfForce() throws Exception {
		LocalDate today = LocalDate.now(clock);
		imports.importCsv(new ByteArrayInputStream(CatalogueCsv.withColumns("effective_from")
			.procedure("5.300003", "Thủ tục có phiên bản mới qua giao diện", "IN_PERSON", 0, false,
					today.minusYears(1).toString())
			.bytes()));
		ProcedureVersion first = catalogue.inForce("5.300003", today).orElseThrow();

		mvc.perform(post("/admin/catalogue/versions/" + first.id()).with(admin()).with(csrf())
				.params(form(first, "3", java.util.Map.of("effectiveFrom", today.toString(), "serviceLevel", "FULL_ONLINE"))))
			.andExpect(redirectedUrlPattern("/admin/catalogue/versions/*"));
		ProcedureVersion second = catalogue.inForce("5.300003", today).orElseThrow();
		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.serviceLevel()).isEqualTo(ServiceLevel.FULL_ONLINE);
		assertThat(catalogue.inForce("5.300003", today.minusDays(1))).contains(first);
		mvc.perform(get("/public/thu-tuc/5.300003")).andExpect(status().isOk());
		mvc.perform(get("/public/thu-tuc").param("q", "phien ban moi qua giao dien"))
			.andExpect(content().string(containsString("5.300003")));

		mvc.perform(post("/admin/catalogue/procedures/5.300003/abolish").with(admin()).with(csrf())
				.param("versionId", Long.toString(second.id())).param("abolishedOn", today.toString())
				.param("decision", "123/QĐ-UBND"))
			.andExpect(redirectedUrlPattern("/admin/catalogue/versions/*"));
		assertThat(catalogue.inForce("5.300003", today)).isEmpty();
		mvc.perform(get("/public/thu-tuc/5.300003")).andExpect(status().isNotFound());
		mvc.perform(get("/public/thu-tuc").param("q", "phien ban moi qua giao dien"))
			.andExpect(content().string(not(containsString("5.300003"))));
		assertThat(jdbc.sql("select count(*) from audit_entry where target = '5.300003' and action in ('CATALOGUE_VERSION_CREATED', 'CATALOGUE_PROCEDURE_ABOLISHED')")
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aNewProcedureNeedsAWellFormedCode() throws Exception {
		String blank = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/admin/catalogue/new")
			.with(admin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(blank).as("a new procedure is prefilled as a commune's, from the catalogue bundle")
			.contains("value=\"Cấp xã\"", "value=\"Ủy ban nhân dân cấp xã\"");
		mvc.perform(post("/admin/catalogue/new").with(admin()).with(csrf())
				.param("code", "1.23").param("name", "Thủ tục mới").param("field", "Hộ tịch")
				.param("implementingLevel", "Cấp xã").param("implementingAgency", "UBND xã")
				.param("serviceLevel", "IN_PERSON").param("timeAmount", "0").param("timeUnit", "WORKING_DAYS")
				.param("supplementPolicy", "RESTART").param("effectiveFrom", "2025-07-01")
				.param("steps[0].unit", "Một cửa").param("steps[0].role", "RECEIVING_OFFICER")
				.param("steps[0].workingDays", "0").param("steps[0].description", "Tiếp nhận và trả kết quả"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã thủ tục phải có dạng d.dddddd, ví dụ 1.001193.")));
	}

	@Test
	void aFormWithAWordForANumberShowsEveryProblemAndKeepsWhatWasTyped() throws Exception {
		String page = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(post("/admin/catalogue/new")
				.with(admin()).with(csrf())
				.param("code", "1.999991").param("name", "").param("field", "Hộ tịch")
				.param("implementingLevel", "Cấp xã").param("implementingAgency", "UBND xã")
				.param("serviceLevel", "IN_PERSON").param("timeAmount", "ba").param("timeUnit", "WORKING_DAYS")
				.param("supplementPolicy", "RESTART").param("effectiveFrom", "2025-07-01")
				.param("fees[0].kind", "CHARGE").param("fees[0].description", "Lệ phí cấp bản sao")
				.param("fees[0].amountVnd", "tám nghìn").param("fees[1].description", "").param("fees[1].amountVnd", "")
				.param("documents[0].name", "Tờ khai").param("documents[0].copies", "0")
				.param("steps[0].unit", "Một cửa").param("steps[0].role", "RECEIVING_OFFICER")
				.param("steps[0].workingDays", "0").param("steps[0].description", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Nhập tên thủ tục.", "Thời hạn giải quyết phải là số nguyên không âm.",
				"Mỗi khoản phí, lệ phí cần có nội dung và số tiền (số nguyên không âm).",
				"Số bản phải là số nguyên từ 1 trở lên.",
				"Mỗi bước cần có công việc, bộ phận, vai trò và số ngày (số nguyên không âm).")
			.as("what was typed stays on the page").contains("value=\"Lệ phí cấp bản sao\"", "value=\"tám nghìn\"",
					"value=\"Tờ khai\"", "value=\"ba\"", "value=\"1.999991\"");
		assertThat(catalogue.history("1.999991")).as("nothing saved").isEmpty();
	}

	@Test
	void theAdministratorImportsACsvThroughTheUi() throws Exception {
		byte[] csv = CatalogueCsv.standard()
			.procedure("5.300002", "Thủ tục nhập qua giao diện", "FULL_ONLINE", 0, false)
			.procedure("5.30003", "Mã sai", "FULL_ONLINE", 0, false)
			.bytes();
		mvc.perform(multipart("/admin/catalogue/imports").file("file", csv).with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Đã nhập 1 thủ tục mới"),
					containsString("Mã thủ tục &quot;5.30003&quot; không đúng dạng d.dddddd"))));
	}

	/** The installation's administrator, as the sign-in would load them. */
	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user(officers.loadUserByUsername("admin"));
	}

	private static org.springframework.util.MultiValueMap<String, String> form(ProcedureVersion v, String time,
			java.util.Map<String, String> changes) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("name", v.name());
		form.add("field", v.field());
		form.add("implementingLevel", v.implementingLevel());
		form.add("implementingAgency", v.implementingAgency());
		form.add("serviceLevel", v.serviceLevel().name());
		form.add("timeAmount", time);
		form.add("timeUnit", "WORKING_DAYS");
		form.add("supplementPolicy", "RESTART");
		form.add("effectiveFrom", v.effectiveFrom().toString());
		for (int i = 0; i < v.steps().size(); i++) {
			ProcessingStep s = v.steps().get(i);
			form.add("steps[" + i + "].unit", s.unit());
			form.add("steps[" + i + "].role", s.role().name());
			form.add("steps[" + i + "].description", s.description());
			form.add("steps[" + i + "].workingDays", Integer.toString(s.workingDays()));
		}
		changes.forEach(form::set);
		return form;
	}
}
