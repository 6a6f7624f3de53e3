package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.dossier.IntakeRequest.HandedDocument;
import vn.motcua.dossier.IntakeRequest.Scan;
import vn.motcua.shared.SubmissionChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.motcua.dossier.CounterDesk.counter;

/**
 * Issue 13, items 3 and 13 at the counter: a paper only shown (xuất trình) is never asked for, a paper needed in a case
 * only when the counter ticks that case, Mẫu 01 lists exactly what was received, and the khai tử exemption follows
 * the condition the counter ticks.
 */
@MotCuaTest
class CounterPapersTests {

	static final String BIRTH = "1.001193";

	static final String DEATH = "1.000656";

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Intake intake;

	ProcedureVersion version(String code) {
		return catalogue.inForce(code, CounterDesk.today()).orElseThrow();
	}

	static RequiredDocument first(ProcedureVersion version, Predicate<RequiredDocument> which) {
		return version.requiredDocuments().stream().filter(which).findFirst().orElseThrow();
	}

	/** The papers {@code which} selects, handed in with a scan; the cases and fee conditions ticked. */
	static IntakeRequest handing(ProcedureVersion version, Predicate<RequiredDocument> which, Set<Integer> cases,
			Set<Integer> feeConditions) {
		List<HandedDocument> documents = new ArrayList<>();
		for (RequiredDocument document : version.requiredDocuments()) {
			if (which.test(document)) {
				documents.add(new HandedDocument(document.position(), document.original(), document.copies(),
						new Scan("scan-" + document.position() + ".pdf", "application/pdf",
								("%PDF-1.4 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8))));
			}
		}
		return new IntakeRequest(UUID.randomUUID(), "14908", version.code(), SubmissionChannel.DIRECT, false,
				new Applicant("Lê Văn Phúc", "038095000123", "0912345678", "Thôn 4, xã Thiên Phủ", null, null), documents,
				cases, feeConditions);
	}

	@Test
	void aShownOnlyPaperIsNeverAskedForAtTheCounterNorReceived() throws Exception {
		ProcedureVersion birth = version(BIRTH);
		RequiredDocument identity = first(birth, RequiredDocument::shownOnly);
		assertThat(identity.name()).startsWith("Giấy tờ tùy thân");

		Dossier mandatoryOnly = intake.accept(handing(birth, RequiredDocument::mandatory, Set.of(), Set.of()), "tiepnhan.test");
		assertThat(mandatoryOnly.status()).isEqualTo(DossierStatus.RECEIVED);

		Dossier shownToo = intake.accept(handing(birth, d -> d.mandatory() || d.shownOnly(), Set.of(), Set.of()),
				"tiepnhan.test");
		assertThat(shownToo.documents()).extracting(DossierDocument::name)
			.containsExactlyElementsOf(birth.requiredDocuments().stream().filter(RequiredDocument::mandatory)
				.map(RequiredDocument::name).toList())
			.doesNotContain(identity.name());

		int index = birth.requiredDocuments().indexOf(identity);
		String page = mvc.perform(get("/counter/new").param("procedure", BIRTH).with(counter())).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"documents-" + index + ".shownHint\"", "chỉ xuất trình")
			.doesNotContain("id=\"documents-" + index + ".scan\"");
	}

	@Test
	void aConditionalPaperIsRequiredOnlyWhenItsCaseIsTicked() {
		ProcedureVersion birth = version(BIRTH);
		RequiredDocument abandoned = first(birth, d -> "trẻ bị bỏ rơi".equals(d.condition()));
		assertThat(abandoned.conditional()).isTrue();

		IntakeRefused refused = catchThrowableOfType(IntakeRefused.class, () -> intake.accept(
				handing(birth, RequiredDocument::mandatory, Set.of(abandoned.position()), Set.of()), "tiepnhan.test"));
		assertThat(refused).isNotNull();
		assertThat(refused.problems()).extracting(IntakeRefused.Problem::field)
			.containsExactly("documents[" + abandoned.position() + "]");
		assertThat(refused.problems().get(0).messageKey()).isEqualTo("dossier.intake.documentMissingForCase");

		assertThat(intake.accept(handing(birth, RequiredDocument::mandatory, Set.of(), Set.of()), "tiepnhan.test")
			.status()).isEqualTo(DossierStatus.RECEIVED);
		Dossier withCase = intake.accept(handing(birth, d -> d.mandatory() || d.equals(abandoned),
				Set.of(abandoned.position()), Set.of()), "tiepnhan.test");
		assertThat(withCase.documents()).extracting(DossierDocument::name).contains(abandoned.name());
	}

	@Test
	void theReceiptListsExactlyThePapersReceivedWithOriginalOrCopyAndCount() throws Exception {
		ProcedureVersion birth = version(BIRTH);
		List<RequiredDocument> mandatory = birth.requiredDocuments().stream().filter(RequiredDocument::mandatory).toList();
		List<HandedDocument> handed = List.of(
				new HandedDocument(mandatory.get(0).position(), true, 1, scan()),
				new HandedDocument(mandatory.get(1).position(), false, 2, scan()));
		Dossier dossier = intake.accept(new IntakeRequest(UUID.randomUUID(), "14908", BIRTH, SubmissionChannel.DIRECT,
				false, new Applicant("Lê Văn Phúc", "038095000123", "0912345678", "Thôn 4", null, null), handed),
				"tiepnhan.test");

		String text = receipt(dossier);
		String table = text.substring(text.indexOf("1. Thành phần hồ sơ nộp gồm:"), text.indexOf("2. Số lượng hồ sơ"));
		assertThat(table).contains("1 Tờ khai đăng ký khai sinh", "Bản chính 01", "2 Giấy chứng sinh", "Bản sao 02")
			.doesNotContain(" 3 ");
		for (RequiredDocument other : birth.requiredDocuments()) {
			if (!other.mandatory()) {
				assertThat(text).doesNotContain(other.name());
			}
		}
		assertThat(text).doesNotContain("Người nộp không nộp giấy tờ nào");
	}

	@Test
	void aReceiptWithNothingHandedInPrintsNoEmptyTable() throws Exception {
		ProcedureVersion copy = version("2.000815");
		assertThat(copy.requiredDocuments()).noneMatch(RequiredDocument::mandatory);
		Dossier dossier = intake.accept(handing(copy, d -> false, Set.of(), Set.of()), "tiepnhan.test");

		String text = receipt(dossier);
		assertThat(text).contains("Người nộp không nộp giấy tờ nào").doesNotContain("Tên giấy tờ");
	}

	@Test
	void theKhaiTuExemptionAppliesOnlyWhenTheCounterTicksRegistrationOnTime() throws Exception {
		ProcedureVersion death = version(DEATH);
		assertThat(death.conditionalExemptions()).hasSize(1);
		int onTime = death.feeExemptions().indexOf(death.conditionalExemptions().get(0)) + 1;

		Dossier late = intake.accept(handing(death, RequiredDocument::mandatory, Set.of(), Set.of()), "tiepnhan.test");
		String lateReceipt = receipt(late);
		assertThat(lateReceipt).contains("Lệ phí theo mức do Hội đồng nhân dân tỉnh quy định").doesNotContain("Miễn");
		assertThat(dossierPage(late)).contains("Lệ phí theo mức do Hội đồng nhân dân tỉnh quy định")
			.doesNotContain("Miễn phí, lệ phí khi");

		Dossier exempt = intake.accept(handing(death, RequiredDocument::mandatory, Set.of(), Set.of(onTime)),
				"tiepnhan.test");
		assertThat(exempt.feeDue()).isZero();
		assertThat(exempt.steps().get(exempt.steps().size() - 1).note())
			.isEqualTo(death.conditionalExemptions().get(0).description());
		assertThat(receipt(exempt)).contains("0 đồng", "Miễn phí, lệ phí khi: Đăng ký khai tử đúng hạn",
				"Điều 11 khoản 1 điểm b");
		assertThat(dossierPage(exempt)).contains("Miễn phí, lệ phí khi: Đăng ký khai tử đúng hạn")
			.doesNotContain("Lệ phí theo mức do Hội đồng nhân dân tỉnh quy định");

		String page = mvc.perform(get("/counter/new").param("procedure", DEATH).with(counter())).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"feeConditions-" + onTime + "\"", "Đăng ký khai tử đúng hạn: trong 15 ngày");
	}

	private String dossierPage(Dossier dossier) throws Exception {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/dossiers/" + dossier.code())
			.with(counter())).andReturn().getResponse().getContentAsString());
	}

	private String receipt(Dossier dossier) throws Exception {
		byte[] pdf = mvc.perform(get("/dossiers/" + dossier.code() + "/forms/01.pdf").with(counter())).andReturn()
			.getResponse().getContentAsByteArray();
		return PaperPdf.read(pdf).text();
	}

	private static Scan scan() {
		return new Scan("scan.pdf", "application/pdf", ("%PDF-1.4 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
	}
}
