package vn.motcua.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.bouncycastle.asn1.x509.CRLReason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.TestClock;
import vn.motcua.audit.AuditTrail;
import vn.motcua.simulators.CertificateAuthoritySimulator;
import vn.motcua.simulators.TimeStampAuthoritySimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages with the CA simulator as a real server and its certificate among the configured trust anchors
 * ({@code MOTCUA_TRUST_ANCHORS}): the public check says the CA confirmed the certificate, then "không kiểm tra được
 * tình trạng thu hồi" while the CA is down, then that the signer's certificate was revoked (with the reason) once the
 * CA revoked it; the registry's "Kiểm tra với CA" shows the CA's answer beside the administrator's mark.
 */
@org.springframework.boot.test.context.SpringBootTest(
		webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class RevocationPagesTests {

	static final Clock SIMULATED = Clock.fixed(TestClock.START.toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));

	static CertificateAuthoritySimulator ca;

	static TimeStampAuthoritySimulator tsa;

	static Path folder;

	@DynamicPropertySource
	static synchronized void anchors(DynamicPropertyRegistry registry) throws IOException {
		if (ca == null) {
			ca = CertificateAuthoritySimulator.start(0, SIMULATED);
			tsa = TimeStampAuthoritySimulator.start(0, SIMULATED);
			folder = Files.createTempDirectory("motcua-revocation");
			Path anchors = Files.createDirectories(folder.resolve("anchors"));
			try {
				Files.write(anchors.resolve("ca.cer"), ca.caCertificate().getEncoded());
				Files.write(anchors.resolve("tsa.cer"), tsa.certificate().getEncoded());
			}
			catch (java.security.cert.CertificateEncodingException e) {
				throw new IOException(e);
			}
		}
		registry.add("motcua.trust-anchors", () -> folder.resolve("anchors").toString());
		registry.add("motcua.documents.revocation.cache", () -> "0s");
		registry.add("motcua.documents.revocation.timeout", () -> "2s");
	}

	@Autowired
	MockMvc mvc;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Autowired
	DocumentStore store;

	@Autowired
	OneStopPapers forms;

	@Autowired
	AuditTrail audit;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Test
	void thePublicCheckSaysWhatTheCaAnswers() throws Exception {
		Path keystore = issue("Nguyễn Văn Trang Kiểm");
		byte[] signed = new PdfSigner(store, new DocumentSettings(null, new DocumentSettings.Signing(keystore.toString(),
				"mat-khau", "http://localhost:" + tsa.port() + "/tsa")), audit, messages, clock)
			.sign(forms.receipt(PaperMother.receipt()), "Ký giấy tiếp nhận", "Thiên Phủ");

		assertThat(upload(signed)).contains("Chữ ký số trên tệp ket-qua.pdf hợp lệ",
				"tổ chức cấp chứng thư số xác nhận chứng thư chưa bị thu hồi");

		fault("{\"kind\":\"DOWN\",\"calls\":20}");
		assertThat(upload(signed)).contains("Không kiểm tra được tình trạng thu hồi chứng thư số của người ký")
			.doesNotContain("Chữ ký số trên tệp ket-qua.pdf hợp lệ");
		fault(null);

		ca.revoke(serial(keystore), CRLReason.keyCompromise);
		assertThat(upload(signed)).contains("Chứng thư số của người ký đã bị thu hồi",
				"chứng thư số của người ký đã bị thu hồi lúc", "lộ khoá bí mật");

		// and in a real browser, as a citizen uploads the file
		Path file = Files.write(folder.resolve("ket-qua-thu-hoi.pdf"), signed);
		org.openqa.selenium.WebDriver browser = vn.motcua.Browser.start();
		try {
			browser.get("http://localhost:" + port + "/public/kiem-tra-chu-ky");
			browser.findElement(org.openqa.selenium.By.id("tep")).sendKeys(file.toString());
			browser.findElement(org.openqa.selenium.By.id("check")).click();
			String outcome = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
				.until(org.openqa.selenium.support.ui.ExpectedConditions
					.visibilityOfElementLocated(org.openqa.selenium.By.id("outcome")))
				.getText();
			assertThat(outcome).startsWith("Chứng thư số của người ký đã bị thu hồi");
			assertThat(browser.findElement(org.openqa.selenium.By.cssSelector(".signer .revocation")).getText())
				.contains("đã bị thu hồi lúc").contains("lộ khoá bí mật");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theRegistryShowsTheCasAnswerOnDemand() throws Exception {
		Path keystore = issue("Lý Thị Sổ Đăng Ký");
		mvc.perform(post("/admin/signing-certificates").param("agency", "14908").param("holder", "so.dang.ky")
				.param("holderName", "Lý Thị Sổ Đăng Ký").param("device", "PKCS12").param("keyRef", keystore.toString())
				.param("pin", "mat-khau").param("users", "").with(admin()).with(csrf()))
			.andExpect(flash().attribute("success", "certificates.registered"));
		String id = page().split("id=\"check-ca-")[1].substring(0, 36);
		assertThat(page()).contains("Kiểm tra với CA").doesNotContain("Theo CA");

		mvc.perform(post("/admin/signing-certificates/" + id + "/check-ca").with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "certificates.ca.checked.GOOD"));
		assertThat(page()).contains("Theo CA (OCSP): chưa bị thu hồi");

		ca.revoke(serial(keystore), CRLReason.affiliationChanged);
		mvc.perform(post("/admin/signing-certificates/" + id + "/check-ca").with(admin()).with(csrf()))
			.andExpect(flash().attribute("success", "certificates.ca.checked.REVOKED"));
		assertThat(page()).contains("Theo CA (OCSP): đã thu hồi lúc", "thay đổi nơi công tác");
	}

	private String page() throws Exception {
		return mvc.perform(get("/admin/signing-certificates").param("agency", "14908").with(admin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String upload(byte[] pdf) throws Exception {
		return mvc.perform(multipart("/public/kiem-tra-chu-ky")
			.file(new MockMultipartFile("tep", "ket-qua.pdf", "application/pdf", pdf)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The simulator's fault control: the CA's OCSP and CRL addresses stop answering ({@code null}: answer again). */
	private static void fault(String json) throws Exception {
		var http = java.net.http.HttpClient.newHttpClient();
		var uri = java.net.URI.create("http://localhost:" + ca.port() + "/simulator/faults");
		var request = json == null ? java.net.http.HttpRequest.newBuilder(uri).DELETE().build()
				: java.net.http.HttpRequest.newBuilder(uri).POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
		assertThat(http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
	}

	private static Path issue(String name) throws IOException {
		Path file = folder.resolve(name.replace(' ', '-') + ".p12");
		Files.write(file, ca.issuePkcs12(name, "mat-khau".toCharArray(), Duration.ofDays(365), true));
		return file;
	}

	private static BigInteger serial(Path keystore) throws Exception {
		KeyStore p12 = KeyStore.getInstance("PKCS12");
		p12.load(new ByteArrayInputStream(Files.readAllBytes(keystore)), "mat-khau".toCharArray());
		return ((X509Certificate) p12.getCertificate("signer")).getSerialNumber();
	}

	private static RequestPostProcessor admin() {
		return user("quantri.14908").authorities(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
				new SimpleGrantedAuthority("AGENCY_14908_ADMINISTRATOR"));
	}
}
