package vn.motcua.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** In a real browser: the administrator signs in, creates an officer, and the officer signs in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficerAdministrationBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void open() {
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void administratorCreatesAnOfficerWhoThenSignsIn() {
		signIn("admin", "admin-test-password");
		Browser.awaitHeading(browser, "Xin chào, Quản trị hệ thống");

		browser.findElement(By.linkText("Cán bộ")).click();
		browser.findElement(By.linkText("Thêm cán bộ")).click();
		Browser.awaitHeading(browser, "Thêm cán bộ");
		browser.findElement(By.id("save")).click();
		assertThat(browser.findElement(By.className("error-summary")).getText())
			.contains("Có lỗi cần sửa", "Nhập tên đăng nhập.", "Nhập họ và tên cán bộ.", "Chọn ít nhất một vai trò.");

		browser.findElement(By.id("username")).sendKeys("nguyenthilan");
		browser.findElement(By.id("fullName")).sendKeys("Nguyễn Thị Lan");
		browser.findElement(By.id("password")).sendKeys("mat-khau-lan-1");
		browser.findElement(By.id("agency-14908")).click();
		browser.findElement(By.id("role-RECEIVING_OFFICER")).click();
		browser.findElement(By.id("save")).click();
		Browser.awaitHeading(browser, "Cán bộ");
		assertThat(browser.findElement(By.className("notice--success")).getText())
			.isEqualTo("Đã tạo tài khoản nguyenthilan.");
		assertThat(browser.findElement(By.id("officer-nguyenthilan")).getText())
			.contains("Nguyễn Thị Lan", "Cán bộ tiếp nhận – Xã Thiên Phủ", "Đang hoạt động");

		browser.findElement(By.cssSelector(".nav__logout button")).click();
		Browser.awaitHeading(browser, "Đăng nhập");
		assertThat(browser.findElement(By.className("notice--success")).getText()).isEqualTo("Bạn đã đăng xuất.");

		signIn("nguyenthilan", "mat-khau-lan-1");
		Browser.awaitHeading(browser, "Xin chào, Nguyễn Thị Lan");
		assertThat(browser.findElement(By.id("main")).getText()).contains("Xã Thiên Phủ", "Mã 14908 – Thanh Hóa");
		assertThat(browser.findElements(By.linkText("Cán bộ"))).as("a receiving officer has no admin menu").isEmpty();
	}

	private void signIn(String username, String password) {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
	}
}
