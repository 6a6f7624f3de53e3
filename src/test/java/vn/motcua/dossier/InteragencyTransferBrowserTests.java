package vn.motcua.dossier;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.Browser;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser (issue 13 item 12): the receiving officer transfers a received dossier to the commune police
 * with one working day, receives it back with the police's answer, and the citizen's status page shows both steps
 * with the agency.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InteragencyTransferBrowserTests {

	static final String PASSWORD = "mat-khau-thu-nghiem";

	@LocalServerPort
	int port;

	@Autowired
	OfficerAccounts officers;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Intake intake;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	DossierStatistics statistics;

	@Autowired
	vn.motcua.agency.Agencies agencies;

	WebDriver browser;

	@BeforeEach
	void open() {
		if (officers.findByUsername("tn.lienthong").isEmpty()) {
			officers.create("tn.lienthong", "Vũ Thị Liên", PASSWORD, Set.of("14908"),
					Set.of(OfficerRole.RECEIVING_OFFICER));
		}
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void aDossierGoesToThePoliceAndBackAndTheCitizenSeesIt() {
		String code = intake.accept(CompleteIntake.of(catalogue.inForce("1.004873", CounterDesk.today()).orElseThrow(),
				"Đinh Văn Lực"), "tn.lienthong").code();
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("tn.lienthong");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		awaitHeadingMatching("Xin chào, .*");

		browser.get("http://localhost:" + port + "/dossiers/" + code);
		Browser.awaitHeading(browser, "Hồ sơ " + code);
		browser.findElement(By.id("transfer-agency-0")).sendKeys("Công an xã Thiên Phủ");
		browser.findElement(By.id("transfer-days-0")).sendKeys("1");
		browser.findElement(By.id("action-transfer-out")).click();
		awaitText(By.id("transfer-1"), "Đang ở cơ quan liên thông");
		assertThat(browser.findElement(By.id("transfer-1")).getText()).contains("1. Công an xã Thiên Phủ",
				"1 ngày làm việc");
		assertThat(browser.findElements(By.id("action-transfer-out"))).as("one agency at a time").isEmpty();

		browser.findElement(By.id("transfer-answer")).sendKeys("Đã xác nhận thông tin cư trú");
		browser.findElement(By.id("action-transfer-back")).click();
		awaitText(By.id("transfer-1"), "Đã xác nhận thông tin cư trú");
		assertThat(browser.findElement(By.id("transfer-1")).getText()).doesNotContain("Đang ở cơ quan liên thông");

		browser.get("http://localhost:" + port + "/public/ho-so/" + code);
		String timeline = browser.findElement(By.id("timeline")).getText();
		assertThat(timeline).contains("Chuyển liên thông đến cơ quan khác", "Cơ quan: Công an xã Thiên Phủ",
				"Cơ quan liên thông trả lại");
	}

	/**
	 * Issue 13 item 12 in full: an electronic dossier goes to two agencies at once, one being another commune of the
	 * installation (Xã Nam Xuân); that commune's officer signs in, finds it in the inbox and answers; the one-stop
	 * records the police's answer; the specialist proposes; the status page shows the hand-offs; the report still
	 * counts the dossier once, at Xã Thiên Phủ.
	 */
	@Test
	void twoAgenciesAtOnceOneOfThemAnotherCommuneAnsweringFromItsOwnAccount() {
		boolean wasActive = agencies.active().stream().anyMatch(a -> a.code().equals("14902"));
		agencies.setActive("14902", true);
		try {
			if (officers.findByUsername("cb.namxuan").isEmpty()) {
				officers.create("cb.namxuan", "Hà Văn Xuân", PASSWORD, Set.of("14902"), Set.of(OfficerRole.RECEIVING_OFFICER));
			}
			long before = received("14908");
			long beforeThere = received("14902");
			String code = intake.accept(CompleteIntake.of(catalogue.inForce("1.004873", CounterDesk.today())
				.orElseThrow(), "Mai Thị Song"), "tn.lienthong").code();
			workflow.assign(code, "chuyenvien", "tn.lienthong");
			signIn("tn.lienthong", PASSWORD);
			browser.get("http://localhost:" + port + "/dossiers/" + code);
			Browser.awaitHeading(browser, "Hồ sơ " + code);
			new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("transfer-commune-0")))
				.selectByValue("14902");
			browser.findElement(By.id("transfer-days-0")).sendKeys("1");
			browser.findElement(By.id("transfer-agency-1")).sendKeys("Công an xã Thiên Phủ");
			browser.findElement(By.id("transfer-days-1")).sendKeys("1");
			browser.findElement(By.id("action-transfer-out")).click();
			awaitText(By.id("transfer-2"), "Đang ở cơ quan liên thông");
			assertThat(browser.findElement(By.id("transfer-1")).getText()).contains("1. Xã Nam Xuân", "trên hệ thống",
					"chủ trì");
			signOut();

			signIn("cb.namxuan", PASSWORD);
			browser.get("http://localhost:" + port + "/inbox");
			awaitText(By.id("consulted-dossiers"), code);
			browser.findElement(By.cssSelector("#consulted-" + code + " a")).click();
			Browser.awaitHeading(browser, "Hồ sơ " + code);
			assertThat(browser.findElements(By.id("action-assign"))).isEmpty();
			browser.findElement(By.id("transfer-answer")).sendKeys("Đã đăng ký thường trú cho trẻ tại xã Nam Xuân");
			browser.findElement(By.id("action-transfer-back")).click();
			awaitText(By.id("transfer-1"), "Đã đăng ký thường trú cho trẻ tại xã Nam Xuân");
			signOut();

			signIn("tn.lienthong", PASSWORD);
			browser.get("http://localhost:" + port + "/dossiers/" + code);
			Browser.awaitHeading(browser, "Hồ sơ " + code);
			browser.findElement(By.id("transfer-answer")).sendKeys("Đã xác nhận cư trú");
			browser.findElement(By.id("action-transfer-back")).click();
			awaitText(By.id("transfer-2"), "Đã xác nhận cư trú");
			signOut();

			signIn("chuyenvien", "mat-khau-kiem-thu");
			browser.get("http://localhost:" + port + "/dossiers/" + code);
			Browser.awaitHeading(browser, "Hồ sơ " + code);
			browser.findElement(By.id("action-propose")).click();
			new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
				.until(b -> workflow.find(code).orElseThrow().status() == DossierStatus.AWAITING_DECISION);

			browser.get("http://localhost:" + port + "/public/ho-so/" + code);
			String timeline = browser.findElement(By.id("timeline")).getText();
			assertThat(timeline).contains("Cơ quan: Xã Nam Xuân", "Cơ quan: Công an xã Thiên Phủ",
					"Cơ quan liên thông trả lại");
			assertThat(received("14908")).isEqualTo(before + 1);
			assertThat(received("14902")).isEqualTo(beforeThere);
		}
		finally {
			agencies.setActive("14902", wasActive);
		}
	}

	private long received(String agency) {
		return statistics.figures(CounterDesk.today(), CounterDesk.today(), java.util.List.of(agency)).stream()
			.mapToLong(f -> f.received().total()).sum();
	}

	private void signIn(String username, String password) {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		awaitHeadingMatching("Xin chào, .*");
	}

	private void signOut() {
		browser.manage().deleteAllCookies();
	}

	private void awaitText(By element, String text) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(element, text));
	}

	private void awaitHeadingMatching(String regex) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.textMatches(By.tagName("h1"),
					java.util.regex.Pattern.compile(regex)));
	}
}
