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
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.motcua.documents.PaperSignatures;
import vn.motcua.documents.SignatureCheck;
import vn.motcua.documents.SignatureDevice;
import vn.motcua.documents.SigningCertificates;
import vn.motcua.documents.TestCertificates;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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

	@Autowired
	SigningCertificates certificates;

	@Autowired
	PaperSignatures papers;

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
		assertThat(reports.personalSignature(issued)).as("no personal certificate: the organisation's only").isEmpty();
		assertThat(mvc.perform(get("/reports/quarterly/" + issued.id()).with(leader("lanhdao"))).andReturn().getResponse()
			.getContentAsString()).contains("Không có chữ ký số cá nhân");
	}

	/**
	 * Issue 17 item 4: "the quarterly report is signed by the officer or leader who issues it". A leader with their own
	 * certificate makes it final: it waits on their "Văn bản chờ tôi ký" (the download says it is not signed yet), then
	 * their signature and the organisation's follow; a re-issued version cancels the older waiting request.
	 */
	@Test
	void aLeaderWithTheirOwnCertificateSignsTheReportThenTheOrganisation() throws Exception {
		String leader = "ld.baocao";
		Path p12 = TestCertificates.keystore(Files.createTempDirectory("motcua-report-leader"), "Lê Thị Ngọc Ánh", "1357",
				TestClock.START.toInstant().minus(Duration.ofDays(1)), Duration.ofDays(365));
		certificates.register("14908", leader, "Lê Thị Ngọc Ánh", SignatureDevice.Kind.PKCS12, p12.toString(),
				"1357".toCharArray(), "quantri");
		QuarterlyReport draft = reports.current("14908", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
		reports.saveDraft(draft.id(), "31/BC-UBND", "Lê Thị Ngọc Ánh", "CHỦ TỊCH", Map.of("assessment", "Đạt."));
		QuarterlyReport issued = reports.finalise(draft.id(), leader);

		PaperSignatures.Request waiting = reports.personalSignature(issued).orElseThrow();
		assertThat(waiting.waiting()).isTrue();
		assertThat(papers.waitingFor(leader)).extracting(PaperSignatures.Request::id).contains(waiting.id());
		assertThat(check.check(reports.file(issued, "pdf"), "test").outcome())
			.isEqualTo(SignatureCheck.Outcome.NOT_SIGNED);
		String page = mvc.perform(get("/reports/quarterly/" + issued.id()).with(leader(leader))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Chờ Lê Thị Ngọc Ánh ký số", "bản chưa ký số — đang chờ Lê Thị Ngọc Ánh ký");

		papers.sign(waiting.id(), leader, "1357".toCharArray());
		SignatureCheck.Verdict verdict = check.check(reports.file(issued, "pdf"), "test");
		assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(SignatureCheck.Outcome.VALID);
		assertThat(verdict.signers()).extracting(SignatureCheck.Signer::name)
			.containsExactly("Lê Thị Ngọc Ánh", "UBND xã Thiên Phủ");
		assertThat(mvc.perform(get("/reports/quarterly/" + issued.id()).with(leader(leader))).andReturn().getResponse()
			.getContentAsString()).contains("Đã ký số: Lê Thị Ngọc Ánh");

		// a new version made final while it waits: the older request is cancelled and leaves the list
		QuarterlyReport second = reports.reissue(issued.id());
		reports.saveDraft(second.id(), "32/BC-UBND", "Lê Thị Ngọc Ánh", "CHỦ TỊCH", Map.of("assessment", "Đạt."));
		QuarterlyReport secondFinal = reports.finalise(second.id(), leader);
		PaperSignatures.Request secondWaiting = reports.personalSignature(secondFinal).orElseThrow();
		QuarterlyReport third = reports.reissue(secondFinal.id());
		assertThat(papers.find(secondWaiting.id()).orElseThrow().status()).isEqualTo(PaperSignatures.Status.CANCELLED);
		assertThat(papers.find(secondWaiting.id()).orElseThrow().message()).contains("phiên bản " + third.version());
		assertThat(papers.waitingFor(leader)).extracting(PaperSignatures.Request::id)
			.doesNotContain(secondWaiting.id());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor leader(String username) {
		return user(username).authorities(new SimpleGrantedAuthority("ROLE_LEADER"),
				new SimpleGrantedAuthority(AgencyAccess.authority("14908", OfficerRole.LEADER)));
	}
}
