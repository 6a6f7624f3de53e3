package vn.motcua.dossier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.Axe;
import vn.motcua.Browser;
import vn.motcua.TestClock;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.documents.SignatureDevice;
import vn.motcua.documents.SigningCertificates;
import vn.motcua.documents.TestCertificates;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.SubmissionChannel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 item 4 in headless Chromium: an officer with a personal PKCS#12 certificate issues a supplement request
 * (Mẫu 02) from the dossier page; it appears on "Văn bản chờ tôi ký" with the count in the navigation; a wrong PIN is
 * refused with a clear message; the right one signs it, and the paper's check page shows two valid signatures by name,
 * the officer's and the organisation's. The page passes axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OwnSignatureBrowserTests {

	static final String PASSWORD = "mat-khau-thu-nghiem";

	static final String OFFICER = "cv.ky.so";

	@DynamicPropertySource
	static void signingKey(DynamicPropertyRegistry registry) throws Exception {
		Path key = TestCertificates.keystore(Files.createTempDirectory("motcua-own-browser"), "UBND xã Thiên Phủ",
				"mat-khau", TestClock.START.toInstant().minus(Duration.ofDays(1)), Duration.ofDays(365));
		registry.add("motcua.documents.signing.keystore", key::toString);
		registry.add("motcua.documents.signing.password", () -> "mat-khau");
	}

	@LocalServerPort
	int port;

	@Autowired
	OfficerAccounts officers;

	@Autowired
	SigningCertificates certificates;

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierLinks links;

	@TempDir
	Path downloads;

	WebDriver browser;

	@BeforeEach
	void open() throws Exception {
		if (officers.findByUsername(OFFICER).isEmpty()) {
			officers.create(OFFICER, "Vũ Thị Ký Số", PASSWORD, Set.of("14908"), Set.of(OfficerRole.SPECIALIST));
			Path p12 = TestCertificates.keystore(Files.createTempDirectory("motcua-own-officer"), "Vũ Thị Ký Số", "2468",
					TestClock.START.toInstant().minus(Duration.ofDays(1)), Duration.ofDays(365));
			certificates.register("14908", OFFICER, "Vũ Thị Ký Số", SignatureDevice.Kind.PKCS12, p12.toString(),
					"2468".toCharArray(), "quantri");
		}
		browser = Browser.withDownloads(downloads);
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void theOfficerSignsTheSupplementRequestWithTheirPinAndTheCheckShowsBothSignatures() throws Exception {
		OffsetDateTime monday = OffsetDateTime.parse("2025-09-08T09:00:00+07:00");
		Dossier d = Dossier.submitted("14908", new ProcedureSnapshot("1.001193", null, "Thủ tục đăng ký khai sinh",
				TimeLimit.workingDays(3), SupplementPolicy.RESTART, LocalTime.of(15, 0)), SubmissionChannel.DIRECT, false,
				new Applicant("Nguyễn Văn Bổ", "038095000777", "0912345670", "Thôn 2, xã Thiên Phủ", null, null),
				List.of(new DossierDocument(DossierDocument.Kind.COMPONENT, "Tờ khai đăng ký khai sinh", true, 1, null)),
				monday, "tiepnhan");
		d.accept(monday, "tiepnhan", LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 11),
				OffsetDateTime.parse("2025-09-11T17:00:00+07:00"), 0);
		d.assign(OFFICER, monday.plusHours(1), "tiepnhan");
		d.requestSupplement("Bản sao giấy chứng sinh", "Bản nộp không đọc được", 2, null, monday.plusHours(3), OFFICER);
		dossiers.insert(d, LocalDate.of(2025, 9, 8), UUID.randomUUID());

		signIn(OFFICER);
		browser.get(url("/dossiers/" + d.code()));
		browser.findElement(By.id("form-02")).click(); // issues Mẫu 02 (downloaded: the draft waiting for the signature)
		downloaded();
		browser.get(url("/dossiers/" + d.code()));
		assertThat(browser.findElement(By.id("issued-forms")).getText()).contains("(chờ Vũ Thị Ký Số ký số)");
		WebElement nav = browser.findElement(By.id("nav-signatures"));
		assertThat(nav.getText()).isEqualTo("Chờ tôi ký (1)");
		nav.click();
		Browser.awaitHeading(browser, "Văn bản chờ tôi ký");
		WebElement paper = browser.findElement(By.cssSelector("#waiting-papers li"));
		assertThat(paper.getText()).contains("Mẫu 02", d.code());
		String id = paper.getAttribute("id").substring("paper-".length());
		assertThat(browser.findElement(By.id("preview-" + id)).getAttribute("href")).endsWith("/ky-so/" + id + "/ban-xem.pdf");
		assertThat(Axe.violations(browser, url(""), List.of("/ky-so"))).isEmpty();

		browser.get(url("/ky-so"));
		browser.findElement(By.id("pin-" + id)).sendKeys("1111");
		browser.findElement(By.id("sign-" + id)).click();
		String refused = new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice--failure"))).getText();
		assertThat(refused).startsWith("Không mở được khoá ký trên thiết bị");
		assertThat(browser.findElements(By.id("paper-" + id))).as("still waiting").hasSize(1);

		browser.findElement(By.id("pin-" + id)).sendKeys("2468");
		browser.findElement(By.id("sign-" + id)).click();
		assertThat(new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice--success"))).getText())
			.isEqualTo("Đã ký số văn bản.");
		assertThat(browser.findElement(By.id("no-waiting")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("nav-signatures")).getText()).isEqualTo("Chờ tôi ký");

		browser.findElement(By.id("check-" + id)).click();
		WebElement outcome = new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome")));
		assertThat(outcome.getText()).contains("hợp lệ").doesNotContain("KHÔNG");
		List<WebElement> signers = browser.findElements(By.cssSelector("#verdict li.signer"));
		assertThat(signers).hasSize(2).allSatisfy(s -> assertThat(s.getText()).contains("chữ ký hợp lệ"));
		assertThat(signers.get(0).getText()).contains("Vũ Thị Ký Số");
		assertThat(signers.get(1).getText()).contains("UBND xã Thiên Phủ");

		// issue 17 item 5: the page the forms' QR code opens lists the signed paper with its answer and its check
		browser.manage().deleteAllCookies();
		String qr = links.receiptUrl(d.code());
		String statusPage = qr.substring(qr.indexOf("/public/"));
		browser.get(url(statusPage));
		WebElement line = browser.findElement(By.cssSelector("#signed-papers li.signed-paper"));
		assertThat(line.getText()).contains("Mẫu 02", "chữ ký số hợp lệ", "Vũ Thị Ký Số", "UBND xã Thiên Phủ");
		line.findElement(By.tagName("a")).click();
		assertThat(new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome"))).getText()).contains("hợp lệ")
			.doesNotContain("KHÔNG");
		assertThat(Axe.violations(browser, url(""), List.of(statusPage))).isEmpty();
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

	private Path downloaded() {
		return new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
			try (var files = Files.list(downloads)) {
				return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).findFirst().orElse(null);
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
