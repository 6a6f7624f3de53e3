package vn.motcua.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's page of the signing certificate registry (issue 17 item 4): a commune's administrator registers
 * certificates read from a PKCS#12 file (a wrong PIN is a clear message, nothing registered), sees subject, serial,
 * validity (an expired one flagged), device and who may use it, revokes one (CSRF, audited), uploads a seal (PNG only,
 * size-checked), and sees the signatures waiting for a remote signer; another commune's administrator cannot.
 */
@MotCuaTest
class SigningCertificatePageTests {

	static final String AGENCY = "14908";

	@Autowired
	MockMvc mvc;

	@Autowired
	SigningCertificates certificates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@TempDir
	Path folder;

	@Test
	void anAdministratorRegistersSeesAndRevokesCertificates() throws Exception {
		Path valid = Files.createDirectory(folder.resolve("valid"));
		TestCertificates.selfSignedKeystore(valid, "Phạm Văn Ký Trang", "mat-khau", clock);
		Path old = Files.createDirectory(folder.resolve("old"));
		TestCertificates.keystore(old, "Đỗ Hết Hạn Trang", "mat-khau",
				clock.instant().minus(Duration.ofDays(800)), Duration.ofDays(365));

		register("ky.trang", "Phạm Văn Ký Trang", valid, "mat-khau", "vanthu.trang");
		register("het.han.trang", "Đỗ Hết Hạn Trang", old, "mat-khau", "");

		SigningCertificates.Entry entry = entry("Phạm Văn Ký Trang");
		assertThat(entry.users()).containsExactly("vanthu.trang");
		assertThat(entry.device()).isEqualTo(SignatureDevice.Kind.PKCS12);
		String page = mvc.perform(get("/admin/signing-certificates").param("agency", AGENCY).with(admin(AGENCY)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Sổ chứng thư số", "commonName=Phạm Văn Ký Trang", entry.serial(), "Tệp PKCS#12",
				"vanthu.trang", "Còn hiệu lực", "Đã hết hạn", "Chờ người ký xác nhận trên điện thoại");
		assertThat(section(page, entry("Đỗ Hết Hạn Trang").id())).contains("Đã hết hạn").doesNotContain("Còn hiệu lực");

		mvc.perform(post("/admin/signing-certificates/" + entry.id() + "/revoke").param("reason", "Mất USB token")
				.with(admin(AGENCY)))
			.andExpect(status().is3xxRedirection());
		assertThat(certificates.find(entry.id()).orElseThrow().revokedAt()).as("refused without the CSRF token").isNull();
		mvc.perform(post("/admin/signing-certificates/" + entry.id() + "/revoke").param("reason", " ")
				.with(admin(AGENCY)).with(csrf()))
			.andExpect(flash().attribute("failureText", "Hãy nhập lý do thu hồi (tối đa 300 ký tự)."));
		assertThat(certificates.find(entry.id()).orElseThrow().revokedAt()).isNull();

		mvc.perform(post("/admin/signing-certificates/" + entry.id() + "/revoke").param("reason", "Mất USB token")
				.with(admin(AGENCY)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "certificates.revoked"));

		assertThat(certificates.find(entry.id()).orElseThrow().revocationReason()).isEqualTo("Mất USB token");
		assertThat(jdbc.sql("select actor from audit_entry where action = 'SIGNING_CERTIFICATE_REVOKED' and target = ?")
			.param("signing_certificate:" + entry.id()).query(String.class).list()).containsExactly("quantri." + AGENCY);
		mvc.perform(get("/admin/signing-certificates").param("agency", AGENCY).with(admin(AGENCY)))
			.andExpect(content().string(containsString("Đã thu hồi ngày")))
			.andExpect(content().string(containsString("Mất USB token")));
	}

	@Test
	void aWrongPinIsAClearMessageAndNothingIsRegistered() throws Exception {
		TestCertificates.selfSignedKeystore(folder, "Sai Mã Pin Trang", "dung-mat-khau", clock);
		long before = count();

		mvc.perform(post("/admin/signing-certificates").param("agency", AGENCY).param("holder", "sai.pin")
				.param("holderName", "Sai Mã Pin Trang").param("device", "PKCS12")
				.param("keyRef", folder.resolve("signer.p12").toString()).param("pin", "sai-mat-khau")
				.with(admin(AGENCY)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("failureText", containsString("Không mở được")));
		mvc.perform(post("/admin/signing-certificates").param("agency", AGENCY).param("holderName", "UBND")
				.param("device", "PKCS12").param("keyRef", "").with(admin(AGENCY)).with(csrf()))
			.andExpect(flash().attribute("failureText", containsString("Hãy nhập vị trí khoá")));
		mvc.perform(post("/admin/signing-certificates").param("agency", AGENCY).param("holderName", "UBND")
				.param("device", "PKCS11").param("keyRef", "/usr/lib/softhsm/libsofthsm2.so#mot").param("pin", "1234")
				.with(admin(AGENCY)).with(csrf()))
			.andExpect(flash().attribute("failureText", containsString("Hãy nhập vị trí khoá")));

		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theSealIsAPngOfAtMostOneMegabyte() throws Exception {
		mvc.perform(multipart("/admin/signing-certificates/images").file(new MockMultipartFile("image", "dau.jpg",
				"image/jpeg", "không phải PNG".getBytes())).param("agency", AGENCY).with(admin(AGENCY)).with(csrf()))
			.andExpect(flash().attribute("failureText", "Ảnh chữ ký hoặc con dấu phải là tệp PNG (nền trong suốt)."));
		byte[] huge = new byte[(int) SigningCertificateAdminController.MAX_IMAGE_BYTES + 1];
		System.arraycopy(png(), 0, huge, 0, png().length);
		mvc.perform(multipart("/admin/signing-certificates/images").file(new MockMultipartFile("image", "dau.png",
				"image/png", huge)).param("agency", AGENCY).with(admin(AGENCY)).with(csrf()))
			.andExpect(flash().attribute("failureText", containsString("Ảnh quá lớn: tối đa 1024 KB")));
		mvc.perform(multipart("/admin/signing-certificates/images").file(new MockMultipartFile("image", "dau.png",
				"image/png", png())).param("agency", AGENCY).param("holder", "khong.co.chung.thu")
				.with(admin(AGENCY)).with(csrf()))
			.andExpect(flash().attribute("failureText", containsString("không phải chủ một chứng thư số")));
		assertThat(certificates.image(AGENCY, null)).isEmpty();

		mvc.perform(multipart("/admin/signing-certificates/images").file(new MockMultipartFile("image", "dau.png",
				"image/png", png())).param("agency", AGENCY).with(admin(AGENCY)).with(csrf()))
			.andExpect(flash().attribute("success", "certificates.seal.saved"));

		assertThat(certificates.image(AGENCY, null)).hasValue(png());
		mvc.perform(get("/admin/signing-certificates").param("agency", AGENCY).param("lang", "en").with(admin(AGENCY)))
			.andExpect(content().string(containsString("Seal: image uploaded.")));
	}

	@Test
	void theSignaturesWaitingForTheSignersPhoneAreListed() throws Exception {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into pending_signature (id, agency_code, source_document_id, file_name, role, signer_id,
				  transaction_id, spec_pdf, signed_at, chain, status, requested_by, requested_at)
				values (?, ?, ?, 'mau-01-cho-ky.pdf', 'SIGNER', 'lanhdao-dien-thoai', 't-1', '\\x25'::bytea, ?, '', 'PENDING',
				  'lanhdao', ?)""")
			.params(UUID.randomUUID(), AGENCY, UUID.randomUUID(), now, now).update();

		mvc.perform(get("/admin/signing-certificates").param("agency", AGENCY).with(admin(AGENCY)))
			.andExpect(content().string(containsString("“mau-01-cho-ky.pdf” – người ký lanhdao-dien-thoai")));
		mvc.perform(get("/admin/signing-certificates").param("agency", "16417").with(admin("16417")))
			.andExpect(content().string(not(containsString("mau-01-cho-ky.pdf"))));
	}

	@Test
	void anotherCommunesAdministratorCannotSeeOrRevoke() throws Exception {
		TestCertificates.selfSignedKeystore(folder, "Người Khác Xã", "mat-khau", clock);
		register("nguoi.khac", "Người Khác Xã", folder, "mat-khau", "");
		UUID id = entry("Người Khác Xã").id();

		mvc.perform(get("/admin/signing-certificates").param("agency", AGENCY).with(admin("16417")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/signing-certificates").with(admin("16417")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Người Khác Xã"))));
		mvc.perform(post("/admin/signing-certificates/" + id + "/revoke").param("reason", "thử")
				.with(admin("16417")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/signing-certificates").with(user("admin").authorities(
				new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"), new SimpleGrantedAuthority("INSTALLATION_ADMIN"))))
			.andExpect(content().string(containsString("Người Khác Xã")));
		assertThat(certificates.find(id).orElseThrow().revokedAt()).isNull();
	}

	private void register(String holder, String name, Path folder, String pin, String users) throws Exception {
		mvc.perform(post("/admin/signing-certificates").param("agency", AGENCY).param("holder", holder)
				.param("holderName", name).param("device", "PKCS12")
				.param("keyRef", folder.resolve("signer.p12").toString()).param("pin", pin).param("users", users)
				.with(admin(AGENCY)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "certificates.registered"));
	}

	private SigningCertificates.Entry entry(String holderName) {
		return certificates.of(AGENCY).stream().filter(e -> e.holderName().equals(holderName)).findFirst().orElseThrow();
	}

	private long count() {
		return jdbc.sql("select count(*) from signing_certificate").query(Long.class).single();
	}

	private static String section(String page, UUID id) {
		int start = page.indexOf("id=\"certificate-" + id + "\"");
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static RequestPostProcessor admin(String agency) {
		return user("quantri." + agency).authorities(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
				new SimpleGrantedAuthority("AGENCY_" + agency + "_ADMINISTRATOR"));
	}
}
