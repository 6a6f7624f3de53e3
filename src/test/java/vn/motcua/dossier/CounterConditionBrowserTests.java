package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, khai tử at the counter (issue 13 items 3 and 13): the shown identity paper has no scan field; the
 * officer ticks the case “người chết đã lâu, không có Giấy báo tử” and is told the paper for that case is missing;
 * handed in, the dossier is received with it; the on-time condition ticked, no charge is due.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CounterConditionBrowserTests {

	static final String PASSWORD = "mat-khau-thu-nghiem";

	@LocalServerPort
	int port;

	@Autowired
	OfficerAccounts officers;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierWorkflow workflow;

	WebDriver browser;

	@BeforeEach
	void open() {
		if (officers.findByUsername("tn.dieu").isEmpty()) {
			officers.create("tn.dieu", "Vũ Thị Diệu", PASSWORD, Set.of("14908"), Set.of(OfficerRole.RECEIVING_OFFICER));
		}
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void theCounterTicksACaseAndTheOnTimeConditionOfKhaiTu() throws Exception {
		List<RequiredDocument> required = catalogue.inForce("1.000656", CounterDesk.today()).orElseThrow()
			.requiredDocuments();
		int longAgo = indexOf(required, d -> d.condition() != null && d.condition().startsWith("người chết đã lâu"));
		int identity = indexOf(required, d -> d.shownOnly() && d.name().startsWith("Giấy tờ tùy thân"));

		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("tn.dieu");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		awaitHeading("Xin chào, .*");
		browser.get("http://localhost:" + port + "/counter/new?procedure=1.000656");
		awaitHeading("Tiếp nhận hồ sơ tại quầy");

		assertThat(browser.findElements(By.id("documents-" + identity + ".scan"))).as("a shown paper has no scan field")
			.isEmpty();
		assertThat(browser.findElement(By.id("documents-" + identity + ".shownHint")).getText()).contains("không quét");
		browser.findElement(By.id("applicantName")).sendKeys("Trịnh Văn Lâm");
		browser.findElement(By.id("idNumber")).sendKeys("038095000123");
		browser.findElement(By.id("phone")).sendKeys("0912345678");
		for (int i = 0; i < required.size(); i++) {
			if (required.get(i).mandatory()) {
				browser.findElement(By.id("documents-" + i + ".handed")).click();
				browser.findElement(By.id("documents-" + i + ".scan")).sendKeys(scan("giay-" + i + ".pdf").toString());
			}
		}
		browser.findElement(By.id("documents-" + identity + ".handed")).click();
		browser.findElement(By.id("documents-" + longAgo + ".caseApplies")).click();
		browser.findElement(By.id("accept")).click();
		awaitHeading("Tiếp nhận hồ sơ tại quầy");
		assertThat(browser.findElement(By.className("error-summary")).getText())
			.contains("Thiếu giấy tờ phải nộp trong trường hợp đã đánh dấu: " + required.get(longAgo).name());
		assertThat(browser.findElement(By.id("documents-" + longAgo + ".caseApplies")).isSelected()).isTrue();

		browser.findElement(By.id("documents-" + longAgo + ".handed")).click();
		browser.findElement(By.id("documents-" + longAgo + ".scan")).sendKeys(scan("chung-minh.pdf").toString());
		browser.findElement(By.cssSelector("input[id^='feeConditions-']")).click();
		browser.findElement(By.id("accept")).click();
		awaitHeading("Hồ sơ 14908-.*");
		String code = browser.findElement(By.tagName("h1")).getText().substring("Hồ sơ ".length());
		Dossier received = workflow.find(code).orElseThrow();
		assertThat(received.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(received.documents()).extracting(DossierDocument::name).contains(required.get(longAgo).name())
			.doesNotContain(required.get(identity).name());
		assertThat(received.feeDue()).isZero();
		assertThat(received.steps().get(received.steps().size() - 1).note()).startsWith("Miễn phí, lệ phí khi: Đăng ký khai tử đúng hạn");
	}

	private static int indexOf(List<RequiredDocument> documents, java.util.function.Predicate<RequiredDocument> which) {
		for (int i = 0; i < documents.size(); i++) {
			if (which.test(documents.get(i))) {
				return i;
			}
		}
		throw new AssertionError("no such document");
	}

	private void awaitHeading(String regex) {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textMatches(By.tagName("h1"), Pattern.compile(regex)));
	}

	private static Path scan(String name) throws Exception {
		Path file = Files.createTempDirectory("scan").resolve(name);
		Files.writeString(file, "%PDF-1.4 " + name + " " + System.nanoTime(), StandardCharsets.UTF_8);
		return file;
	}
}
