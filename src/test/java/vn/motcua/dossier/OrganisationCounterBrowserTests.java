package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.Browser;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser (issue 13 item 4): the receiving officer takes in a dossier of an organisation — “Tổ chức, doanh
 * nghiệp (mã số thuế)”, a tax code with a wrong check digit first (refused in Vietnamese, what was typed is kept),
 * then the right one with the legal representative; the dossier page shows the organisation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationCounterBrowserTests {

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
		if (officers.findByUsername("tn.lan").isEmpty()) {
			officers.create("tn.lan", "Đỗ Thị Lan", PASSWORD, Set.of("14908"), Set.of(OfficerRole.RECEIVING_OFFICER));
		}
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	@Test
	void anOrganisationIsTakenInAtTheCounter() throws Exception {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("tn.lan");
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		awaitHeadingMatching("Xin chào, .*");
		browser.get("http://localhost:" + port + "/counter/new?procedure=1.004873");
		Browser.awaitHeading(browser, "Tiếp nhận hồ sơ tại quầy");

		new Select(browser.findElement(By.id("identifier"))).selectByVisibleText("Tổ chức, doanh nghiệp (mã số thuế)");
		browser.findElement(By.id("applicantName")).sendKeys("Công ty TNHH Gạch Ngói Thiên Phủ");
		browser.findElement(By.id("idNumber")).sendKeys("2800123457");
		browser.findElement(By.id("legalRepresentative")).sendKeys("Lê Văn Hùng");
		browser.findElement(By.id("phone")).sendKeys("0237 3850 111");
		var required = catalogue.inForce("1.004873", CounterDesk.today()).orElseThrow().requiredDocuments();
		for (int i = 0; i < required.size(); i++) {
			browser.findElement(By.id("documents-" + i + ".handed")).click();
			if (!required.get(i).shownOnly()) {
				browser.findElement(By.id("documents-" + i + ".scan")).sendKeys(scan("ban-quet-" + i + ".pdf").toString());
			}
		}
		browser.findElement(By.id("accept")).click();
		Browser.awaitHeading(browser, "Tiếp nhận hồ sơ tại quầy");
		WebElement summary = browser.findElement(By.className("error-summary"));
		assertThat(summary.getText()).contains("Mã số thuế không hợp lệ");
		assertThat(new Select(browser.findElement(By.id("identifier"))).getFirstSelectedOption().getText())
			.isEqualTo("Tổ chức, doanh nghiệp (mã số thuế)");
		assertThat(browser.findElement(By.id("legalRepresentative")).getAttribute("value")).isEqualTo("Lê Văn Hùng");
		WebElement id = browser.findElement(By.id("idNumber"));
		id.clear();
		id.sendKeys("2800123452");
		browser.findElement(By.id("accept")).click();

		awaitHeadingMatching("Hồ sơ 14908-.*");
		String code = browser.findElement(By.tagName("h1")).getText().substring("Hồ sơ ".length());
		assertThat(browser.findElement(By.id("applicant-kind")).getText()).isEqualTo("Tổ chức, doanh nghiệp (mã số thuế)");
		assertThat(browser.findElement(By.id("legal-representative")).getText()).isEqualTo("Lê Văn Hùng");
		Applicant applicant = workflow.find(code).orElseThrow().applicant();
		assertThat(applicant.kind()).isEqualTo(Applicant.Kind.ORGANISATION);
		assertThat(applicant.name()).isEqualTo("Công ty TNHH Gạch Ngói Thiên Phủ");
	}

	private void awaitHeadingMatching(String regex) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.textMatches(By.tagName("h1"),
					java.util.regex.Pattern.compile(regex)));
	}

	private static Path scan(String name) throws Exception {
		Path file = Files.createTempDirectory("scan").resolve(name);
		Files.writeString(file, "%PDF-1.4 " + name + " " + System.nanoTime(), StandardCharsets.UTF_8);
		return file;
	}
}
