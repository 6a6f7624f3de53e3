package vn.motcua.portal;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.audit.AuditTrail;
import vn.motcua.documents.SignatureCheck;
import vn.motcua.documents.TestSignedPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /public/kiem-tra-chu-ky}: anyone uploads a PDF and is told plainly whether its signatures hold (issue 17
 * item 5); a byte changed after signing shows invalid; an unsigned PDF and a file that is not a PDF are told apart.
 */
@MotCuaTest
class SignatureCheckPageTests {

	@TempDir
	Path folder;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestSignedPdfs pdfs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	Clock clock;

	byte[] signed;

	@BeforeEach
	void sign() throws Exception {
		signed = pdfs.signedReceipt(folder, "Trần Đức Quang");
	}

	@Test
	void aSignedPdfIsValidWithItsSignerAndAByteChangedMakesItInvalid() throws Exception {
		assertThat(mvc.perform(get("/public/kiem-tra-chu-ky")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("Kiểm tra chữ ký số");
		String valid = upload("ket-qua.pdf", signed);
		assertThat(valid).contains("Chữ ký số trên tệp ket-qua.pdf hợp lệ", "Trần Đức Quang",
				"chưa xác định được tổ chức cấp chứng thư số");
		byte[] changed = signed.clone();
		int inside = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream") + 20;
		changed[inside] ^= 0x01;
		assertThat(upload("ket-qua-sua.pdf", changed)).contains("KHÔNG hợp lệ");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SIGNATURE_CHECKED'").query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void anUnsignedPdfAndAFileThatIsNotAPdfAreToldApart() throws Exception {
		assertThat(upload("don.pdf", pdfs.unsignedReceipt())).contains("không có chữ ký số");
		assertThat(upload("anh.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2 }))
			.contains("không phải là tệp PDF");
		assertThat(mvc.perform(multipart("/public/kiem-tra-chu-ky").with(csrf())).andReturn().getResponse()
			.getContentAsString()).contains("Hãy chọn một tệp PDF");
	}

	@Test
	void aSignatureFromATrustAnchorIsSaidToBeTrusted() throws Exception {
		SignatureCheck withAnchors = new SignatureCheck(audit, folder.resolve("signer.cer").toString());
		SignatureCheck.Verdict verdict = withAnchors.check(signed, "kiểm thử");
		assertThat(verdict.outcome()).isEqualTo(SignatureCheck.Outcome.VALID);
		assertThat(verdict.signers()).singleElement().satisfies(s -> {
			assertThat(s.trusted()).isTrue();
			assertThat(s.name()).isEqualTo("Trần Đức Quang");
		});
	}

	private String upload(String name, byte[] bytes) throws Exception {
		return mvc.perform(multipart("/public/kiem-tra-chu-ky")
			.file(new MockMultipartFile("tep", name, "application/pdf", bytes)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
