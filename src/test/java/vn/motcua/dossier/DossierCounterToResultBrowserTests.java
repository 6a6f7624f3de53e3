package vn.motcua.dossier;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.Browser;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the receiving officer takes a dossier in at the counter (a wrong ID number first: the form and the
 * scans are kept), the specialist proposes, the leader approves and digitises the result, the counter returns it.
 * Mẫu 01 and Mẫu 06 are opened as PDFs: their text and their QR code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DossierCounterToResultBrowserTests {

	static final String PASSWORD = "mat-khau-thu-nghiem";

	@LocalServerPort
	int port;

	@Autowired
	OfficerAccounts officers;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierLinks links;

	@Autowired
	DossierWorkflow workflow;

	WebDriver browser;

	@BeforeEach
	void open() {
		for (var o : new String[][] { { "tn.hoa", "Lê Thị Hoa", "RECEIVING_OFFICER" },
				{ "cv.minh", "Phạm Văn Minh", "SPECIALIST" }, { "ld.quang", "Trần Đức Quang", "LEADER" } }) {
			if (officers.findByUsername(o[0]).isEmpty()) {
				officers.create(o[0], o[1], PASSWORD, Set.of("14908"), Set.of(OfficerRole.valueOf(o[2])));
			}
		}
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void aDossierGoesFromTheCounterThroughTheSpecialistAndTheLeaderBackToTheCounter() throws Exception {
		signIn("tn.hoa");
		browser.findElement(By.linkText("Tiếp nhận")).click();
		Browser.awaitHeading(browser, "Tiếp nhận hồ sơ");
		browser.findElement(By.id("q")).sendKeys("tinh trang hon nhan");
		browser.findElement(By.id("search")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("q="));
		browser.findElement(By.id("procedure-1.004873")).click();
		Browser.awaitHeading(browser, "Tiếp nhận hồ sơ tại quầy");

		browser.findElement(By.id("applicantName")).sendKeys("Nguyễn Thị Thu Hà");
		browser.findElement(By.id("idNumber")).sendKeys("03809500012");
		browser.findElement(By.id("phone")).sendKeys("0912 345 678");
		var required = catalogue.inForce("1.004873", CounterDesk.today()).orElseThrow().requiredDocuments();
		int documents = (int) required.stream().filter(d -> !d.shownOnly()).count();
		for (int i = 0; i < required.size(); i++) {
			browser.findElement(By.id("documents-" + i + ".handed")).click();
			if (!required.get(i).shownOnly()) {
				browser.findElement(By.id("documents-" + i + ".scan")).sendKeys(scan("ban-quet-" + i + ".pdf").toString());
			}
		}
		browser.findElement(By.id("accept")).click();
		Browser.awaitHeading(browser, "Tiếp nhận hồ sơ tại quầy");
		WebElement summary = browser.findElement(By.className("error-summary"));
		assertThat(summary.getText()).contains("Có lỗi cần sửa",
				"Số định danh cá nhân phải gồm đúng 12 chữ số, bắt đầu bằng mã tỉnh hợp lệ.");
		assertThat(browser.findElement(By.id("applicantName")).getAttribute("value")).isEqualTo("Nguyễn Thị Thu Hà");
		assertThat(browser.findElement(By.id("documents-0.kept")).getText()).contains("Đã lưu bản quét: ban-quet-0.pdf");
		summary.findElement(By.linkText("Số định danh cá nhân phải gồm đúng 12 chữ số, bắt đầu bằng mã tỉnh hợp lệ.")).click();
		WebElement id = browser.findElement(By.id("idNumber"));
		id.clear();
		id.sendKeys("038095000123");
		browser.findElement(By.id("accept")).click();

		awaitHeadingMatching("Hồ sơ 14908-.*");
		String heading = browser.findElement(By.tagName("h1")).getText();
		assertThat(heading).matches("Hồ sơ 14908-\\d{6}-\\d{4}");
		String code = heading.substring("Hồ sơ ".length());
		assertThat(browser.findElement(By.id("done")).getText()).contains("Đã tiếp nhận hồ sơ");
		awaitStatus("Đã tiếp nhận, chờ chuyển xử lý");
		Dossier received = workflow.find(code).orElseThrow();
		assertThat(received.documents()).hasSize(documents).allMatch(DossierDocument::digitised);

		PaperPdf receipt = pdf("/dossiers/" + code + "/forms/01.pdf");
		assertThat(receipt.text()).contains(code, "Nguyễn Thị Thu Hà", "Lê Thị Hoa", "GIẤY TIẾP NHẬN HỒ SƠ",
				received.dueDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		assertThat(receipt.qr()).isEqualTo(links.receiptUrl(code));
		assertThat(receipt.a4()).isTrue();

		new Select(browser.findElement(By.id("specialist"))).selectByVisibleText("Phạm Văn Minh");
		browser.findElement(By.id("action-assign")).click();
		awaitStatus("Đang xử lý");
		signOut();

		signIn("cv.minh");
		browser.findElement(By.linkText("Hộp việc")).click();
		Browser.awaitHeading(browser, "Hộp việc");
		assertThat(browser.findElement(By.id("row-" + code)).getText()).contains("Nguyễn Thị Thu Hà", "Đang xử lý");
		browser.findElement(By.linkText(code)).click();
		Browser.awaitHeading(browser, "Hồ sơ " + code);
		browser.findElement(By.id("propose-note")).sendKeys("Hồ sơ đủ điều kiện, đề nghị cấp giấy xác nhận");
		browser.findElement(By.id("action-propose")).click();
		awaitStatus("Chờ lãnh đạo quyết định");
		signOut();

		signIn("ld.quang");
		browser.findElement(By.linkText("Hộp việc")).click();
		Browser.awaitHeading(browser, "Hộp việc");
		org.openqa.selenium.WebElement list = browser.findElement(By.id("inbox-results"));
		new Select(browser.findElement(By.id("status"))).selectByVisibleText("Chờ lãnh đạo quyết định");
		// choosing a status replaces the list in place (htmx): wait for the filtered list before following the link
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(list));
		browser.findElement(By.linkText(code)).click();
		Browser.awaitHeading(browser, "Hồ sơ " + code);
		browser.findElement(By.id("action-decide")).click();
		awaitStatus("Đã có kết quả, chờ trả");
		browser.findElement(By.id("result-file")).sendKeys(scan("giay-xac-nhan.pdf").toString());
		browser.findElement(By.id("action-result")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.id("done"), "Đã lưu bản quét kết quả."));
		assertThat(browser.findElement(By.id("documents")).getText()).contains("Kết quả: giay-xac-nhan.pdf", "Đã số hóa");
		signOut();

		signIn("tn.hoa");
		browser.get("http://localhost:" + port + "/inbox");
		assertThat(browser.findElement(By.id("row-" + code)).getText()).contains("Đã có kết quả, chờ trả");
		browser.findElement(By.linkText(code)).click();
		browser.findElement(By.id("action-return")).click();
		awaitStatus("Đã trả kết quả");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Tiếp nhận hồ sơ", "Chuyển xử lý",
				"Phạm Văn Minh", "Trần Đức Quang", "Phê duyệt chấp thuận", "Trả kết quả");

		PaperPdf control = pdf("/dossiers/" + code + "/forms/06.pdf");
		assertThat(control.text()).contains(code, "Nguyễn Thị Thu Hà", "Phạm Văn Minh", "Trần Đức Quang", "Lê Thị Hoa");
		assertThat(control.qr()).isEqualTo(links.receiptUrl(code));
		browser.navigate().refresh();
		assertThat(browser.findElement(By.id("issued-forms")).getText()).contains("Mẫu 01", "Mẫu 06");
	}

	private void signIn(String username) {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		awaitHeadingMatching("Xin chào, .*");
	}

	/** Waits (up to 10 s) until the page's heading matches, across page loads. */
	private void awaitHeadingMatching(String regex) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.textMatches(By.tagName("h1"),
					java.util.regex.Pattern.compile(regex)));
	}

	/** Waits (up to 5 s) until the dossier page loaded after an action shows the status. */
	private void awaitStatus(String status) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.id("status"), status));
	}

	private void signOut() {
		browser.findElement(By.cssSelector(".nav__logout button")).click();
		Browser.awaitHeading(browser, "Đăng nhập");
	}

	/** Downloads a PDF with the browser's session, as "open in a new tab" would. */
	private PaperPdf pdf(String path) throws Exception {
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + path)).header("Cookie", "JSESSIONID=" + session).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return PaperPdf.read(response.body());
	}

	private static Path scan(String name) throws Exception {
		Path file = Files.createTempDirectory("scan").resolve(name);
		Files.writeString(file, "%PDF-1.4 " + name + " " + System.nanoTime(), StandardCharsets.UTF_8);
		return file;
	}
}
