package vn.motcua.catalogue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** In a real browser, without signing in: a citizen searches without diacritics and opens a procedure's page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueBrowserTests {

	@LocalServerPort
	int port;

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
	void aCitizenFindsBirthRegistrationWithoutDiacriticsAndOpensItsPage() {
		browser.get("http://localhost:" + port + "/public/thu-tuc");
		Browser.awaitHeading(browser, "Thủ tục hành chính");

		browser.findElement(By.id("q")).sendKeys("dang ky khai sinh");
		browser.findElement(By.id("search")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5)).until(
				org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.id("main"),
						"Kết quả tìm kiếm"));
		assertThat(browser.findElements(By.cssSelector("tbody tr")).get(0).getText())
			.as("the exact name comes first").contains("1.001193", "Thủ tục đăng ký khai sinh", "Trong ngày");

		browser.findElement(By.linkText("Thủ tục đăng ký khai sinh")).click();
		Browser.awaitHeading(browser, "Thủ tục đăng ký khai sinh");
		assertThat(browser.findElement(By.id("documents")).getText()).contains("Giấy chứng sinh", "bản chính");
		assertThat(browser.findElement(By.id("main")).getText())
			.contains("Mã 1.001193 – Lĩnh vực Hộ tịch", "Giấy khai sinh", "Luật Hộ tịch 60/2014/QH13",
					"Luật Hộ tịch 60/2014/QH13, Điều 11");
	}
}
