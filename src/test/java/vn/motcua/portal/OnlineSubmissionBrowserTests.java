package vn.motcua.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

import vn.motcua.Browser;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.Intake;
import vn.motcua.shared.SubmissionChannel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone-sized window with JavaScript off, a citizen applies online one question per page, loses the connection
 * and continues, submits, gets a code; the counter accepts it and the citizen sees it on the status page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnlineSubmissionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Intake intake;

	@Autowired
	DossierWorkflow dossiers;

	WebDriver browser;

	@BeforeEach
	void open() {
		browser = Browser.phone(false);
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void aCitizenSubmitsOnlineThenTheCounterAcceptsIt() throws Exception {
		Path scan = Files.createTempFile("to-khai", ".pdf");
		Files.writeString(scan, "%PDF-1.4 tờ khai");

		browser.get(url("/public/nop-ho-so"));
		Browser.awaitHeading(browser, "Nộp hồ sơ trực tuyến");
		browser.findElement(By.id("q")).sendKeys("dang ky khai sinh");
		browser.findElement(By.id("search")).click();
		// the start page may list the procedure too: wait for the results page before following its link
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q="));
		browser.findElement(By.linkText("Thủ tục đăng ký khai sinh")).click();
		Browser.awaitHeading(browser, "Thủ tục đăng ký khai sinh");
		browser.findElement(By.id("start")).click();

		Browser.awaitHeading(browser, "Thông tin người nộp hồ sơ");
		browser.findElement(By.id("continue")).click();
		assertThat(browser.findElement(By.className("error-summary")).getText())
			.contains("Nhập họ và tên.", "Số định danh cá nhân phải gồm đúng 12 chữ số.");
		browser.findElement(By.id("applicantName")).sendKeys("Lê Văn Hùng");
		browser.findElement(By.id("applicantIdNumber")).sendKeys("038090001234");
		browser.findElement(By.id("applicantPhone")).sendKeys("0911222333");
		browser.findElement(By.id("applicantAddress")).sendKeys("Thôn Bắc, xã Thiên Phủ");
		browser.findElement(By.id("continue")).click();
		Browser.awaitHeading(browser, "Có người nộp thay theo ủy quyền không?");

		// The connection drops; later, on another phone session, the same link continues with what was entered.
		String draftLink = browser.getCurrentUrl().replace("/dai-dien", "/nguoi-nop");
		browser.quit();
		browser = Browser.phone(false);
		browser.get(draftLink);
		Browser.awaitHeading(browser, "Thông tin người nộp hồ sơ");
		assertThat(browser.findElement(By.id("applicantName")).getAttribute("value")).isEqualTo("Lê Văn Hùng");
		browser.findElement(By.id("continue")).click();

		browser.findElement(By.id("hasRepresentative-no")).click();
		browser.findElement(By.id("continue")).click();
		int pages = 0;
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/giay-to/"));
		while (browser.getCurrentUrl().contains("/giay-to/")) {
			String page = browser.getCurrentUrl();
			if (browser.findElement(By.id("file-hint")).getText().startsWith("Bắt buộc")) {
				browser.findElement(By.id("file")).sendKeys(scan.toString());
			}
			browser.findElement(By.id("continue")).click();
			new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !d.getCurrentUrl().equals(page));
			pages++;
		}
		assertThat(pages).as("one page per document of the procedure").isGreaterThanOrEqualTo(2);

		Browser.awaitHeading(browser, "Ông/bà muốn nhận kết quả bằng cách nào?");
		browser.findElement(By.id("receiveMethod-COUNTER")).click();
		browser.findElement(By.id("continue")).click();
		Browser.awaitHeading(browser, "Kiểm tra thông tin trước khi nộp");
		assertThat(browser.findElement(By.id("main")).getText()).contains("Lê Văn Hùng", "038090001234",
				"Không, tôi tự nộp", "Nhận trực tiếp tại Bộ phận Một cửa", scan.getFileName().toString());
		browser.findElement(By.id("submit")).click();

		Browser.awaitHeading(browser, "Đã nộp hồ sơ");
		String code = browser.findElement(By.id("dossier-code")).getText();
		assertThat(code).matches("14908-\\d{6}-\\d{4}");
		Dossier submitted = dossiers.find(code).orElseThrow();
		assertThat(submitted.status()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(submitted.channel()).isEqualTo(SubmissionChannel.ONLINE);
		assertThat(submitted.assisted()).isFalse();
		assertThat(submitted.documents()).allMatch(d -> d.digitised());

		intake.acceptSubmitted(code, "tiepnhan");

		browser.findElement(By.id("receipt-link")).click();
		Browser.awaitHeading(browser, "Hồ sơ " + code);
		assertThat(browser.findElement(By.id("stage")).getText()).contains("Đã tiếp nhận");
		assertThat(browser.findElement(By.id("receipt")).getText()).contains("Lê Văn Hùng", "038090001234");
		assertThat(browser.findElement(By.id("main")).getText()).contains("Nhận trực tiếp tại Bộ phận Một cửa");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
