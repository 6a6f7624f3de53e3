package vn.motcua.reporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.documents.SignatureCheck;
import vn.motcua.documents.TestCertificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * With the commune's organisational key configured, the quarterly report made final is stored signed (issue 17 item 4)
 * and its verification code opens the public page that says the signature is valid (item 5).
 */
@MotCuaTest
class QuarterlyReportSignedTests {

	@DynamicPropertySource
	static void signingKey(DynamicPropertyRegistry registry) throws Exception {
		Path folder = Files.createTempDirectory("motcua-report-key");
		Path keystore = TestCertificates.keystore(folder, "UBND xã Thiên Phủ", "mat-khau",
				TestClock.START.toInstant().minus(Duration.ofDays(1)), Duration.ofDays(365));
		registry.add("motcua.documents.signing.keystore", keystore::toString);
		registry.add("motcua.documents.signing.password", () -> "mat-khau");
	}

	@Autowired
	QuarterlyReports reports;

	@Autowired
	SignatureCheck check;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theFinalReportIsSignedAndItsCodeOpensAValidCheck() throws Exception {
		QuarterlyReport draft = reports.current("14908", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));
		reports.saveDraft(draft.id(), "52/BC-UBND", "Lê Thị Ngọc Ánh", "CHỦ TỊCH", Map.of("assessment", "Đạt."));
		QuarterlyReport issued = reports.finalise(draft.id(), "lanhdao");

		byte[] pdf = reports.file(issued, "pdf");
		SignatureCheck.Verdict verdict = check.check(pdf, SignatureCheck.PUBLIC_CHECKER);
		assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(SignatureCheck.Outcome.VALID);
		UUID code = jdbc.sql("select code from signed_paper where stored_document_id = ?")
			.param(issued.pdfDocumentId()).query(UUID.class).single();
		String page = mvc.perform(get("/public/kiem-tra-chu-ky/" + code)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("có chữ ký hợp lệ: không bị thay đổi kể từ khi ký", "UBND xã Thiên Phủ");
	}
}
