package vn.motcua.dossier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.documents.PaperSignatures;
import vn.motcua.documents.SignatureCheck;
import vn.motcua.documents.SignatureDevice;
import vn.motcua.documents.SigningCertificates;
import vn.motcua.documents.TestCertificates;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.SubmissionChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one-stop's papers are signed by the person named on their signature block (issue 17 item 4; Nghị định
 * 30/2020/NĐ-CP Art. 13 and Phụ lục I): with a personal certificate the paper waits on "Văn bản chờ tôi ký" until they
 * enter their PIN (a wrong one is refused, nothing stored), then carries their signature and the organisation's;
 * without one it is issued with the organisation's signature only and the dossier page says so; the receipt carries
 * the organisation's signature at once and the receiving officer's after.
 */
@MotCuaTest
class OwnSignatureTests {

	static final OffsetDateTime MONDAY = OffsetDateTime.parse("2025-09-08T09:00:00+07:00");

	static Path organisationKey;

	@DynamicPropertySource
	static void signingKey(DynamicPropertyRegistry registry) throws Exception {
		organisationKey = TestCertificates.keystore(Files.createTempDirectory("motcua-own-org"), "UBND xã Thiên Phủ",
				"mat-khau", TestClock.START.toInstant().minus(Duration.ofDays(1)), Duration.ofDays(365));
		registry.add("motcua.documents.signing.keystore", organisationKey::toString);
		registry.add("motcua.documents.signing.password", () -> "mat-khau");
	}

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierPapers forms;

	@Autowired
	PaperSignatures papers;

	@Autowired
	SigningCertificates certificates;

	@Autowired
	SignatureCheck check;

	@Autowired
	OfficerAccounts officers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	vn.motcua.documents.DocumentStore store;

	@Autowired
	vn.motcua.documents.TestSignedPdfs pdfs;

