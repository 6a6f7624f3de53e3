package vn.motcua.correspondence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.Axe;
import vn.motcua.Browser;
import vn.motcua.TestClock;
import vn.motcua.documents.PdfSignerTokenTests;
import vn.motcua.identity.OfficerAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.correspondence.CorrespondenceStaff.CLERK;
import static vn.motcua.correspondence.CorrespondenceStaff.LEADER;
import static vn.motcua.correspondence.CorrespondenceStaff.OFFICER;
import static vn.motcua.correspondence.CorrespondenceStaff.OTHER_AGENCY;
import static vn.motcua.correspondence.CorrespondenceStaff.PASSWORD;

/**
 * Issue 17's browser test, in headless Chromium with a SoftHSM2 token: the clerk registers an incoming electronic
 * document with its PDF, the leader directs it, the officer records it done; the officer drafts an outgoing document,
 * the clerk reviews it, the leader approves and signs it, the clerk numbers and issues it; the issued PDF downloaded
 * from its page shows both signatures valid on the public verify page, and the same file with one byte changed does
 * not. Each page on the way passes axe-core.
 */
@CorrespondenceTest
class CorrespondenceBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	vn.motcua.documents.SigningCertificates certificates;

	@TempDir
	Path downloads;

	WebDriver browser;

	@BeforeAll
	static void token() throws Exception {
		PdfSignerTokenTests.token();
	}

	@BeforeEach
	void open() {
		CorrespondenceStaff.create(accounts);
		CorrespondenceStaff.leaderCertificate(certificates);
		browser = Browser.withDownloads(downloads);
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void anIncomingDocumentIsHandledAndAnOutgoingOneIsSignedNumberedIssuedAndVerified() throws Exception {
		// văn bản đến: the clerk registers it, the leader directs it, the officer records it done
		signIn(CLERK);
		browser.get(url("/"));
		click(By.id("nav-documents"));
		click(By.id("register-new"));
		click(By.id("medium-ELECTRONIC"));
		type("sender", "Sở Nội vụ tỉnh Thanh Hóa");
		type("numberSymbol", "125/SNV-TCBC");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id("documentDate")), TestClock.today().minusDays(2).toString());
		type("documentType", "Công văn");
		type("summary", "Về việc rà soát biên chế công chức cấp xã");
		new Select(browser.findElement(By.id("urgency"))).selectByValue("FLASH");
		new Select(browser.findElement(By.id("leader"))).selectByValue(LEADER);
		Path scan = Files.write(downloads.resolve("cong-van-den.pdf"), Pdfs.minimal());
		browser.findElement(By.id("pdf")).sendKeys(scan.toString());
		click(By.id("register"));
		awaitUrl(".*/van-ban/den/\\d+");
		String incoming = path();
		assertThat(text("urgent")).contains("Hỏa tốc");
		assertThat(text("status")).isEqualTo("Chờ ý kiến chỉ đạo");
		assertThat(browser.findElement(By.id("pdf-link")).getAttribute("href")).endsWith("/van-ban.pdf");

		signIn(LEADER);
		browser.get(url(incoming));
		new Select(browser.findElement(By.id("handler"))).selectByValue(OFFICER);
		type("workingDays", "5");
		type("direction", "Giao chuyên viên tham mưu báo cáo");
		click(By.id("direct"));
		awaitText("status", "Đang xử lý");
		assertThat(text("handler")).isEqualTo("Phạm Văn Xử Lý");

		signIn(OFFICER);
		browser.get(url(incoming));
		type("result", "Đã báo cáo Sở Nội vụ");
		click(By.id("complete"));
		awaitText("status", "Đã xử lý xong");
		assertThat(browser.findElements(By.cssSelector("#history li"))).hasSize(3);

		// văn bản đi: drafted by the officer, reviewed by the clerk, approved and signed by the leader, numbered and
		// issued by the clerk
		browser.get(url("/van-ban/di"));
		click(By.id("draft-new"));
		new Select(browser.findElement(By.id("type"))).selectByValue("QUYET_DINH");
		type("title", "Về việc thành lập tổ công tác chuyển đổi số");
		type("body", "Điều 1. Thành lập tổ công tác chuyển đổi số của xã.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.");
		new Select(browser.findElement(By.id("signer"))).selectByValue(LEADER);
		type("signerPosition", "Chủ tịch");
		click(By.id("internalRecipients-" + OTHER_AGENCY));
		type("externalRecipients", "Sở Nội vụ tỉnh Thanh Hóa");
		click(By.id("save-draft"));
		awaitUrl(".*/van-ban/di/\\d+");
		String outgoing = path();
		String draftPage = path();
		click(By.id("submit"));
		awaitText("status", "Chờ kiểm tra");

		signIn(CLERK);
		browser.get(url(outgoing));
		click(By.id("pass"));
		awaitText("status", "Chờ người ký duyệt");

		signIn(LEADER);
		browser.get(url(outgoing));
		click(By.id("pass"));
		awaitText("status", "Đã duyệt, chờ ký số");
		// the leader's own certificate (a PKCS#12 file): a wrong PIN is refused and nothing changes, the right one signs
		type("pin", "0000");
		click(By.id("sign"));
		assertThat(new WebDriverWait(browser, Duration.ofSeconds(30)).until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice--failure"))).getText())
			.contains("Không mở được khoá ký");
		assertThat(text("status")).isEqualTo("Đã duyệt, chờ ký số");
		type("pin", CorrespondenceStaff.LEADER_PIN);
		click(By.id("sign"));
		awaitText("status", "Lãnh đạo đã ký, chờ cấp số");

		signIn(CLERK);
		browser.get(url(outgoing));
		click(By.id("number"));
		awaitText("status", "Đã cấp số, chờ ban hành");
		assertThat(text("number-symbol")).matches("\\d{2,}/QĐ-UBND");
		click(By.id("issue"));
		awaitText("status", "Đã ban hành");
		assertThat(text("exchange-status")).isEqualTo("Đã đóng gói, chờ gửi");
		assertThat(Axe.violations(browser, url(""), List.of(incoming, draftPage, "/van-ban/den", "/van-ban/di",
				"/van-ban/den/moi", "/van-ban/di/moi", "/van-ban/di?stage=ISSUED"))).isEmpty();

		// the issued PDF, downloaded from its page, on the public verify page: both signatures valid; a byte changed
		browser.get(url(outgoing));
		click(By.id("pdf-link"));
		byte[] pdf = Files.readAllBytes(downloaded(".pdf"));
		browser.manage().deleteAllCookies();
		assertThat(verify(Files.write(downloads.resolve("ban-hanh.pdf"), pdf))).startsWith("Chữ ký số trên tệp ban-hanh.pdf hợp lệ");
		List<WebElement> signers = browser.findElements(By.cssSelector("#verdict li.signer"));
		assertThat(signers).hasSize(2).allSatisfy(s -> assertThat(s.getText()).contains("chữ ký hợp lệ"));
		assertThat(signers.get(0).getText()).as("the leader's own certificate").contains(CorrespondenceStaff.LEADER_NAME);
		assertThat(signers.get(1).getText()).as("the organisation's (the token)").contains("Lê Thị Hoa");
		byte[] changed = pdf.clone();
		changed[pdf.length / 3] ^= 1;
		assertThat(verify(Files.write(downloads.resolve("da-sua.pdf"), changed)))
			.startsWith("Chữ ký số trên tệp da-sua.pdf KHÔNG hợp lệ");
	}

	/** Uploads the file on the public verify page and answers the verdict's first line. */
	private String verify(Path file) {
		browser.get(url("/public/kiem-tra-chu-ky"));
		browser.findElement(By.id("tep")).sendKeys(file.toString());
		click(By.id("check"));
		return new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome"))).getText();
	}

	private void signIn(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("Xin chào.*")));
	}

	private void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void click(By by) {
		browser.findElement(by).click();
	}

	private String text(String id) {
		return browser.findElement(By.id(id)).getText();
	}

	private void awaitText(String id, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id(id), text));
	}

	private void awaitUrl(String pattern) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(pattern));
	}

	private String path() {
		return browser.getCurrentUrl().substring(url("").length());
	}

	/** Waits (up to 20 s) for the browser to finish downloading a file with this ending. */
	private Path downloaded(String ending) {
		return new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
			try (var files = Files.list(downloads)) {
				return files.filter(f -> f.getFileName().toString().endsWith(ending))
					.filter(f -> !f.getFileName().toString().equals("cong-van-den.pdf")).findFirst().orElse(null);
			}
			catch (java.io.IOException e) {
				return null;
			}
		});
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
