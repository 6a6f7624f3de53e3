package vn.motcua.correspondence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.TestClock;
import vn.motcua.agency.Agencies;
import vn.motcua.agency.NoticeRegister;
import vn.motcua.audit.AuditTrail;
import vn.motcua.documents.DocumentStore;
import vn.motcua.documents.DocumentRefusedException;
import vn.motcua.documents.PaperSignatures;
import vn.motcua.documents.PdfSignerTokenTests;
import vn.motcua.documents.SigningCertificates;
import vn.motcua.documents.SignatureCheck;
import vn.motcua.identity.OfficerAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.correspondence.CorrespondenceStaff.AGENCY;
import static vn.motcua.correspondence.CorrespondenceStaff.CLERK;
import static vn.motcua.correspondence.CorrespondenceStaff.LEADER;
import static vn.motcua.correspondence.CorrespondenceStaff.LEADER_NAME;
import static vn.motcua.correspondence.CorrespondenceStaff.LEADER_PIN;
import static vn.motcua.correspondence.CorrespondenceStaff.LEADER_WITHOUT_CERTIFICATE;
import static vn.motcua.correspondence.CorrespondenceStaff.OFFICER;
import static vn.motcua.correspondence.CorrespondenceStaff.OTHER_AGENCY;

/**
 * The registers through their desks, signing with a SoftHSM2 token: an incoming document from registration to done,
 * an outgoing one from draft to issue (both signatures valid, the recipient commune's register receives it), bad
 * input refused with nothing half-done, numbering under two clerks at once and across 1 January.
 */
@CorrespondenceTest
class CorrespondenceDeskTests {

	@Autowired
	IncomingDesk incoming;

	@Autowired
	FormTokens formTokens;

	@Autowired
	OutgoingDesk outgoing;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	SignatureCheck check;

	@Autowired
	CorrespondenceFigures.Query figuresQuery;

	@Autowired
	vn.motcua.documents.SigningFigures.Query signingFigures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutgoingDocuments outgoingDocuments;

	@Autowired
	OutgoingPapers papers;

	@Autowired
	OutgoingSignatures signatures;

	@Autowired
	NoticeRegister registers;

	@Autowired
	PaperSignatures paperSignatures;

	@Autowired
	SigningCertificates certificates;

	@Autowired
	DocumentStore store;

	@Autowired
	Agencies agencies;

	@Autowired
	Staff staff;

	@Autowired
	AuditTrail audit;

	@Autowired
	MessageSource messages;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@BeforeAll
	static void token() throws Exception {
		PdfSignerTokenTests.token();
	}

	@BeforeEach
	void staff() {
		CorrespondenceStaff.create(accounts);
		CorrespondenceStaff.leaderCertificate(certificates);
	}

