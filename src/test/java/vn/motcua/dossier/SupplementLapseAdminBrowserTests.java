package vn.motcua.dossier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** In a real browser: the installation's administrator finds the lapse rules from the catalogue, sets one, removes it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupplementLapseAdminBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	SupplementLapseRules rules;

	WebDriver browser;

	@BeforeEach
	void open() {
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		browser.quit();
		rules.remove("9.ADM-B");
	}

	@Test
	void theAdministratorSetsAProceduresTimeToSupplementAndRemovesIt() {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin-test-password");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		Browser.awaitHeading(browser, "Xin chào, Quản trị hệ thống");

		browser.get("http://localhost:" + port + "/admin/catalogue");
		browser.findElement(By.id("supplement-lapses")).click();
		Browser.awaitHeading(browser, "Thời hạn bổ sung hồ sơ theo luật chuyên ngành");

		browser.findElement(By.id("procedureCode")).sendKeys("9.ADM-B");
		browser.findElement(By.id("workingDays")).sendKeys("30");
		browser.findElement(By.id("legalBasis")).sendKeys("Luật chuyên ngành (thử nghiệm), Điều 5");
		browser.findElement(By.id("save")).click();
		Browser.awaitHeading(browser, "Thời hạn bổ sung hồ sơ theo luật chuyên ngành");
		assertThat(browser.findElement(By.className("notice--success")).getText())
			.isEqualTo("Đã lưu thời hạn bổ sung của thủ tục 9.ADM-B.");
		assertThat(browser.findElement(By.id("rule-9.ADM-B")).getText())
			.contains("9.ADM-B", "30", "Luật chuyên ngành (thử nghiệm), Điều 5");

		browser.findElement(By.id("remove-9.ADM-B")).click();
		Browser.awaitHeading(browser, "Thời hạn bổ sung hồ sơ theo luật chuyên ngành");
		assertThat(browser.findElement(By.className("notice--success")).getText())
			.isEqualTo("Đã bỏ thời hạn bổ sung của thủ tục 9.ADM-B.");
		assertThat(browser.findElements(By.id("rule-9.ADM-B"))).isEmpty();
	}
}
