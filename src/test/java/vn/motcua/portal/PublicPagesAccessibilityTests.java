package vn.motcua.portal;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.Axe;
import vn.motcua.Browser;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLinks;
import vn.motcua.feedback.Petition;
import vn.motcua.feedback.PetitionDesk;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page passes axe-core (WCAG rules, no serious or critical violation) in the tests' headless Chromium,
 * and weighs under 100 KB transferred with its style sheet and script (images excluded).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesAccessibilityTests {


	@LocalServerPort
	int port;

	@Autowired
	PortalFixtures fixtures;

	@Autowired
	DossierLinks links;

	@Autowired
	PetitionDesk desk;

	@Autowired
	JdbcClient jdbc;

	WebDriver browser;

	@BeforeEach
	void open() {
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		browser.quit();
	}

	List<String> publicPages() {
		Dossier supplement = fixtures.awaitingSupplement("Giấy xác nhận nơi cư trú");
		Dossier returned = fixtures.returned();
		String qr = links.receiptUrl(returned.code());
		String token = qr.substring(qr.indexOf("?t=") + 3);
		Petition petition = desk.file(new PetitionDesk.Filing("14908", Petition.Subject.PROCEDURE_RULE, null,
				"Thời hạn quá dài " + UUID.randomUUID(), "Đề nghị rút ngắn thời hạn.", "Nguyễn Văn Bình", null));
		UUID draft = UUID.randomUUID();
		jdbc.sql("""
				insert into submission_draft (id, agency_code, procedure_code, submission_token, created_at, updated_at)
				values (?, '14908', '1.001193', ?, now(), now())""").params(draft, UUID.randomUUID()).update();
		String flow = "/public/nop-ho-so/" + draft;
		return List.of("/public", "/public/tra-cuu", "/public/tra-cuu?ma=14908-000000-0000",
				"/public/ho-so/" + supplement.code(), "/public/ho-so/" + returned.code() + "?t=" + token,
				"/public/ho-so/" + returned.code() + "?t=tampered", "/public/ho-so/" + returned.code() + "/danh-gia?t=" + token,
				"/public/nop-ho-so", "/public/nop-ho-so?q=khai+sinh", "/public/nop-ho-so/thu-tuc/1.001193",
				flow + "/nguoi-nop", flow + "/dai-dien", flow + "/dai-dien/chi-tiet", flow + "/giay-to/1",
				flow + "/nhan-ket-qua", flow + "/kiem-tra", "/public/phan-anh", "/public/phan-anh/gui",
				"/public/phan-anh/theo-doi", "/public/phan-anh/theo-doi/" + petition.code(), "/public/so-lieu",
				"/public/kiem-tra-chu-ky",
				"/public/ho-so/14908-000000-0000");
	}

	@Test
	void everyPublicPagePassesAxeWithoutSeriousOrCriticalViolations() throws Exception {
		assertThat(Axe.violations(browser, url(""), publicPages())).isEmpty();
	}

	@Test
	void everyPublicPageWeighsUnder100KilobytesTransferred() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String home = http.send(HttpRequest.newBuilder(URI.create(url("/public"))).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		java.util.regex.Matcher script = java.util.regex.Pattern.compile("<script src=\"([^\"]+)\"").matcher(home);
		assertThat(script.find()).as("the layout's script").isTrue();
		for (String asset : List.of("/css/motcua.css", script.group(1))) {
			assertThat(http.send(HttpRequest.newBuilder(URI.create(url(asset))).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode()).as(asset).isEqualTo(200);
		}
		long assets = transferred(http, "/css/motcua.css") + transferred(http, script.group(1));
		for (String page : publicPages()) {
			long total = transferred(http, page) + assets;
			assertThat(total).as(page + " with its style sheet and script, bytes").isLessThan(100 * 1024);
		}
	}

	private long transferred(HttpClient http, String path) throws Exception {
		HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofInputStream());
		byte[] body = response.body().readAllBytes();
		assertThat(response.statusCode()).as(path).isIn(200, 403, 404);
		if ("gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))) {
			try (InputStream unzipped = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
				assertThat(unzipped.readAllBytes()).isNotEmpty();
			}
		}
		return body.length;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
