package vn.motcua.portal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.Browser;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLinks;
import vn.motcua.feedback.Satisfaction;
import vn.motcua.feedback.SatisfactionFigures;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen follows a returned dossier by its QR link and rates it; a petition is filed, answered, rated, reopened. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RatingAndPetitionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	java.time.Clock clock;

	@Autowired
	PortalFixtures fixtures;

	@Autowired
	DossierLinks links;

	@Autowired
	Satisfaction satisfaction;

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
	void aCitizenFollowsADossierByQrAndRatesIt() {
		Dossier dossier = fixtures.returned();
		SatisfactionFigures before = satisfaction.figures(List.of("14908"), LocalDate.now(clock).minusDays(1),
				LocalDate.now(clock).plusDays(1));
		String qr = links.receiptUrl(dossier.code());

		browser.get(url(qr.substring(qr.indexOf("/public/"))));
		Browser.awaitHeading(browser, "Hồ sơ " + dossier.code());
		assertThat(browser.findElement(By.id("stage")).getText()).contains("Đã trả kết quả");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Tiếp nhận hồ sơ", "Có kết quả",
				"Trả kết quả");
		browser.findElement(By.id("rate-link")).click();
		Browser.awaitHeading(browser, "Đánh giá mức độ hài lòng");
		browser.findElement(By.id("send-rating")).click();
		assertThat(browser.findElement(By.className("error-summary")).getText()).contains("Chọn mức hài lòng chung.");
		browser.findElement(By.id("overall-4")).click();
		browser.findElement(By.id("timeTaken-ON_TIME")).click();
		browser.findElement(By.id("visits-1")).click();
		browser.findElement(By.id("staffAttitude-5")).click();
		browser.findElement(By.id("informationClarity-4")).click();
		browser.findElement(By.id("send-rating")).click();
		assertThat(browser.findElement(By.id("rating-thanks")).getText()).isEqualTo("Cảm ơn ông/bà đã đánh giá.");

		SatisfactionFigures after = satisfaction.figures(List.of("14908"), LocalDate.now(clock).minusDays(1),
				LocalDate.now(clock).plusDays(1));
		assertThat(after.ratings()).isEqualTo(before.ratings() + 1);
		assertThat(after.satisfied()).isEqualTo(before.satisfied() + 1);

		browser.get(url(qr.substring(qr.indexOf("/public/"))));
		assertThat(browser.findElements(By.id("rate-link"))).as("one rating per dossier").isEmpty();
	}

	@Test
	void aPetitionIsFiledAnsweredRatedAndReopenedOnce() {
		browser.get(url("/public/phan-anh"));
		Browser.awaitHeading(browser, "Phản ánh, kiến nghị");
		browser.findElement(By.id("new-petition")).click();
		Browser.awaitHeading(browser, "Gửi phản ánh, kiến nghị");
		browser.findElement(By.id("subject-OFFICER_CONDUCT")).click();
		browser.findElement(By.id("title")).sendKeys("Cán bộ hẹn lại nhiều lần");
		browser.findElement(By.id("content")).sendKeys("Tôi phải đến ba lần mới nộp được hồ sơ.");
		browser.findElement(By.id("petitionerName")).sendKeys("Phạm Thị Hoa");
		browser.findElement(By.id("petitionerContact")).sendKeys("0909111222");
		browser.findElement(By.id("send-petition")).click();
		Browser.awaitHeading(browser, "Đã gửi phản ánh, kiến nghị");
		String code = browser.findElement(By.id("tracking-code")).getText();
		assertThat(code).matches("PA-[A-Z2-9]{8}");
		assertThat(browser.findElement(By.id("main")).getText()).doesNotContain("Phạm Thị Hoa", "0909111222");

		WebDriver officer = Browser.start();
		try {
			officer.get(url("/login"));
			officer.findElement(By.id("username")).sendKeys("admin");
			officer.findElement(By.id("password")).sendKeys("admin-test-password");
			officer.findElement(By.cssSelector("form.form button[type=submit]")).click();
			Browser.awaitHeading(officer, "Xin chào, Quản trị hệ thống");
			officer.get(url("/feedback/phan-anh"));
			assertThat(officer.findElement(By.id("petition-" + code)).getText()).contains("Cán bộ hẹn lại nhiều lần",
					"Mới tiếp nhận").containsPattern("còn \\d+ ngày làm việc|hạn hôm nay");
			officer.findElement(By.linkText(code)).click();
			officer.findElement(By.id("kind-FEEDBACK")).click();
			officer.findElement(By.id("assignee")).sendKeys("chuyenvien");
			officer.findElement(By.id("classify")).click();
			awaitText(officer, "petition-status", "Đang xử lý");
			officer.findElement(By.id("answer")).sendKeys("Đã nhắc nhở cán bộ; hồ sơ được nhận ngay trong ngày.");
			officer.findElement(By.id("publish")).click();
			officer.findElement(By.id("send-answer")).click();
			awaitText(officer, "petition-status", "Đã trả lời");
		}
		finally {
			officer.quit();
		}

		browser.get(url("/public/phan-anh/theo-doi/" + code));
		assertThat(browser.findElement(By.id("answer")).getText()).contains("Đã nhắc nhở cán bộ");
		browser.findElement(By.id("rating-NOT_SATISFIED")).click();
		browser.findElement(By.id("send-petition-rating")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5)).until(
				org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.id("answer"),
						"Không hài lòng với câu trả lời"));
		browser.findElement(By.id("reason")).sendKeys("Lần sau vẫn bị hẹn lại.");
		browser.findElement(By.id("reopen")).click();
		awaitText(browser, "petition-status", "Mở lại, đang xử lý");
		assertThat(browser.findElements(By.id("reopen"))).isEmpty();

		browser.get(url("/public/phan-anh"));
		assertThat(browser.findElement(By.id("main")).getText()).contains("Đã nhắc nhở cán bộ")
			.doesNotContain("Phạm Thị Hoa");
	}

	/** Waits (up to 5 s) for the page loaded by a click to show the element's new text. */
	private static void awaitText(WebDriver driver, String id, String text) {
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.id(id), text));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