	@Test
	void anIncomingDocumentIsRegisteredDirectedHandledAndDoneWithEveryStepRecorded() {
		IncomingDocument d = incoming.register(AGENCY, receipt("Sở Nội vụ tỉnh Thanh Hóa", "Về việc rà soát biên chế"),
				new IncomingDesk.Attachment("cv.pdf", Pdfs.minimal()), LEADER, CLERK);
		assertThat(d.incomingNumber()).isPositive();
		assertThat(d.status()).isEqualTo(IncomingDocument.Status.AWAITING_DIRECTION);
		incoming.direct(d.id(), "Giao Văn phòng tham mưu", OFFICER, null, 5, LEADER);
		IncomingDocument directed = incoming.find(d.id()).orElseThrow();
		assertThat(directed.dueOn()).isAfter(TestClock.today().plusDays(4));
		incoming.complete(d.id(), "Đã báo cáo Sở Nội vụ", OFFICER);
		IncomingDocument done = incoming.find(d.id()).orElseThrow();
		assertThat(done.status()).isEqualTo(IncomingDocument.Status.DONE);
		assertThat(done.steps()).extracting(DocumentStep::action).containsExactly("REGISTERED", "DIRECTED", "DONE");
		assertThat(done.steps()).extracting(DocumentStep::actor).containsExactly(CLERK, LEADER, OFFICER);
		assertThat(jdbc.sql("select count(*) from audit_entry where target = ?").param("incoming_document:" + d.id())
			.query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void searchFindsADocumentWrittenWithDiacriticsByWordsWithout() {
		IncomingDocument d = incoming.register(AGENCY, receipt("Công an tỉnh", "Về việc phòng cháy chữa cháy mùa khô"),
				null, LEADER, CLERK);
		assertThat(incoming.search(Set.of(AGENCY), "phong chay mua kho")).extracting(IncomingDocument::id)
			.contains(d.id());
		assertThat(incoming.search(Set.of(OTHER_AGENCY), "phong chay mua kho")).isEmpty();
	}

	@Test
	void aFileThatIsNotAPdfIsRefusedAndNothingIsRegistered() {
		int before = count();
		assertThatThrownBy(() -> incoming.register(AGENCY, receipt("Sở Tư pháp", "Giả mạo"),
				new IncomingDesk.Attachment("gia.pdf", "<html>không phải PDF</html>".getBytes()), LEADER, CLERK))
			.isInstanceOfSatisfying(CorrespondenceRefused.class,
					e -> assertThat(e.messageKey()).isEqualTo("correspondence.pdf.notPdf"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anOutgoingDocumentGoesFromDraftToIssueWithBothSignaturesValidAndReachesTheOtherCommune() throws Exception {
		OutgoingDocument d = signedDraft("Về việc tổ chức tiếp công dân định kỳ");
		OutgoingDocument numbered = outgoing.number(d.id(), CLERK);
		assertThat(numbered.numberSymbol()).matches("\\d{2,}/QĐ-UBND");
		byte[] pdf = outgoing.pdf(numbered);
		assertThat(NumberFields.value(pdf, NumberFields.NUMBER)).isEqualTo("Số: " + numbered.numberSymbol());
		SignatureCheck.Verdict verdict = check.check(pdf, "test");
		assertThat(verdict.outcome()).isEqualTo(SignatureCheck.Outcome.VALID);
		assertThat(verdict.signers()).hasSize(2);
		assertThat(verdict.signers()).extracting(SignatureCheck.Signer::name)
			.as("the leader's own certificate first, then the organisation's (the token)")
			.containsExactly(LEADER_NAME, "Lê Thị Hoa");
		byte[] changed = pdf.clone();
		changed[pdf.length / 3] ^= 1;
		assertThat(check.check(changed, "test").outcome()).isNotEqualTo(SignatureCheck.Outcome.VALID);

		int before = jdbc.sql("select count(*) from incoming_document where agency_code = ?").param(OTHER_AGENCY)
			.query(Integer.class).single();
		OutgoingDocument issued = outgoing.issue(d.id(), CLERK);
		assertThat(issued.status()).isEqualTo(OutgoingDocument.Status.ISSUED);
		assertThat(issued.exchangeStatus()).isEqualTo("00");
		assertThat(jdbc.sql("select count(*) from incoming_document where agency_code = ? and number_symbol = ?")
			.params(OTHER_AGENCY, issued.numberSymbol()).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from incoming_document where agency_code = ?").param(OTHER_AGENCY)
			.query(Integer.class).single()).isEqualTo(before + 1);
		String header = new String(outgoing.exchangePackage(issued), java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(header).contains("edxml-header.xml");
		CorrespondenceFigures figures = figuresQuery.between(TestClock.today(), TestClock.today(), Set.of(AGENCY));
		assertThat(figures.outgoing()).isPositive();
		assertThat(figures.outgoingSigned()).isEqualTo(figures.outgoing());
		assertThat(figures.personalSigners()).as("the registry's certificates, as the report counts them")
			.isEqualTo(signingFigures.between(TestClock.today(), TestClock.today(), Set.of(AGENCY)).personalCertificates());
		assertThat(figuresQuery.between(TestClock.today(), TestClock.today(), Set.of(OTHER_AGENCY)).incomingElectronic())
			.isPositive();
		assertThat(issued.steps()).extracting(DocumentStep::action).containsExactly("DRAFTED", "SUBMITTED",
				"REVIEWED", "APPROVED", "SIGNED", "NUMBERED", "ISSUED");
		assertThat(ExchangePackage.header(new ExchangePackage.Header("14908", "ỦY BAN NHÂN DÂN Xã Thiên Phủ",
				"05/QĐ-UBND", 5, "QĐ-UBND", LocalDate.of(2026, 11, 24), "Thiên Phủ", "Quyết định", "Về việc",
				"Chủ tịch", "Lê Thị Hoa", List.of("Sở Nội vụ"))))
			.contains("<DocumentId>14908,2026/11/24,05/QĐ-UBND</DocumentId>");
	}

	@Test
	void aRefusedOrganisationsSignatureUsesNoNumberAndLeavesTheDocumentSigned() {
		OutgoingDocument d = signedDraft("Về việc kiểm tra chữ ký bị từ chối");
		OutgoingDesk refusing = desk(clock(TestClock.START.toInstant()), new OutgoingSignatures(null, paperSignatures, messages) {
			@Override
			byte[] signAsOrganisation(byte[] pdf, String reason, String location) {
				throw new IllegalStateException("Không mở được khoá ký trên thiết bị (sai mã PIN)");
			}
		});
		int last = lastNumber(TestClock.today().getYear());
		assertThatThrownBy(() -> inTransaction(() -> refusing.number(d.id(), CLERK)))
			.hasMessageContaining("sai mã PIN");
		assertThat(outgoing.find(d.id()).orElseThrow().status()).isEqualTo(OutgoingDocument.Status.SIGNED);
		assertThat(lastNumber(TestClock.today().getYear())).isEqualTo(last);
	}

	@Test
	void twoClerksNumberingAtTheSameInstantNeverGetTheSameNumber() throws Exception {
		OutgoingDocument a = signedDraft("Về việc thứ nhất cùng lúc");
		OutgoingDocument b = signedDraft("Về việc thứ hai cùng lúc");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<OutgoingDocument>> results = new ArrayList<>();
		for (OutgoingDocument d : List.of(a, b)) {
			results.add(pool.submit(() -> {
				start.await();
				return outgoing.number(d.id(), CLERK);
			}));
		}
		start.countDown();
		int first = results.get(0).get().number();
		int second = results.get(1).get().number();
		pool.shutdown();
		assertThat(first).isNotEqualTo(second);
		assertThat(Math.abs(first - second)).isEqualTo(1);
	}

	@Test
	void numberingRestartsAtOneOnTheFirstOfJanuary() {
		OutgoingDocument december = signedDraft("Về việc cuối năm");
		OutgoingDocument january = signedDraft("Về việc đầu năm");
		OutgoingDesk onNewYearsEve = desk(clock(Instant.parse("2031-12-31T03:00:00Z")), signatures);
		OutgoingDesk onNewYearsDay = desk(clock(Instant.parse("2032-01-01T03:00:00Z")), signatures);
		assertThat(inTransaction(() -> onNewYearsEve.number(december.id(), CLERK)).numberSymbol())
			.isEqualTo("01/QĐ-UBND");
		OutgoingDocument first = inTransaction(() -> onNewYearsDay.number(january.id(), CLERK));
		assertThat(first.number()).isEqualTo(1);
		assertThat(first.year()).isEqualTo(2032);
		assertThat(lastNumber(2031)).isEqualTo(1);
	}

	@Test
	void legalNormativeDocumentsAreNumberedInTheirOwnRegisterWithTheYear() {
		OutgoingDocument d = signedDraft("Về việc ban hành quy chế", OutgoingDocument.Register.NORMATIVE);
		OutgoingDesk in2033 = desk(clock(Instant.parse("2033-03-02T03:00:00Z")), signatures);
		OutgoingDocument numbered = inTransaction(() -> in2033.number(d.id(), CLERK));
		assertThat(numbered.numberSymbol()).isEqualTo("01/2033/QĐ-UBND");
	}

	@Test
	void onlyTheNamedSignerApprovesAndAClerkOfAnotherCommuneCannotNumber() {
		OutgoingDocument d = outgoing.draft(AGENCY, draft("Về việc phân quyền", OutgoingDocument.Register.ADMINISTRATIVE),
				OFFICER);
		outgoing.submit(d.id(), OFFICER);
		assertThatThrownBy(() -> outgoing.review(d.id(), true, null, OFFICER))
			.hasMessage("correspondence.refused.ownDraft");
		outgoing.review(d.id(), true, null, CLERK);
		assertThatThrownBy(() -> outgoing.approve(d.id(), true, null, CorrespondenceStaff.OTHER_LEADER))
			.isInstanceOf(CorrespondenceRefused.class);
		outgoing.approve(d.id(), false, "Sửa trích yếu", LEADER);
		assertThat(outgoing.find(d.id()).orElseThrow().status()).isEqualTo(OutgoingDocument.Status.DRAFT);
		assertThatThrownBy(() -> outgoing.number(d.id(), CorrespondenceStaff.OTHER_CLERK))
			.hasMessage("correspondence.refused.notAClerk");
	}

	@Test
	void theLeaderSignsWithTheirOwnCertificateFromApprovalOnTheirWaitingListAndAWrongPinChangesNothing() {
		OutgoingDocument d = outgoing.draft(AGENCY, draft("Về việc ký bằng chứng thư cá nhân",
				OutgoingDocument.Register.ADMINISTRATIVE), OFFICER);
		outgoing.submit(d.id(), OFFICER);
		outgoing.review(d.id(), true, null, CLERK);
		outgoing.approve(d.id(), true, null, LEADER);
		PaperSignatures.Request waiting = outgoing.leaderSignature(outgoing.find(d.id()).orElseThrow()).orElseThrow();
		assertThat(paperSignatures.waitingFor(LEADER)).extracting(PaperSignatures.Request::id).contains(waiting.id());

		assertThatThrownBy(() -> outgoing.sign(d.id(), LEADER, "9999".toCharArray()))
			.isInstanceOf(DocumentRefusedException.class).hasMessageContaining("Không mở được khoá ký");
		assertThat(outgoing.find(d.id()).orElseThrow().status()).isEqualTo(OutgoingDocument.Status.APPROVED);
		assertThat(paperSignatures.find(waiting.id()).orElseThrow().status())
			.isEqualTo(PaperSignatures.Status.WAITING);

		// signed on "Văn bản chờ tôi ký" (/ky-so) instead of the document's page: the document moves on all the same
		paperSignatures.sign(waiting.id(), LEADER, LEADER_PIN.toCharArray());
		OutgoingDocument signed = outgoing.find(d.id()).orElseThrow();
		assertThat(signed.status()).isEqualTo(OutgoingDocument.Status.SIGNED);
		assertThat(signed.steps().get(signed.steps().size() - 1).actor()).isEqualTo(LEADER);
		SignatureCheck.Verdict verdict = check.check(outgoing.pdf(signed), "test");
		assertThat(verdict.outcome()).isEqualTo(SignatureCheck.Outcome.VALID);
		assertThat(verdict.signers()).extracting(SignatureCheck.Signer::name).containsExactly(LEADER_NAME);
		assertThat(paperSignatures.waitingFor(LEADER)).extracting(PaperSignatures.Request::id)
			.doesNotContain(waiting.id());
	}

	@Test
	void aLeaderWithoutAUsablePersonalCertificateCannotSignAndNothingChanges() {
		OutgoingDocument.Draft base = draft("Về việc người ký chưa có chứng thư", OutgoingDocument.Register.ADMINISTRATIVE);
		OutgoingDocument d = outgoing.draft(AGENCY, new OutgoingDocument.Draft(base.register(), base.type(),
				base.draftingUnit(), base.title(), base.body(), base.authority(), LEADER_WITHOUT_CERTIFICATE,
				base.signerPosition(), base.internalRecipients(), base.externalRecipients(), base.keptCopies()), OFFICER);
		outgoing.submit(d.id(), OFFICER);
		outgoing.review(d.id(), true, null, CLERK);
		outgoing.approve(d.id(), true, null, LEADER_WITHOUT_CERTIFICATE);
		long stored = jdbc.sql("select count(*) from stored_document").query(Long.class).single();
		assertThatThrownBy(() -> outgoing.sign(d.id(), LEADER_WITHOUT_CERTIFICATE, "1234".toCharArray()))
			.isInstanceOfSatisfying(CorrespondenceRefused.class, e -> assertThat(e.messageKey())
				.isEqualTo("correspondence.refused.noPersonalCertificate"));
		assertThat(messages.getMessage("correspondence.refused.noPersonalCertificate", new Object[] { "Vũ Văn Chưa Có" },
				OutgoingPapers.VIETNAMESE)).contains("chưa có chứng thư số cá nhân dùng được");
		OutgoingDocument after = outgoing.find(d.id()).orElseThrow();
		assertThat(after.status()).isEqualTo(OutgoingDocument.Status.APPROVED);
		assertThat(after.signedPdf()).isNull();
		assertThat(jdbc.sql("select count(*) from stored_document").query(Long.class).single()).isEqualTo(stored);
		assertThat(paperSignatures.waitingFor(LEADER_WITHOUT_CERTIFICATE)).isEmpty();
	}

	private OutgoingDocument signedDraft(String title) {
		return signedDraft(title, OutgoingDocument.Register.ADMINISTRATIVE);
	}

	private OutgoingDocument signedDraft(String title, OutgoingDocument.Register register) {
		OutgoingDocument d = outgoing.draft(AGENCY, draft(title, register), OFFICER);
		outgoing.submit(d.id(), OFFICER);
		outgoing.review(d.id(), true, null, CLERK);
		outgoing.approve(d.id(), true, null, LEADER);
		return outgoing.sign(d.id(), LEADER, LEADER_PIN.toCharArray());
	}

	static OutgoingDocument.Draft draft(String title, OutgoingDocument.Register register) {
		return new OutgoingDocument.Draft(register, DocumentType.QUYET_DINH, "VP", title,
				"Điều 1. Thành lập tổ công tác.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.", SigningAuthority.TM,
				LEADER, "Chủ tịch", List.of(OTHER_AGENCY), List.of("Sở Nội vụ tỉnh Thanh Hóa"), "VT, VP");
	}

	static IncomingDocument.Receipt receipt(String sender, String summary) {
		return new IncomingDocument.Receipt(IncomingDocument.Medium.PAPER, sender, "125/SNV-TCBC",
				TestClock.today().minusDays(2), "Công văn", summary, Urgency.URGENT);
	}

	private OutgoingDesk desk(Clock clock, OutgoingSignatures signing) {
		return new OutgoingDesk(outgoingDocuments, papers, signing, registers, incoming, store, agencies, staff,
				audit, messages, clock, formTokens);
	}

	/** A desk made here is no Spring proxy: its transaction is opened here, as the proxy would. */
	private <T> T inTransaction(java.util.function.Supplier<T> action) {
		return transactions.execute(status -> action.get());
	}

	private static Clock clock(Instant at) {
		return Clock.fixed(at, java.time.ZoneOffset.UTC);
	}

	private int lastNumber(int year) {
		return jdbc.sql("select coalesce(max(last_number), 0) from notice_register where agency_code = ? and register = ?"
				+ " and year = ?").params(AGENCY, OutgoingDesk.ADMINISTRATIVE_REGISTER, year).query(Integer.class)
			.single();
	}

	private int count() {
		return jdbc.sql("select count(*) from incoming_document").query(Integer.class).single();
	}
}
