package vn.motcua.notifications;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

import vn.motcua.Browser;
import vn.motcua.TestClock;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, "done when": in a real browser (headless Chromium) the receiving officer takes in a dossier at the
 * counter; the SMS gateway simulator receives the citizen's SMS over HTTP, and the status link it carries, followed
 * as it is written (the application runs on the port the link names), opens the dossier's public status page.
 */
class CounterToSmsBrowserTests extends NotificationsTestBase {

	static final String PASSWORD = "mat-khau-tin-nhan-1";

	@Autowired
	OfficerAccounts officers;

	WebDriver browser;

	@BeforeEach
	void open() {
		if (officers.findByUsername("tn.tinnhan").isEmpty()) {
			officers.create("tn.tinnhan", "Vi Thị Tin", PASSWORD, Set.of("14908"), Set.of(OfficerRole.RECEIVING_OFFICER));
		}
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void theSmsOfACounterIntakeCarriesTheLinkToTheDossiersStatusPage() throws Exception {
		String phone = "0965" + digits(6);
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("tn.tinnhan");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		heading("Xin chào, .*");
		browser.get("http://localhost:" + port + "/counter/new?procedure=1.004873");
		Browser.awaitHeading(browser, "Tiếp nhận hồ sơ tại quầy");
		browser.findElement(By.id("applicantName")).sendKeys("Lục Văn Nhận Tin");
		browser.findElement(By.id("idNumber")).sendKeys("038095000123");
		browser.findElement(By.id("phone")).sendKeys(phone);
		assertThat(browser.findElement(By.id("messageChannels-SMS")).isSelected()).as("SMS ticked by default").isTrue();
		var required = catalogue.inForce("1.004873", TestClock.today()).orElseThrow().requiredDocuments();
		for (int i = 0; i < required.size(); i++) {
			browser.findElement(By.id("documents-" + i + ".handed")).click();
			if (!required.get(i).shownOnly()) {
				browser.findElement(By.id("documents-" + i + ".scan")).sendKeys(scan("ban-quet-" + i + ".pdf").toString());
			}
		}
		browser.findElement(By.id("accept")).click();
		heading("Hồ sơ 14908-.*");
		String code = browser.findElement(By.tagName("h1")).getText().substring("Hồ sơ ".length());

		SimulatedGateways.await(() -> gateways.smsTo(phone).size() == 1, Duration.ofSeconds(20));
		String text = gateways.smsTo(phone).get(0).path("text").asString();
		assertThat(text).startsWith("Đã tiếp nhận hồ sơ " + code);
		String link = text.replaceAll("(?s).*(http://\\S+).*", "$1");
		assertThat(link).startsWith("http://localhost:" + port + "/public/ho-so/" + code);

		browser.manage().deleteAllCookies(); // the citizen's own phone: nobody signed in
		browser.get(link);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
				By.tagName("main"), code));
		// the link carries the receipt's QR token: its holder sees the receipt and may stop the messages
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(code, "Lục Văn Nhận Tin",
				"Dừng nhận tin nhắn về hồ sơ này");
	}

	private void heading(String regex) {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textMatches(By.tagName("h1"), Pattern.compile(regex)));
	}

	private static Path scan(String name) throws Exception {
		Path file = Files.createTempDirectory("scan").resolve(name);
		Files.writeString(file, "%PDF-1.4 " + name + " " + System.nanoTime(), StandardCharsets.UTF_8);
		return file;
	}
}
