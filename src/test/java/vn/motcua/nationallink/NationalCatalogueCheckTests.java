package vn.motcua.nationallink;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.Axe;
import vn.motcua.Browser;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CatalogueImport;
import vn.motcua.nationallink.NationalCatalogueCheck.Check;
import vn.motcua.nationallink.NationalCatalogueCheck.Outcome;
import vn.motcua.nationallink.NationalCatalogueCheck.Run;
import vn.motcua.nationallink.NationalProcedureComparison.Difference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue compared with the national procedure database, over real HTTP to the simulator ({@code LayThuTuc}):
 * the comparison lists exactly the procedures set to differ on the simulator and the one it does not know, and counts
 * the rest as matching; a procedure the portal refuses is listed with its reason; an outage mid-run stops the run with
 * a Vietnamese message and keeps what was compared; the page works as a plain form and passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class NationalCatalogueCheckTests {

	/** Published by this test in the catalogue only: the national database does not know it. */
	private static final String UNKNOWN = "7.900015";

	static SimulatedPortal portal;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	NationalCatalogueCheck check;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CatalogueImport imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService officers;

	@DynamicPropertySource
	static void link(DynamicPropertyRegistry registry) throws Exception {
		portal = SimulatedPortal.linkedTo(registry);
	}

	@AfterAll
	static void stop() {
		portal.close();
	}

	@BeforeEach
	void differingProcedures() throws Exception {
		simulate("/simulator/reset", "{}");
		// name and time limit differ (the catalogue: "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân", 3 working days)
		simulate("/simulator/procedures", """
				{"MATTHC": "1.004873", "TENTTHC": "Thủ tục cấp giấy xác nhận tình trạng hôn nhân (sửa đổi)",
				 "THOIGIANGIAIQUYET": "05 ngày làm việc", "PHILEPHI": [{"MUCPHI": "0"}]}""");
		// only the fee differs (the catalogue: 3 working days, no fee amount)
		simulate("/simulator/procedures", """
				{"MATTHC": "1.001022", "TENTTHC": "  Thủ tục đăng ký nhận  cha, mẹ, con ",
				 "THOIGIANGIAIQUYET": "03 ngày làm việc", "PHILEPHI": [{"MUCPHI": "15.000 đồng"}]}""");
		if (catalogue.inForce(UNKNOWN, vn.motcua.TestClock.today()).isEmpty()) {
			assertThat(imports.importCsv(new ByteArrayInputStream("""
					code,name,field,service_level,time_limit,time_unit,fee_vnd,fee_exempt,fee_exempt_basis,legal_basis
					7.900015,Thủ tục chỉ có ở xã thử so sánh,Hộ tịch,IN_PERSON,3,WORKING_DAYS,0,false,,Luật Hộ tịch 60/2014/QH13
					""".getBytes(StandardCharsets.UTF_8))).rejected()).isEmpty();
		}
	}

	@Test
	void theComparisonListsExactlyTheMismatchesAndCountsTheRestAsMatching() throws Exception {
		int inForce = catalogue.inForceToday().size();
		mvc.perform(post("/admin/national-link/catalogue").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/national-link/catalogue"));

		Run run = check.last().orElseThrow();
		assertThat(run.stoppedReason()).isNull();
		assertThat(run.runBy()).isEqualTo("admin");
		assertThat(run.checks()).hasSize(inForce);
		Map<String, Check> mismatches = run.mismatches().stream()
			.collect(Collectors.toMap(Check::code, c -> c));
		assertThat(mismatches).containsOnlyKeys("1.004873", "1.001022", UNKNOWN);
		assertThat(mismatches.get("1.004873").differences()).containsExactlyInAnyOrder(Difference.NAME,
				Difference.TIME_LIMIT);
		assertThat(mismatches.get("1.004873").nationalTimeLimit()).isEqualTo("05 ngày làm việc");
		assertThat(mismatches.get("1.001022").differences()).containsExactly(Difference.FEE);
		assertThat(mismatches.get("1.001022").nationalFee()).isEqualTo("15.000 đồng");
		assertThat(mismatches.get(UNKNOWN).outcome()).isEqualTo(Outcome.UNKNOWN);
		assertThat(run.matching()).isEqualTo(inForce - 3);

		mvc.perform(get("/admin/national-link/catalogue").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("do admin thực hiện"),
					containsString("id=\"count-matching\">" + (inForce - 3) + "<"),
					containsString("Tên trên Cơ sở dữ liệu quốc gia: “Thủ tục cấp giấy xác nhận tình trạng hôn nhân (sửa đổi)”"),
					containsString("Thời hạn trên Cơ sở dữ liệu quốc gia: “05 ngày làm việc”"),
					containsString("Phí, lệ phí trên Cơ sở dữ liệu quốc gia: “15.000 đồng”"),
					containsString("Mã thủ tục không có trên Cơ sở dữ liệu quốc gia"))));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'NATIONAL_CATALOGUE_CHECKED' "
				+ "and actor = 'admin' and target = ?").param("national_catalogue_run:" + run.id())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anOutageMidRunStopsWithAMessageAndKeepsWhatWasCompared() throws Exception {
		// the first two look-ups refused for their content, then the portal goes down
		simulate("/simulator/faults", "{\"kind\": \"REFUSED_FIELD\", \"field\": \"MaTTHC\", \"calls\": 2}");
		simulate("/simulator/faults", "{\"kind\": \"DOWN\", \"calls\": 1000}");
		mvc.perform(post("/admin/national-link/catalogue").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/national-link/catalogue"));

		Run run = check.last().orElseThrow();
		assertThat(run.stoppedReason()).startsWith("Không kết nối được Cổng");
		assertThat(run.checks()).hasSize(2).allSatisfy(c -> {
			assertThat(c.outcome()).isEqualTo(Outcome.REFUSED);
			assertThat(c.reason()).isEqualTo("Trường MaTTHC không hợp lệ");
		});
		mvc.perform(get("/admin/national-link/catalogue").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Việc so sánh đã dừng giữa chừng"),
					containsString("Đã so sánh 2 trên " + run.inForce() + " thủ tục thì Cổng không trả lời"),
					containsString("Cổng từ chối tra cứu: Trường MaTTHC không hợp lệ"))));
	}

	@Test
	void onlyTheInstallationsAdministratorRunsAComparison() throws Exception {
		long runs = jdbc.sql("select count(*) from national_catalogue_run").query(Long.class).single();
		mvc.perform(post("/admin/national-link/catalogue").with(user("lanhdao").roles("ADMINISTRATOR"))
			.with(csrf())).andExpect(status().isForbidden());
		// without the CSRF token: refused before the controller (sent back to sign in)
		String refused = mvc.perform(post("/admin/national-link/catalogue").with(admin()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(refused).doesNotContain("/admin/national-link/catalogue");
		assertThat(jdbc.sql("select count(*) from national_catalogue_run").query(Long.class).single())
			.as("no comparison run").isEqualTo(runs);
		mvc.perform(get("/admin/national-link/catalogue").with(user("lanhdao").roles("ADMINISTRATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"compare\""))));
	}

	@Test
	void theAdministratorComparesFromTheCataloguePageWithAPlainFormAndThePagePassesAxe() throws Exception {
		WebDriver browser = Browser.start();
		try {
			browser.get(url("/login"));
			browser.findElement(By.id("username")).sendKeys("admin");
			browser.findElement(By.id("password")).sendKeys("admin-test-password");
			browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
			new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
				.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("Xin chào.*")));
			browser.get(url("/admin/catalogue"));
			browser.findElement(By.id("national-catalogue")).click();
			browser.findElement(By.cssSelector("#compare button[type=submit]")).click();
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until(ExpectedConditions.presenceOfElementLocated(By.id("mismatches")));
			assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Đã so sánh xong.");
			assertThat(browser.findElements(By.cssSelector("#mismatches tbody tr"))).hasSize(3);
			assertThat(Axe.violations(browser, url(""), List.of("/admin/national-link/catalogue",
					"/admin/national-link/catalogue?lang=en"))).isEmpty();
		}
		finally {
			browser.quit();
		}
	}

	private RequestPostProcessor admin() {
		return user(officers.loadUserByUsername("admin"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void simulate(String path, String body) throws Exception {
		HttpResponse<String> response = portal.send("POST", path, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}
}
