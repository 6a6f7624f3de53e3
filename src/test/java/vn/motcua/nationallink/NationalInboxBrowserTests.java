package vn.motcua.nationallink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.Browser;
import vn.motcua.TestClock;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium: a citizen submits a dossier with its files on the simulated national portal's page; the link
 * fetches it on its schedule; the counter officer finds it in the counter's list of online submissions and accepts
 * it; the portal's page then shows the dossier accepted (status 2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NationalInboxBrowserTests {

	private static final String PASSWORD = "mat-khau-thu-nghiem";

	static SimulatedPortal portal;

	@LocalServerPort
	int port;

	@Autowired
	OfficerAccounts officers;

	@Autowired
	Catalogue catalogue;

	WebDriver browser;

	@DynamicPropertySource
	static void link(DynamicPropertyRegistry registry) throws Exception {
		portal = SimulatedPortal.linkedTo(registry);
		registry.add("motcua.dvcqg.fetch-delay", () -> "PT1S");
		registry.add("motcua.dvcqg.fetch-every", () -> "PT1S");
	}

	@AfterAll
	static void stop() {
		portal.close();
	}

	@BeforeEach
	void open() {
		if (officers.findByUsername("tn.lienthong").isEmpty()) {
			officers.create("tn.lienthong", "Ngô Thị Liên", PASSWORD, Set.of("14908"),
					Set.of(OfficerRole.RECEIVING_OFFICER));
		}
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void aDossierSubmittedOnThePortalIsAcceptedAtTheCounter() throws Exception {
		List<RequiredDocument> components = catalogue.inForce("1.001193", TestClock.today()).orElseThrow()
			.requiredDocuments().stream().filter(d -> d.mandatory() && !d.shownOnly()).toList();
		assertThat(components).hasSizeBetween(1, 5);

		browser.get(portal.url() + "/nop-truc-tuyen");
		Browser.awaitHeading(browser, "Nộp hồ sơ trực tuyến");
		browser.findElement(By.id("madonvi")).sendKeys("14908");
		browser.findElement(By.id("MaTTHC")).sendKeys("1.001193");
		browser.findElement(By.id("ChuHoSo")).sendKeys("Bùi Thị Cổng Quốc Gia");
		browser.findElement(By.id("MaDoiTuong")).sendKeys("038095000123");
		browser.findElement(By.id("SoDienThoai")).sendKeys("0912345678");
		for (int i = 0; i < components.size(); i++) {
			Path file = Files.createTempFile("thanh-phan-", ".pdf");
			Files.writeString(file, "%PDF-1.4 thành phần " + components.get(i).position());
			browser.findElement(By.id("thanhphan" + (i + 1))).sendKeys(String.valueOf(components.get(i).position()));
			browser.findElement(By.id("tep" + (i + 1))).sendKeys(file.toString());
		}
		browser.findElement(By.id("nop")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("nop="));
		String portalCode = browser.getCurrentUrl().replaceAll(".*nop=", "");
		assertThat(browser.findElement(By.id("nop-" + portalCode)).getText()).contains("Bùi Thị Cổng Quốc Gia", "14908");

		signIn("tn.lienthong");
		By row = By.xpath("//section[@id='submitted']//tr[td[contains(., 'Bùi Thị Cổng Quốc Gia')]]");
		new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
			d.get("http://localhost:" + port + "/counter");
			return !d.findElements(row).isEmpty();
		});
		String code = browser.findElement(row).findElement(By.tagName("a")).getText();
		browser.findElement(row).findElement(By.tagName("button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/dossiers/" + code));
		assertThat(browser.findElement(By.id("main")).getText()).contains("Bùi Thị Cổng Quốc Gia");

		browser.get(portal.url() + "/");
		new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
			d.navigate().refresh();
			return d.findElement(By.id("nop-" + portalCode)).getText().contains("1 → 1 → 2");
		});
	}

	private void signIn(String username) {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("Xin chào, .*")));
	}
}
