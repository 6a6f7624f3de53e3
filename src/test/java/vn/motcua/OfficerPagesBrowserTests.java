package vn.motcua;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.dossier.CompleteIntake;
import vn.motcua.dossier.Decision;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.Intake;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officers' pages in a real browser (issue 13): every download link on the reports pages gives a file that opens,
 * and every officer's page passes axe-core (no serious or critical violation), as the public pages do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficerPagesBrowserTests {


	private static final String PASSWORD = "lanh-dao-mat-khau-1";

	@LocalServerPort
	int port;

	@Autowired
	OfficerAccounts officers;

	@Autowired
	Intake intake;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path downloads;

	WebDriver browser;

	@BeforeEach
	void open() {
		if (officers.findByUsername("ld.trang").isEmpty()) {
			officers.create("ld.trang", "Nguyễn Thu Trang", PASSWORD, Set.of("14908"),
					Set.of(OfficerRole.LEADER, OfficerRole.RECEIVING_OFFICER));
		}
		browser = Browser.withDownloads(downloads);
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void everyDownloadLinkOnTheReportsPagesGivesAFileThatOpens() throws Exception {
		intake.accept(CompleteIntake.of(catalogue.inForce("1.004873", TestClock.today()).orElseThrow(),
				"Lê Văn Tải Về"), "tiepnhan.tai.ve");
		signIn("ld.trang", PASSWORD);
		browser.get(url("/reports?agency=14908"));
		click(By.partialLinkText("XLSX"));
		try (InputStream in = Files.newInputStream(downloaded(".xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
			assertThat(book.getNumberOfSheets()).isPositive();
			assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).as("a header and the dossier").isGreaterThan(1);
		}
		click(By.cssSelector("a[href*='/reports/quarterly']"));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> driver.getCurrentUrl().matches(".*/reports/quarterly/\\d+"));
		click(By.cssSelector("a[href$='.pdf']"));
		try (PDDocument pdf = Loader.loadPDF(downloaded(".pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("BÁO CÁO");
		}
		click(By.cssSelector("a[href$='.docx']"));
		try (InputStream in = Files.newInputStream(downloaded(".docx")); XWPFDocument docx = new XWPFDocument(in);
				XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
			assertThat(text.getText()).contains("BÁO CÁO");
		}
	}

	@Test
	void everyOfficersPagePassesAxeWithoutSeriousOrCriticalViolations() throws Exception {
		Dossier dossier = intake.accept(CompleteIntake.of(
				catalogue.inForce("1.004873", TestClock.today()).orElseThrow(), "Trần Thị Truy Cập"), "tiepnhan.axe");
		signIn("admin", "admin-test-password");
		browser.get(url("/reports/quarterly?agency=14908"));
		String quarterly = browser.getCurrentUrl().substring(url("").length());
		browser.get(url("/admin/catalogue?q=1.004873"));
		String version = browser.findElement(By.cssSelector("a[href*='/admin/catalogue/versions/']"))
			.getAttribute("href").substring(url("").length());
		List<String> pages = List.of("/", "/counter", "/counter/new?procedure=1.004873", "/inbox",
				"/dossiers/" + dossier.code(), "/dossiers/tracking-book", "/reports?agency=14908",
				"/reports/dashboard?agency=14908", quarterly, "/admin/catalogue", version,
				"/admin/audit", "/admin/officers", "/admin/agencies", "/admin/calendar", "/admin/calendar/office-hours", "/admin/phan-anh",
				"/admin/national-link", "/admin/national-link/catalogue", "/admin/notifications",
				"/admin/notifications?q=0912345678", "/admin/notifications/templates",
				"/admin/notifications/templates/RECEIVED", "/account/password", "/van-ban/den", "/van-ban/di",
				"/thong-bao", "/admin/signing-certificates", "/admin/signing-certificates?agency=14908");
		assertThat(Axe.violations(browser, url(""), pages)).isEmpty();
	}

	@Test
	void theNoticesPageListsWhatWaitsForTheLeaderMarksItReadWithAFormAndPassesAxe() throws Exception {
		Dossier dossier = intake.accept(CompleteIntake.of(
				catalogue.inForce("1.004873", TestClock.today()).orElseThrow(), "Hoàng Thị Chờ Duyệt"), "tiepnhan.tb");
		workflow.assign(dossier.code(), "chuyenvien", "tiepnhan.tb");
		workflow.propose(dossier.code(), Decision.APPROVED, "Đủ điều kiện", "ld.trang", "chuyenvien");
		jdbc.sql("update dossier set due_date = ? where code = ?").params(TestClock.today(), dossier.code()).update();
		long id = jdbc.sql("select id from officer_notice where username = 'ld.trang' and dossier_code = ?")
			.param(dossier.code()).query(Long.class).single();
		signIn("ld.trang", PASSWORD);

		assertThat(browser.findElement(By.id("nav-notices")).getText()).matches("Thông báo \\(\\d+ chưa đọc\\)");
		click(By.id("nav-notices"));
		assertThat(browser.findElement(By.id("notice-" + id)).getText()).contains(dossier.code(), "Chờ quyết định");
		assertThat(browser.findElement(By.id("due-" + dossier.code())).getText()).contains("hạn hôm nay");
		assertThat(Axe.violations(browser, url(""), List.of("/thong-bao", "/thong-bao?lang=en"))).isEmpty();

		browser.get(url("/thong-bao?lang=vi"));
		browser.findElement(By.cssSelector("#notice-" + id + " button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(org.openqa.selenium.support.ui.ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "đã đọc"));
		assertThat(browser.findElements(By.id("notice-" + id))).isEmpty();
	}

	private void click(By link) {
		browser.findElement(link).click();
	}

	/** Waits (up to 20 s) for the browser to finish downloading a file with this ending, and answers it. */
	private Path downloaded(String ending) {
		return new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
			try (var files = Files.list(downloads)) {
				Path found = files.filter(f -> f.getFileName().toString().endsWith(ending)).findFirst().orElse(null);
				if (found == null) {
					return null;
				}
				// taken out of the folder, so that the next download of the same kind is told apart
				return Files.move(found, Files.createTempDirectory("download").resolve(found.getFileName()));
			}
			catch (java.io.IOException e) {
				return null;
			}
		});
	}

	private void signIn(String username, String password) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		// textMatches reads the heading again when the page changes under it (no stale element)
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(org.openqa.selenium.support.ui.ExpectedConditions
			.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("Xin chào.*")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
