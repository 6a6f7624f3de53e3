package vn.motcua.dossier;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.Browser;
import vn.motcua.TestClock;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * htmx where it makes the work faster (issue 14 item 6), in a real Chromium: changing an inbox filter, typing in the
 * counter's search box and refreshing a dossier's timeline replace a part of the page without loading another (a
 * marker set on {@code window} survives), and with JavaScript off the same pages do the same work by plain GET forms
 * and links.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageFragmentsBrowserTests {

	private static final String PASSWORD = "tiep-nhan-htmx-1";

	@LocalServerPort
	int port;

	@Autowired
	OfficerAccounts officers;

	@Autowired
	Intake intake;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierWorkflow workflow;

	WebDriver browser;

	@BeforeEach
	void officer() {
		if (officers.findByUsername("tn.htmx").isEmpty()) {
			officers.create("tn.htmx", "Lê Thị Htmx", PASSWORD, Set.of(CounterDesk.AGENCY),
					Set.of(OfficerRole.RECEIVING_OFFICER, OfficerRole.LEADER));
		}
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void changingAnInboxFilterRefreshesTheListWithoutLeavingThePage() {
		Dossier dossier = accepted("Ngô Thị Bộ Lọc");
		open(true);
		browser.get(url("/inbox?status=RESOLVED&procedure=1.004873"));
		assertThat(browser.findElements(By.id("row-" + dossier.code()))).isEmpty();
		markThePage();

		new Select(browser.findElement(By.id("status"))).selectByValue("RECEIVED");

		wait(ExpectedConditions.presenceOfElementLocated(By.id("row-" + dossier.code())));
		wait(ExpectedConditions.urlContains("status=RECEIVED"));
		assertThat(marker()).as("the same page: only the list was replaced").isEqualTo("same page");
	}

	@Test
	void typingInTheCounterSearchShowsTheProceduresWithoutLeavingThePage() {
		open(true);
		browser.get(url("/counter"));
		markThePage();

		browser.findElement(By.id("q")).sendKeys("1.004873");

		wait(ExpectedConditions.presenceOfElementLocated(By.id("procedure-1.004873")));
		assertThat(marker()).isEqualTo("same page");
		wait(ExpectedConditions.urlContains("q=1.004873"));
	}

	@Test
	void theTimelineRefreshShowsTheNewStepsWithoutLeavingThePage() {
		Dossier dossier = accepted("Vũ Văn Làm Mới");
		open(true);
		browser.get(url("/dossiers/" + dossier.code()));
		assertThat(browser.findElement(By.id("timeline")).getText()).doesNotContain("Cán bộ chuyenvien");
		markThePage();

		workflow.assign(dossier.code(), "chuyenvien", "lanhdao");
		browser.findElement(By.id("refresh-timeline")).click();

		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "Cán bộ chuyenvien"));
		assertThat(marker()).isEqualTo("same page");
	}

	@Test
	void withoutJavaScriptTheSamePagesWorkByPlainFormsAndLinks() {
		Dossier dossier = accepted("Trịnh Thị Không Script");
		open(false);
		browser.get(url("/inbox?status=RESOLVED&procedure=1.004873"));
		new Select(browser.findElement(By.id("status"))).selectByValue("RECEIVED");
		browser.findElement(By.id("filter")).click();
		wait(ExpectedConditions.urlContains("status=RECEIVED"));
		assertThat(browser.findElements(By.id("row-" + dossier.code()))).hasSize(1);

		browser.get(url("/counter"));
		browser.findElement(By.id("q")).sendKeys("1.004873");
		browser.findElement(By.id("search")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("procedure-1.004873")));

		browser.get(url("/dossiers/" + dossier.code()));
		workflow.assign(dossier.code(), "chuyenvien", "lanhdao");
		browser.findElement(By.id("refresh-timeline")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "Cán bộ chuyenvien"));
	}

	private Dossier accepted(String name) {
		return intake.accept(CompleteIntake.of(catalogue.inForce("1.004873", TestClock.today()).orElseThrow(), name),
				"tn.htmx");
	}

	private void open(boolean javaScript) {
		browser = Browser.start(1280, 900, javaScript);
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("tn.htmx");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		wait(ExpectedConditions.textMatches(By.tagName("h1"), java.util.regex.Pattern.compile("Xin chào.*")));
	}

	private void markThePage() {
		((JavascriptExecutor) browser).executeScript("window.motcuaMarker = 'same page';");
	}

	private Object marker() {
		return ((JavascriptExecutor) browser).executeScript("return window.motcuaMarker;");
	}

	private <T> void wait(java.util.function.Function<? super WebDriver, T> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