	@Test
	void theSupplementRequestWaitsForItsSignerWhoseWrongPinIsRefusedThenCarriesBothSignatures() throws Exception {
		String user = officer("chuyenvien.ky", "Trần Văn Ký", OfficerRole.SPECIALIST);
		personalCertificate(user, "Trần Văn Ký", "1234");
		Dossier d = received("Nguyễn Văn An", "tiepnhan");
		d.assign(user, MONDAY.plusHours(1), "tiepnhan");
		d.requestSupplement("Bản sao giấy chứng sinh", "Bản nộp không đọc được", 2, null, MONDAY.plusHours(3), user);
		saved(d);

		byte[] draft = forms.issue(d, OneStopPaper.SUPPLEMENT_REQUEST, "tiepnhan");
		assertThat(check.check(draft, "test").outcome()).as("not signed before the signer signs")
			.isEqualTo(SignatureCheck.Outcome.NOT_SIGNED);
		PaperSignatures.Request waiting = papers.waitingFor(user).get(0);
		assertThat(waiting.title()).isEqualTo("Mẫu 02 – Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ – " + d.code());
		String page = mvc.perform(get("/ky-so").with(CounterDesk.officer(user, "14908", "SPECIALIST")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Văn bản chờ tôi ký", "Chờ tôi ký (1)", d.code(), "/ky-so/" + waiting.id() + "/ban-xem.pdf");
		assertThat(mvc.perform(get("/ky-so/" + waiting.id() + "/ban-xem.pdf")
			.with(CounterDesk.officer("chuyenvien.khac", "14908", "SPECIALIST"))).andReturn().getResponse().getStatus())
			.as("another officer's paper").isEqualTo(404);

		long stored = storedDocuments();
		mvc.perform(post("/ky-so/" + waiting.id()).param("pin", "sai-ma").with(csrf())
			.with(CounterDesk.officer(user, "14908", "SPECIALIST")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("failureText", org.hamcrest.Matchers.containsString("Không mở được khoá ký")));
		assertThat(papers.find(waiting.id()).orElseThrow().status()).isEqualTo(PaperSignatures.Status.WAITING);
		assertThat(storedDocuments()).as("nothing stored on a wrong PIN").isEqualTo(stored);

		mvc.perform(post("/ky-so/" + waiting.id()).param("pin", "1234").with(csrf())
			.with(CounterDesk.officer(user, "14908", "SPECIALIST")))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", "signatures.signed"));
		PaperSignatures.Request signed = papers.find(waiting.id()).orElseThrow();
		assertThat(signed.status()).isEqualTo(PaperSignatures.Status.SIGNED);

		byte[] pdf = forms.issue(d, OneStopPaper.SUPPLEMENT_REQUEST, "tiepnhan");
		SignatureCheck.Verdict verdict = check.check(pdf, "test");
		assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(SignatureCheck.Outcome.VALID);
		assertThat(verdict.signers()).extracting(SignatureCheck.Signer::name)
			.containsExactly("Trần Văn Ký", "UBND xã Thiên Phủ");
		String publicCheck = mvc.perform(get("/public/kiem-tra-chu-ky/" + signed.paperCode())).andReturn().getResponse()
			.getContentAsString();
		assertThat(publicCheck).contains("Trần Văn Ký", "UBND xã Thiên Phủ");
		assertThat(forms.issued(d).get(0).storedDocumentId()).isEqualTo(signed.signedDocumentId());
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PAPER_SIGNED' and target = ? and actor = ?")
			.params(d.code(), user).query(Long.class).single()).isEqualTo(1);
		String dossierPage = mvc.perform(get("/dossiers/" + d.code()).with(CounterDesk.counter())).andReturn().getResponse()
			.getContentAsString();
		assertThat(dossierPage).contains("(đã ký số: Trần Văn Ký,");
	}

	@Test
	void anOfficerWithoutACertificateIsNeverBlockedThePaperCarriesTheOrganisationsSignatureAndThePageSaysSo()
			throws Exception {
		String user = officer("tiepnhan.khong.cts", "Lê Thị Không", OfficerRole.RECEIVING_OFFICER);
		Dossier d = Dossier.submitted("14908", snapshot(), SubmissionChannel.DIRECT, false,
				new Applicant("Lê Văn Bình", "038095000456", "0912345679", "Thôn 3, xã Thiên Phủ", null, null), List.of(),
				MONDAY, user);
		d.decline(DossierStatus.REFUSED_AT_INTAKE, "Thủ tục không thuộc thẩm quyền của xã", MONDAY.plusMinutes(5), user);
		saved(d);

		byte[] pdf = forms.issue(d, OneStopPaper.REFUSAL, user);
		SignatureCheck.Verdict verdict = check.check(pdf, "test");
		assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(SignatureCheck.Outcome.VALID);
		assertThat(verdict.signers()).extracting(SignatureCheck.Signer::name).containsExactly("UBND xã Thiên Phủ");
		assertThat(papers.waitingFor(user)).isEmpty();
		String dossierPage = mvc.perform(get("/dossiers/" + d.code()).with(CounterDesk.counter())).andReturn()
			.getResponse().getContentAsString();
		assertThat(dossierPage).contains("không có chữ ký số cá nhân: người ký chưa có chứng thư số dùng được");
	}

	@Test
	void theReceiptCarriesTheOrganisationsSignatureAtOnceAndTheReceivingOfficersOnceTheySign() throws Exception {
		String user = officer("tiepnhan.co.cts", "Phạm Văn Nhận", OfficerRole.RECEIVING_OFFICER);
		personalCertificate(user, "Phạm Văn Nhận", "4321");
		Dossier d = received("Hoàng Thị Cúc", user);
		saved(d);

		byte[] receipt = forms.issue(d, OneStopPaper.RECEIPT, user);
		assertThat(check.check(receipt, "test").signers()).extracting(SignatureCheck.Signer::name)
			.containsExactly("UBND xã Thiên Phủ");
		PaperSignatures.Request waiting = papers.waitingFor(user).get(0);
		papers.sign(waiting.id(), user, "4321".toCharArray());

		SignatureCheck.Verdict verdict = check.check(forms.issue(d, OneStopPaper.RECEIPT, user), "test");
		assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(SignatureCheck.Outcome.VALID);
		assertThat(verdict.signers()).extracting(SignatureCheck.Signer::name)
			.containsExactly("UBND xã Thiên Phủ", "Phạm Văn Nhận");
	}

	@Test
	void aResultIsKeptSignedAnUnsignedOneByTheOrganisationASignedOneCheckedAndKeptAsItIs() throws Exception {
		Dossier unsigned = approved("Đỗ Văn Kết");
		workflow.attachResult(unsigned.code(), new IntakeRequest.Scan("giay-khai-sinh.pdf", "application/pdf",
				pdfs.unsignedReceipt()), "lanhdao");
		UUID kept = result(unsigned.code());
		SignatureCheck.Verdict verdict = check.check(stored(kept), "test");
		assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(SignatureCheck.Outcome.VALID);
		assertThat(verdict.signers()).extracting(SignatureCheck.Signer::name).containsExactly("UBND xã Thiên Phủ");
		assertThat(mvc.perform(get("/dossiers/" + unsigned.code() + "/documents/" + kept).with(CounterDesk.counter()))
			.andReturn().getResponse().getContentAsByteArray()).as("the download gives the signed copy")
			.isEqualTo(stored(kept));
		assertThat(page(unsigned.code())).contains("(đã ký số bằng chữ ký của tổ chức khi lưu)");

		Dossier signedElsewhere = approved("Đỗ Thị Ký");
		byte[] signedPdf = pdfs.signedReceipt(Files.createTempDirectory("motcua-result"), "Sở Tư pháp Thanh Hóa");
		workflow.attachResult(signedElsewhere.code(), new IntakeRequest.Scan("ket-qua.pdf", "application/pdf", signedPdf),
				"lanhdao");
		assertThat(stored(result(signedElsewhere.code()))).as("kept as it is").isEqualTo(signedPdf);
		assertThat(page(signedElsewhere.code())).contains("(chữ ký số hợp lệ: Sở Tư pháp Thanh Hóa)");
	}

	private Dossier approved(String applicant) {
		Dossier d = received(applicant, "tiepnhan");
		saved(d);
		workflow.assign(d.code(), "chuyenvien", "tiepnhan");
		workflow.propose(d.code(), Decision.APPROVED, "Đủ điều kiện", "lanhdao", "chuyenvien");
		return workflow.decide(d.code(), Decision.APPROVED, null, "lanhdao");
	}

	private UUID result(String code) {
		return workflow.find(code).orElseThrow().documents().stream()
			.filter(doc -> doc.kind() == DossierDocument.Kind.RESULT).findFirst().orElseThrow().storedDocumentId();
	}

	private byte[] stored(UUID id) throws Exception {
		try (var in = store.open(id)) {
			return in.readAllBytes();
		}
	}

	private String page(String code) throws Exception {
		return mvc.perform(get("/dossiers/" + code).with(CounterDesk.counter())).andReturn().getResponse()
			.getContentAsString();
	}

	private String officer(String username, String name, OfficerRole role) {
		if (officers.findByUsername(username).isEmpty()) {
			officers.create(username, name, "mat-khau-kiem-thu-12", Set.of("14908"), Set.of(role));
		}
		return username;
	}

	/**
	 * Issue 17: while a paper waits for its signer, what is given out says so; a newer copy of the same paper (here
	 * re-issued after the QR link was revoked) cancels the older waiting request, which leaves "Văn bản chờ tôi ký".
	 */
	@Test
	void aWaitingPaperSaysSoWhenDownloadedAndANewerCopyCancelsItsRequest(@Autowired DossierLinks links)
			throws Exception {
		String user = officer("chuyenvien.thay", "Đỗ Văn Thay", OfficerRole.SPECIALIST);
		personalCertificate(user, "Đỗ Văn Thay", "5678");
		Dossier d = received("Lê Văn Bình", "tiepnhan");
		d.assign(user, MONDAY.plusHours(1), "tiepnhan");
		d.requestSupplement("Bản sao sổ hộ khẩu", "Thiếu trang 2", 2, null, MONDAY.plusHours(3), user);
		saved(d);

		byte[] draft = forms.issue(d, OneStopPaper.SUPPLEMENT_REQUEST, "tiepnhan");
		assertThat(text(draft)).contains("Bản chưa ký số — đang chờ Đỗ Văn Thay ký số");
		PaperSignatures.Request first = papers.waitingFor(user).get(0);
		byte[] downloaded = mvc.perform(get("/dossiers/" + d.code() + "/documents/" + first.documentId())
			.with(CounterDesk.counter())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(downloaded)).contains("Bản chưa ký số — đang chờ Đỗ Văn Thay ký số");

		links.revoke(d, "tiepnhan");
		forms.issue(d, OneStopPaper.SUPPLEMENT_REQUEST, "tiepnhan");
		PaperSignatures.Request cancelled = papers.find(first.id()).orElseThrow();
		assertThat(cancelled.status()).isEqualTo(PaperSignatures.Status.CANCELLED);
		assertThat(cancelled.message()).contains("mới thay thế");
		assertThat(papers.waitingFor(user)).hasSize(1).extracting(PaperSignatures.Request::id)
			.doesNotContain(first.id());
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PAPER_SIGNATURE_CANCELLED' and target = ?")
			.param(d.code()).query(Long.class).single()).isEqualTo(1);
		assertThat(papers.sign(first.id(), user, "5678".toCharArray()).status()).as("a cancelled paper is not signed")
			.isEqualTo(PaperSignatures.Status.CANCELLED);

		// signed, the paper is given out signed and without the line
		PaperSignatures.Request second = papers.waitingFor(user).get(0);
		papers.sign(second.id(), user, "5678".toCharArray());
		byte[] signed = forms.issue(d, OneStopPaper.SUPPLEMENT_REQUEST, "tiepnhan");
		assertThat(check.check(signed, "test").outcome()).isEqualTo(SignatureCheck.Outcome.VALID);
		assertThat(text(signed)).doesNotContain("Bản chưa ký số");

		// issue 17 item 5: the status page the QR code opens lists the signed paper, its check and the answer
		String receiptUrl = links.receiptUrl(d.code());
		String withToken = mvc.perform(get(receiptUrl.substring(receiptUrl.indexOf("/public/")))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		PaperSignatures.Request done = papers.find(second.id()).orElseThrow();
		assertThat(withToken).contains("Giấy tờ đã ký số của hồ sơ", "Mẫu 02 – Phiếu yêu cầu bổ sung",
				"chữ ký số hợp lệ, không bị thay đổi kể từ khi ký; người ký: Đỗ Văn Thay, UBND xã Thiên Phủ.",
				"/public/kiem-tra-chu-ky/" + done.paperCode());
		assertThat(jdbc.sql("select count(*) from signature_check where source = 'QR' and document_id = ?")
			.param(done.signedDocumentId()).query(Long.class).single()).as("the check is logged").isPositive();
		String withoutToken = mvc.perform(get("/public/ho-so/" + d.code())).andReturn().getResponse()
			.getContentAsString();
		assertThat(withoutToken).as("the public view (no token) lists no papers").doesNotContain("Giấy tờ đã ký số");
		// a stored signed file changed on disk: the line says so
		vn.motcua.documents.TestSignedPdfs.tamper(store, done.signedDocumentId());
		assertThat(mvc.perform(get(receiptUrl.substring(receiptUrl.indexOf("/public/")))).andReturn().getResponse()
			.getContentAsString()).contains("chữ ký số KHÔNG hợp lệ hoặc tệp đã bị thay đổi sau khi ký");
	}

	private static String text(byte[] pdf) throws java.io.IOException {
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
		}
	}

	private void personalCertificate(String user, String name, String pin) throws Exception {
		Path p12 = TestCertificates.keystore(Files.createTempDirectory("motcua-own-" + user), name, pin,
				TestClock.START.toInstant().minus(Duration.ofDays(1)), Duration.ofDays(365));
		certificates.register("14908", user, name, SignatureDevice.Kind.PKCS12, p12.toString(), pin.toCharArray(),
				"quantri");
	}

	private long storedDocuments() {
		return jdbc.sql("select count(*) from stored_document").query(Long.class).single();
	}

	private static ProcedureSnapshot snapshot() {
		return new ProcedureSnapshot("1.001193", null, "Thủ tục đăng ký khai sinh", TimeLimit.workingDays(3),
				SupplementPolicy.RESTART, LocalTime.of(15, 0));
	}

	private static Dossier received(String applicant, String receiver) {
		Dossier d = Dossier.submitted("14908", snapshot(), SubmissionChannel.DIRECT, false,
				new Applicant(applicant, "038095000123", "0912345678", "Thôn 1, xã Thiên Phủ", null, null),
				List.of(new DossierDocument(DossierDocument.Kind.COMPONENT, "Tờ khai đăng ký khai sinh", true, 1, null)),
				MONDAY, receiver);
		d.accept(MONDAY, receiver, LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 11),
				OffsetDateTime.parse("2025-09-11T17:00:00+07:00"), 0);
		return d;
	}

	private void saved(Dossier d) {
		dossiers.insert(d, LocalDate.of(2025, 9, 8), UUID.randomUUID());
	}
}
