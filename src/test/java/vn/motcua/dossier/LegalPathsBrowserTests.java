package vn.motcua.dossier;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.Browser;
import vn.motcua.TestClock;
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 items 9–11 in a real browser, each from the counter to the citizen's status page (reached with the
 * receipt's QR link), with the period report of the commune checked after each step: it still adds up and the dossier
 * moved from "in progress" / "awaiting supplement" to the figure the rules name (legal-rules.md §3–4).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LegalPathsBrowserTests {

	static final String PASSWORD = "mat-khau-thu-nghiem";

	static final String AGENCY = "14908";

	@LocalServerPort
	int port;

	@Autowired
	OfficerAccounts officers;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Intake intake;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	DossierLinks links;

	@Autowired
	DossierStatistics statistics;

	@Autowired
	SupplementLapseRules rules;

	@Autowired
	SupplementLapses lapses;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeadlineCalendar calendar;

	WebDriver browser;

	@BeforeEach
	void open() {
		for (var o : new String[][] { { "tn.duong", "Vũ Thị Dương", "RECEIVING_OFFICER" },
				{ "cv.khanh", "Đỗ Minh Khánh", "SPECIALIST" }, { "ld.son", "Hoàng Văn Sơn", "LEADER" } }) {
			if (officers.findByUsername(o[0]).isEmpty()) {
				officers.create(o[0], o[1], PASSWORD, Set.of(AGENCY), Set.of(OfficerRole.valueOf(o[2])));
			}
		}
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void refusalAfterReviewGivesTheCitizenTheWrittenNoticeWithItsReasons() throws Exception {
		Dossier d = intake.accept(CompleteIntake.of(catalogue.inForce("1.001193", TestClock.today()).orElseThrow(),
				"Trần Thị Mai"), "tn.duong");
		workflow.assign(d.code(), "cv.khanh", "tn.duong");
		workflow.propose(d.code(), Decision.REFUSED, "Đã đăng ký khai sinh tại nơi khác", "ld.son", "cv.khanh");
		PeriodFigures before = figures();

		signIn("ld.son");
		browser.get(url("/dossiers/" + d.code()));
		browser.findElement(By.id("decision-refused")).click();
		String reasons = "Trẻ đã được đăng ký khai sinh tại Ủy ban nhân dân xã Quảng Phú";
		browser.findElement(By.id("decision-reason")).sendKeys(reasons);
		browser.findElement(By.id("action-decide")).click();
		awaitStatus("Đã có kết quả, chờ trả");
		assertThat(browser.findElement(By.id("issued-forms")).getText())
			.contains("Thông báo hồ sơ không đủ điều kiện giải quyết");
		PaperPdf notice = PaperPdf.read(get("/dossiers/" + d.code() + "/forms/tu-choi-giai-quyet.pdf", session()));
		assertThat(notice.text()).contains(d.code(), "Trần Thị Mai", reasons, "Hoàng Văn Sơn")
			.containsIgnoringCase("hồ sơ không đủ điều kiện giải quyết");
		assertThat(notice.text()).as("issued by the People's Committee, numbered from its register, for the leader")
			.contains("ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN").containsPattern("Số: \\d+/TB-UBND");
		assertThat(notice.qr()).isEqualTo(links.receiptUrl(d.code()));
		signOut();

		PeriodFigures after = figures();
		assertThat(after.resolved().total()).isEqualTo(before.resolved().total() + 1);
		assertThat(after.inProgress().total()).isEqualTo(before.inProgress().total() - 1);
		assertThat(after.reconciles()).isTrue();

		browser.get(citizenLink(d.code()));
		Browser.awaitHeading(browser, "Hồ sơ " + d.code());
		assertThat(browser.findElement(By.id("refusal-reasons")).getText()).isEqualTo(reasons);
		String pdfLink = browser.findElement(By.id("refusal-notice-link")).getAttribute("href");
		PaperPdf downloaded = PaperPdf.read(get(URI.create(pdfLink).getRawPath() + "?" + URI.create(pdfLink).getRawQuery(), null));
		assertThat(downloaded.text()).contains(reasons);
		browser.get(url("/public/ho-so/" + d.code()));
		assertThat(browser.getPageSource()).as("no reasons on the public view by code").doesNotContain(reasons);
	}

	@Test
	void theApplicantWithdrawsOnlineAndTheCounterIssuesTheStopNotice() throws Exception {
		Dossier d = intake.accept(CompleteIntake.of(catalogue.inForce("1.001193", TestClock.today()).orElseThrow(),
				"Lê Văn Bình"), "tn.duong");
		workflow.assign(d.code(), "cv.khanh", "tn.duong");
		PeriodFigures before = figures();

		browser.get(citizenLink(d.code()));
		Browser.awaitHeading(browser, "Hồ sơ " + d.code());
		browser.findElement(By.id("withdraw-link")).click();
		Browser.awaitHeading(browser, "Rút hồ sơ " + d.code());
		browser.findElement(By.id("withdraw-reason")).sendKeys("Gia đình đã chuyển nơi cư trú");
		browser.findElement(By.id("withdraw-submit")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("withdraw-problem"),
				"Hãy đánh dấu ô xác nhận."));
		assertThat(workflow.find(d.code()).orElseThrow().status()).as("nothing before the confirmation")
			.isEqualTo(DossierStatus.IN_REVIEW);
		assertThat(browser.findElement(By.id("withdraw-reason")).getAttribute("value"))
			.isEqualTo("Gia đình đã chuyển nơi cư trú");
		browser.findElement(By.id("withdraw-confirmed")).click();
		browser.findElement(By.id("withdraw-submit")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("withdrawn")));
		assertThat(browser.findElement(By.id("stage")).getText()).contains("Đã yêu cầu rút hồ sơ");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Công dân yêu cầu rút hồ sơ");
		assertThat(browser.findElements(By.id("withdraw-link"))).isEmpty();

		Dossier requested = workflow.find(d.code()).orElseThrow();
		assertThat(requested.status()).isEqualTo(DossierStatus.WITHDRAWAL_REQUESTED);
		assertThat(requested.withdrawalRequest()).hasValueSatisfying(step -> {
			assertThat(step.actor()).isEqualTo("applicant");
			assertThat(step.note()).isEqualTo("ONLINE: Gia đình đã chuyển nơi cư trú");
		});
		PeriodFigures afterRequest = figures();
		assertThat(afterRequest.stopped()).isEqualTo(before.stopped() + 1);
		assertThat(afterRequest.inProgress().total()).isEqualTo(before.inProgress().total() - 1);
		assertThat(afterRequest.reconciles()).isTrue();

		signIn("tn.duong");
		browser.get(url("/inbox"));
		assertThat(browser.findElement(By.id("row-" + d.code())).getText()).as("waits for the counter's stop notice")
			.contains("Lê Văn Bình", "Công dân yêu cầu rút");
		browser.findElement(By.linkText(d.code())).click();
		Browser.awaitHeading(browser, "Hồ sơ " + d.code());
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Công dân yêu cầu rút");
		browser.findElement(By.id("action-issue-stop")).click();
		awaitStatus("Dừng giải quyết");
		PaperPdf stop = PaperPdf.read(get("/dossiers/" + d.code() + "/forms/05.pdf", session()));
		assertThat(stop.text()).contains(d.code(), "Lê Văn Bình", "trực tuyến", "Đang xử lý");
		signOut();
		assertThat(figures()).as("the stop notice changes no figure: stopped from the request").isEqualTo(afterRequest);

		browser.get(citizenLink(d.code()));
		assertThat(browser.findElement(By.id("stage")).getText()).contains("Đã dừng xử lý");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Công dân yêu cầu rút hồ sơ",
				"Dừng xử lý theo đề nghị");
		URI link = URI.create(citizenLink(d.code()));
		HttpResponse<String> again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create(url(link.getRawPath() + "/rut-ho-so?" + link.getRawQuery()))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("không thể rút nữa");
	}

	@Test
	void anUnansweredSupplementRequestLapsesAndTheCitizenSeesTheNotice() throws Exception {
		// Received twelve days ago at the counter; a supplement asked the next working day, never answered.
		LocalDate receivedOn = calendar.plusWorkingDays(TestClock.today(), -8);
		LocalDate requestedOn = calendar.plusWorkingDays(receivedOn, 1);
		CraftedHistory history = new CraftedHistory(jdbc, calendar, AGENCY);
		long id = history.dossier("LAPSE-B", "DIRECT", receivedOn + "T09:00",
				calendar.plusWorkingDays(receivedOn, 5).toString(), null, null);
		jdbc.sql("update dossier set procedure_code = '9.LAPSE-B' where id = ?").param(id).update();
		history.supplement(id, requestedOn + "T10:00", null);
		history.step(id, "SUPPLEMENT_REQUESTED", "AWAITING_SUPPLEMENT", requestedOn + "T10:00");
		String code = AGENCY + "-STAT-LAPSE-B";
		PeriodFigures before = figures();

		rules.set("9.LAPSE-B", 3, "Luật chuyên ngành (thử nghiệm)");
		LocalDate lastDay = calendar.plusWorkingDays(requestedOn, 3);
		signIn("tn.duong");
		browser.get(url("/dossiers/" + code));
		assertThat(browser.findElement(By.id("supplement-by")).getText())
			.contains(lastDay.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		PeriodFigures reported = figures();
		assertThat(reported.awaitingSupplement()).isEqualTo(before.awaitingSupplement() - 1);
		assertThat(reported.resolved().onTime()).isEqualTo(before.resolved().onTime() + 1);
		assertThat(reported.reconciles()).isTrue();

		assertThat(lapses.closeLapsed()).isGreaterThanOrEqualTo(1);
		browser.navigate().refresh();
		awaitStatus("Đã có kết quả, chờ trả");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Hết hạn bổ sung");
		signOut();
		assertThat(figures()).as("the job and the report agree").isEqualTo(reported);

		browser.get(citizenLink(code));
		assertThat(browser.findElement(By.id("timeline")).getText())
			.contains("Hết hạn bổ sung: hồ sơ không đủ điều kiện giải quyết");
		assertThat(browser.findElement(By.id("refusal-reasons")).getText()).contains("không bổ sung");
	}

	private PeriodFigures figures() {
		LocalDate today = TestClock.today();
		return statistics.figures(today.minusDays(30), today, List.of(AGENCY)).get(0);
	}

	/** The QR link of the dossier's forms, pointed at this test server. */
	private String citizenLink(String code) {
		URI printed = URI.create(links.receiptUrl(code));
		return url(printed.getRawPath() + "?" + printed.getRawQuery());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private String session() {
		return browser.manage().getCookieNamed("JSESSIONID").getValue();
	}

	private byte[] get(String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
		if (session != null) {
			request.header("Cookie", "JSESSIONID=" + session);
		}
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return response.body();
	}

	private void signIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textMatches(By.tagName("h1"),
				java.util.regex.Pattern.compile("Xin chào, .*")));
	}

	private void signOut() {
		browser.findElement(By.cssSelector(".nav__logout button")).click();
		Browser.awaitHeading(browser, "Đăng nhập");
	}

	private void awaitStatus(String status) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("status"), status));
	}
}
