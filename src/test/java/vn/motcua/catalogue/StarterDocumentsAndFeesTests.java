package vn.motcua.catalogue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.test.context.support.WithMockUser;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.shared.SubmissionChannel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, items 3 and 13 in the catalogue: every starter procedure has its document list with a source; hộ tịch
 * charges carry an amount or are marked “to be set by the province”, never a false 0; the khai tử exemption is a
 * condition; the import reads the document markers and still reads files written before them.
 */
@MotCuaTest
@WithMockUser(username = "catalogue-test", authorities = "INSTALLATION_ADMIN")
class StarterDocumentsAndFeesTests {

	@Autowired
	Catalogue catalogue;

	@Autowired
	CatalogueImport imports;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService officers;

	LocalDate today = TestClock.today();

	List<String> starterCodes() throws Exception {
		try (InputStream in = new ClassPathResource(StarterCatalogue.RESOURCE).getInputStream()) {
			// a record starts with its code; the lines inside a quoted documents cell never do
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> line.matches("^[0-9]\\.[0-9]{6},.*")).map(line -> line.substring(0, 8)).toList();
		}
	}

	@Test
	void everyStarterProcedureHasADocumentListWithItsSource() throws Exception {
		List<String> codes = starterCodes();
		assertThat(codes).hasSize(39);
		for (String code : codes) {
			ProcedureVersion version = catalogue.inForce(code, today).orElseThrow();
			assertThat(version.requiredDocuments()).as(code).isNotEmpty();
			assertThat(version.requiredDocuments()).as(code + ": something is handed in or shown")
				.anyMatch(d -> d.mandatory() || d.shownOnly() || d.conditional());
			assertThat(version.documentsSource()).as(code).isNotBlank()
				.containsAnyOf("Cơ sở dữ liệu quốc gia về TTHC", "Điều", "Nghị định", "Luật");
			assertThat(version.requiredDocuments()).as(code + ": conditional papers name their case")
				.filteredOn(RequiredDocument::conditional)
				.allMatch(d -> d.condition() != null || d.name().contains("(nếu có)"));
		}
		ProcedureVersion birth = catalogue.inForce("1.001193", today).orElseThrow();
		assertThat(birth.requiredDocuments()).filteredOn(RequiredDocument::shownOnly).extracting(RequiredDocument::name)
			.anyMatch(name -> name.startsWith("Giấy tờ tùy thân"));
	}

	@Test
	void theSourceAndTheKindsAreShownOnTheAdminAndPublicPages() throws Exception {
		ProcedureVersion birth = catalogue.inForce("1.001193", today).orElseThrow();
		String admin = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/catalogue/versions/"
						+ birth.id()).with(org.springframework.security.test.web.servlet.request
							.SecurityMockMvcRequestPostProcessors.user(officers.loadUserByUsername("admin"))))
			.andReturn().getResponse().getContentAsString());
		assertThat(admin).contains("Nguồn của thành phần hồ sơ", birth.documentsSource(), "Chỉ xuất trình",
				"trẻ bị bỏ rơi");
		String published = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/public/thu-tuc/1.001193"))
			.andReturn().getResponse().getContentAsString());
		assertThat(published).contains("Nguồn: " + birth.documentsSource(), "xuất trình, không nộp",
				"chỉ khi: trẻ bị bỏ rơi", "do tỉnh quy định");
	}

	@Test
	void aHoTichChargeIsTheProvincesAmountOrMarkedToBeSetNeverAFalseZero() throws Exception {
		int hoTich = 0;
		for (String code : starterCodes()) {
			ProcedureVersion version = catalogue.inForce(code, today).orElseThrow();
			if (!"Hộ tịch".equals(version.field())) {
				continue;
			}
			hoTich++;
			assertThat(version.fees()).as(code).isNotEmpty()
				.allMatch(fee -> fee.amountVnd() > 0 || fee.toBeSet());
		}
		assertThat(hoTich).isGreaterThanOrEqualTo(18);
		ProcedureVersion marriageRecognition = catalogue.inForce("1.001022", today).orElseThrow();
		FeeAssessment assessed = catalogue.assessFees(marriageRecognition.id(), SubmissionChannel.DIRECT, today);
		assertThat(assessed.amountToBeSet()).isTrue();
		assertThat(assessed.free()).as("not free: the amount is still to be set").isFalse();
	}

	@Test
	void theKhaiTuExemptionIsAConditionNotABlanketFlag() {
		ProcedureVersion death = catalogue.inForce("1.000656", today).orElseThrow();
		assertThat(death.feeExemptions()).hasSize(1);
		FeeExemption onTime = death.feeExemptions().get(0);
		assertThat(onTime.conditional()).isTrue();
		assertThat(onTime.condition()).contains("15 ngày");
		assertThat(onTime.legalBasis()).contains("Điều 11 khoản 1 điểm b", "Điều 33");

		FeeAssessment late = catalogue.assessFees(death.id(), SubmissionChannel.DIRECT, today);
		assertThat(late.exemptionsApplied()).isEmpty();
		assertThat(late.amountToBeSet()).isTrue();
		FeeAssessment registeredOnTime = catalogue.assessFees(death.id(), SubmissionChannel.DIRECT, today, Set.of(1));
		assertThat(registeredOnTime.exemptionsApplied()).containsExactly(onTime);
		assertThat(registeredOnTime.free()).isTrue();

		ProcedureVersion marriage = catalogue.inForce("1.000894", today).orElseThrow();
		assertThat(catalogue.assessFees(marriage.id(), SubmissionChannel.DIRECT, today).free())
			.as("kết hôn stays exempt without condition").isTrue();
	}

	@Test
	void theImportReadsTheDocumentMarkersAndStillReadsOldFiles() {
		List<RequiredDocument> documents = DocumentLines.parse("""
				Tờ khai
				[xuất trình] Giấy tờ tùy thân
				[nếu: trường hợp ủy quyền] [bản sao] [2 bản] Văn bản ủy quyền
				Biên bản (nếu có)""");
		assertThat(documents).extracting(RequiredDocument::requirement).containsExactly(
				RequiredDocument.Requirement.MANDATORY, RequiredDocument.Requirement.SHOWN,
				RequiredDocument.Requirement.CONDITIONAL, RequiredDocument.Requirement.CONDITIONAL);
		assertThat(documents.get(2)).extracting(RequiredDocument::name, RequiredDocument::condition,
				RequiredDocument::original, RequiredDocument::copies)
			.containsExactly("Văn bản ủy quyền", "trường hợp ủy quyền", false, 2);
		assertThat(documents.get(3).condition()).isNull();

		String csv = """
				code,name,field,service_level,time_limit,time_unit,fee_vnd,fee_exempt,fee_exempt_basis,legal_basis,documents,documents_source,fee_to_be_set,fee_exempt_condition
				9.913001,Thủ tục thử giấy tờ,Hộ tịch,PARTIAL_ONLINE,3,WORKING_DAYS,0,true,Luật thử Điều 1,,"[xuất trình] Giấy tờ tùy thân
				[nếu: ủy quyền] Văn bản ủy quyền",Luật thử Điều 2,true,Đăng ký đúng hạn
				9.913002,Thủ tục cũ,Hộ tịch,PARTIAL_ONLINE,3,WORKING_DAYS,0,false,,,Tờ khai,,,
				""";
		ImportResult result = imports.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(result.rejected()).isEmpty();
		ProcedureVersion marked = catalogue.inForce("9.913001", today).orElseThrow();
		assertThat(marked.documentsSource()).isEqualTo("Luật thử Điều 2");
		assertThat(marked.requiredDocuments()).extracting(RequiredDocument::requirement)
			.containsExactly(RequiredDocument.Requirement.SHOWN, RequiredDocument.Requirement.CONDITIONAL);
		assertThat(marked.fees()).singleElement().matches(Fee::toBeSet);
		assertThat(marked.feeExemptions()).singleElement().extracting(FeeExemption::condition)
			.isEqualTo("Đăng ký đúng hạn");
		ProcedureVersion old = catalogue.inForce("9.913002", today).orElseThrow();
		assertThat(old.requiredDocuments()).singleElement().matches(RequiredDocument::mandatory);
		assertThat(old.fees()).isEmpty();
		assertThat(old.documentsSource()).isNull();
	}
}
