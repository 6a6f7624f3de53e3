package vn.motcua.calendar;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone without JavaScript: the administrator opens a provisional year, taps a day in the month grid, lists it
 * as a holiday with its legal source, and finds it under its month.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarAdministrationBrowserTests {

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
	void administratorListsAHolidayFromTheMonthGrid() throws Exception {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin-test-password");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		Browser.awaitHeading(browser, "Xin chào, Quản trị hệ thống");

		browser.get("http://localhost:" + port + "/admin/calendar?year=2034");
		Browser.awaitHeading(browser, "Lịch làm việc năm 2034");
		assertThat(browser.findElement(By.id("provisional-notice")).getText()).contains("tạm tính");
		browser.findElement(By.cssSelector("td[data-date='2034-11-24'] a")).click();
		Browser.awaitHeading(browser, "Thêm ngày vào lịch");
		assertThat(browser.findElement(By.id("date")).getAttribute("value")).isEqualTo("2034-11-24");
		browser.findElement(By.id("name")).sendKeys("Ngày Văn hóa Việt Nam");
		browser.findElement(By.id("legalSource")).sendKeys("Bộ luật Lao động (sửa đổi)");
		browser.findElement(By.id("save")).click();

		Browser.awaitHeading(browser, "Lịch làm việc năm 2034");
		assertThat(browser.findElement(By.className("notice--success")).getText())
			.isEqualTo("Đã lưu lịch. Đã tính lại hạn giải quyết của 0 hồ sơ.");
		assertThat(browser.findElement(By.id("day-2034-11-24")).getText())
			.contains("24/11", "Nghỉ lễ, Tết", "Ngày Văn hóa Việt Nam", "Căn cứ: Bộ luật Lao động (sửa đổi)");
		assertThat(browser.findElement(By.cssSelector("td[data-date='2034-11-24']")).getAttribute("class"))
			.contains("calendar-day--off");
		Path screenshot = browser.findElement(By.id("month-11")).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(screenshot, Path.of("target/calendar-admin-phone.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void administratorSetsTheCommunesOpeningTimeWithoutJavaScriptAndAnOpeningAfterClosingIsRefused() {
		signIn();
		try {
			browser.get("http://localhost:" + port + "/admin/calendar/office-hours");
			Browser.awaitHeading(browser, "Giờ làm việc và giờ tiếp nhận");
			assertThat(browser.findElement(By.cssSelector("label[for='opening-14908']")).getText())
				.isEqualTo("Giờ bắt đầu làm việc");
			setTime("opening-14908", "1800");
			browser.findElement(By.cssSelector("#hours-14908 button[type=submit]")).click();
			Browser.awaitHeading(browser, "Giờ làm việc và giờ tiếp nhận");
			assertThat(browser.findElement(By.className("notice--failure")).getText())
				.isEqualTo("Giờ bắt đầu làm việc phải sớm hơn giờ kết thúc làm việc.");
			assertThat(browser.findElement(By.id("opening-14908")).getAttribute("value")).isEqualTo("07:30");

			setTime("opening-14908", "0800");
			browser.findElement(By.cssSelector("#hours-14908 button[type=submit]")).click();
			Browser.awaitHeading(browser, "Giờ làm việc và giờ tiếp nhận");
			assertThat(browser.findElement(By.className("notice--success")).getText())
				.isEqualTo("Đã lưu giờ làm việc của đơn vị 14908.");
			assertThat(browser.findElement(By.id("opening-14908")).getAttribute("value")).isEqualTo("08:00");
		}
		finally {
			setTime("opening-14908", "0730");
			browser.findElement(By.cssSelector("#hours-14908 button[type=submit]")).click();
			Browser.awaitHeading(browser, "Giờ làm việc và giờ tiếp nhận");
		}
	}

	private void signIn() {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin-test-password");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		Browser.awaitHeading(browser, "Xin chào, Quản trị hệ thống");
	}

	/**
	 * Types a time into a time field as a person does on a 24-hour phone: a tap on its label puts the cursor on the
	 * hours, then the hour's digits and the minutes'.
	 */
	private void setTime(String id, String digits) {
		browser.findElement(By.cssSelector("label[for='" + id + "']")).click();
		browser.findElement(By.id(id)).sendKeys(digits);
		assertThat(browser.findElement(By.id(id)).getAttribute("value"))
			.isEqualTo(digits.substring(0, 2) + ":" + digits.substring(2));
	}
}
