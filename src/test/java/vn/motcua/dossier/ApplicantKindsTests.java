package vn.motcua.dossier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.history.DossierHistoryImport;
import vn.motcua.history.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.dossier.CounterDesk.counter;
import static vn.motcua.dossier.CounterDesk.intake;
import static vn.motcua.history.HistoryLines.code;
import static vn.motcua.history.HistoryLines.line;
import static vn.motcua.history.HistoryLines.lines;

/**
 * Who may apply (issue 13 item 4; NĐ 118/2025 Art. 15, TT 03/2025 Mẫu 01): organisations with a tax code and a legal
 * representative, foreigners with a passport, someone submitting for another with (or, by law, without) an
 * authorisation — at the counter, on the forms, in the export and through the history import.
 */
@MotCuaTest
class ApplicantKindsTests {

	static final String TAX_CODE = "0100109106";

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	DossierHistoryImport imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOrganisationIsAcceptedAtTheCounterWithItsTaxCodeAndLegalRepresentative() throws Exception {
		String code = accepted(organisation("Công ty TNHH Xây dựng Thiên Phủ", TAX_CODE));

		Dossier dossier = workflow.find(code).orElseThrow();
		assertThat(dossier.applicant().kind()).isEqualTo(Applicant.Kind.ORGANISATION);
		assertThat(dossier.applicant().kind().nationalCode()).as("LoaiDoiTuong").isEqualTo("2");
		assertThat(dossier.applicant().identifier()).isEqualTo(Applicant.Identifier.TAX_CODE);
		assertThat(dossier.applicant().legalRepresentative()).isEqualTo("Lê Văn Hùng");
		assertThat(jdbc.sql("select applicant_kind from dossier where code = ?").param(code).query(String.class)
			.single()).isEqualTo("ORGANISATION");
		String page = page(code);
		assertThat(page).contains("Tổ chức, doanh nghiệp (mã số thuế)", "Mã số thuế (mã số doanh nghiệp)", TAX_CODE,
				"Người đại diện theo pháp luật", "Lê Văn Hùng");
		assertThat(form(code, "01").text()).contains("Tiếp nhận hồ sơ của: Công ty TNHH Xây dựng Thiên Phủ",
				"Số định danh cá nhân/tổ chức: " + TAX_CODE, "Người đại diện theo pháp luật: Lê Văn Hùng");
	}

	@Test
	void aBranchTaxCodeIsAcceptedAndAWrongCheckDigitIsRefusedInVietnamese() throws Exception {
		accepted(organisation("Chi nhánh Công ty Cổ phần FPT tại Thanh Hóa", "0101248141-003"));

		String token = UUID.randomUUID().toString();
		String page = refusedPage(organisation("Công ty Sai Mã", "0100109107").param("token", token));
		assertThat(page).contains("Mã số thuế không hợp lệ: gồm 10 chữ số (chi nhánh, đơn vị phụ thuộc: 10 chữ số, "
				+ "dấu gạch ngang và 3 chữ số) với chữ số kiểm tra đúng.");
		assertThat(refusedPage((MockMultipartHttpServletRequestBuilder) intake(version(), UUID.randomUUID().toString(),
				"Công ty Thiếu Đại Diện", TAX_CODE, true, "accept").param("identifier", "TAX_CODE")))
			.contains("Nhập họ và tên người đại diện theo pháp luật của tổ chức.");
		assertThat(jdbc.sql("select count(*) from dossier where submission_token = ?::uuid").param(token)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aForeignerIsAcceptedWithAPassportAndABadPassportIsRefusedInVietnamese() throws Exception {
		String code = accepted(intake(version(), UUID.randomUUID().toString(), "John Michael Smith", "c1234567", true,
				"accept").param("identifier", "PASSPORT"));

		Applicant applicant = workflow.find(code).orElseThrow().applicant();
		assertThat(applicant.kind()).isEqualTo(Applicant.Kind.CITIZEN);
		assertThat(applicant.identifier()).isEqualTo(Applicant.Identifier.PASSPORT);
		assertThat(applicant.idNumber()).as("kept in capitals").isEqualTo("C1234567");
		assertThat(page(code)).contains("Người nước ngoài (hộ chiếu)", "Số hộ chiếu", "C1234567");

		assertThat(refusedPage(intake(version(), UUID.randomUUID().toString(), "Anna Müller", "AB 12", true, "accept")
			.param("identifier", "PASSPORT")))
			.contains("Số hộ chiếu không hợp lệ: gồm từ 6 đến 9 chữ cái Latinh hoặc chữ số, không có dấu cách.");
		assertThat(refusedPage(intake(version(), UUID.randomUUID().toString(), "Nguyễn Văn Bình", "C1234567", true,
				"accept"))).as("a passport number is not a citizen ID")
			.contains("Số định danh cá nhân phải gồm đúng 12 chữ số");
	}

	@Test
	void anAuthorisedRepresentativeSubmitsWithTheirOwnIdAndTheAuthorisationPaper() throws Exception {
		String code = accepted(represented(intake(version(), UUID.randomUUID().toString(), "Hoàng Văn Tư",
				"038095000123", true, "accept"), "AUTHORISATION", "Giấy ủy quyền số 12/UQ ngày 01/12/2026"));

		Applicant applicant = workflow.find(code).orElseThrow().applicant();
		assertThat(applicant.representative().name()).isEqualTo("Hoàng Thị Năm");
		assertThat(applicant.representative().basis()).isEqualTo(Applicant.Representative.Basis.AUTHORISATION);
		assertThat(page(code)).contains("Hoàng Thị Năm – Theo giấy ủy quyền: Giấy ủy quyền số 12/UQ ngày 01/12/2026",
				"038195001111");
		assertThat(form(code, "01").text()).contains("Tiếp nhận hồ sơ của: Hoàng Thị Năm", "Người ủy quyền: Hoàng Văn Tư",
				"Giấy ủy quyền: Giấy ủy quyền số 12/UQ ngày 01/12/2026");

		assertThat(refusedPage(represented(intake(version(), UUID.randomUUID().toString(), "Hoàng Văn Tư",
				"038095000123", true, "accept"), "AUTHORISATION", "")))
			.contains("Người được ủy quyền nộp thay phải có giấy ủy quyền");
		assertThat(refusedPage(represented(intake(version(), UUID.randomUUID().toString(), "Hoàng Văn Tư",
				"038095000123", true, "accept"), "AUTHORISATION", "Giấy ủy quyền số 13/UQ", null)))
			.contains("Nhập số định danh cá nhân (12 chữ số) của người nộp thay.");
	}

	/** Bộ luật Dân sự 2015 Art. 136: a parent represents a minor child by law, without an authorisation paper. */
	@Test
	void aParentSubmitsForAMinorChildByLawWithoutAnAuthorisationPaper() throws Exception {
		String code = accepted(represented(intake(version(), UUID.randomUUID().toString(), "Hoàng Minh Khôi",
				"038210000321", true, "accept"), "LAW", ""));

		Applicant.Representative representative = workflow.find(code).orElseThrow().applicant().representative();
		assertThat(representative.basis()).isEqualTo(Applicant.Representative.Basis.LAW);
		assertThat(representative.authorisationPaper()).isNull();
		assertThat(page(code)).contains("Hoàng Thị Năm – Đại diện theo pháp luật");
	}

	@Test
	void aRefusalToAnOrganisationIsAddressedToItsNameWithItsRepresentative() throws Exception {
		MvcResult result = mvc.perform(organisation("Hợp tác xã Nông nghiệp Thiên Phủ", TAX_CODE, "refuse")
			.param("reason", "Thủ tục không thuộc thẩm quyền của xã"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String code = DossierWebTests.code(result.getResponse().getRedirectedUrl());
		assertThat(form(code, "03").text()).contains("Hợp tác xã Nông nghiệp Thiên Phủ", TAX_CODE,
				"Người đại diện theo pháp luật: Lê Văn Hùng");
	}

	@Test
	void theExportCarriesTheKindTheNationalSyncSends() throws Exception {
		String code = accepted(organisation("Công ty TNHH Xuất Khẩu Thiên Phủ", TAX_CODE));
		String today = CounterDesk.today().toString();
		byte[] zip = mvc.perform(get("/api/v1/dossiers/exports").param("from", today).param("to", today)
			.with(httpBasic("admin", "admin-test-password"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		String line = jsonl(zip).lines().filter(l -> l.startsWith("{\"code\":\"" + code + "\"")).findFirst()
			.orElseThrow();
		assertThat(line).contains("\"kind\":\"ORGANISATION\"", "\"nationalKind\":\"2\"", "\"identifier\":\"TAX_CODE\"",
				"\"legalRepresentative\":\"Lê Văn Hùng\"");
	}

	@Test
	void theImportTakesTheNewApplicantColumnsAndOldLinesStillGoIn() {
		String old = code("old-citizen");
		String organisation = code("organisation");
		String foreigner = code("foreigner");
		String represented = code("represented");
		String bad = code("bad-kind");
		ImportReport report = imports.importJsonLines(lines(line(old, "2025-07-01T08:15:00+07:00", ""),
				withApplicant(line(organisation, "2025-07-01T09:15:00+07:00", ""), """
						"applicant": {"name": "Công ty TNHH Lúa Vàng", "kind": "ORGANISATION", "idNumber": "0100109106", \
						"legalRepresentative": "Trịnh Văn Lâm"}"""),
				withApplicant(line(foreigner, "2025-07-01T10:15:00+07:00", ""), """
						"applicant": {"name": "Kim Min Jun", "identifier": "PASSPORT", "idNumber": "M12345678"}"""),
				withApplicant(line(represented, "2025-07-01T10:45:00+07:00", ""), """
						"applicant": {"name": "Nguyễn Văn An", "idNumber": "038090001234", "representative": \
						{"name": "Nguyễn Thị Bình", "idNumber": "038190002222", "authorisationPaper": "Số 5/UQ", \
						"basis": "AUTHORISATION"}}"""),
				withApplicant(line(bad, "2025-07-01T11:15:00+07:00", ""), """
						"applicant": {"name": "Ai Đó", "kind": "HOUSEHOLD", "identifier": "PASSPORT"}""")));

		assertThat(report.imported()).isEqualTo(4);
		assertThat(report.rejected()).singleElement().satisfies(r -> {
			assertThat(r.code()).isEqualTo(bad);
			assertThat(r.errors()).containsExactly(
					"Loại người nộp \"HOUSEHOLD\" không hợp lệ (CITIZEN hoặc ORGANISATION).");
		});
		Applicant citizen = workflow.find(old).orElseThrow().applicant();
		assertThat(citizen.identifier()).isEqualTo(Applicant.Identifier.CITIZEN_ID);
		assertThat(citizen.representative()).isNull();
		Applicant company = workflow.find(organisation).orElseThrow().applicant();
		assertThat(company.kind()).isEqualTo(Applicant.Kind.ORGANISATION);
		assertThat(company.identifier()).isEqualTo(Applicant.Identifier.TAX_CODE);
		assertThat(company.legalRepresentative()).isEqualTo("Trịnh Văn Lâm");
		assertThat(workflow.find(foreigner).orElseThrow().applicant().identifier())
			.isEqualTo(Applicant.Identifier.PASSPORT);
		Applicant.Representative representative = workflow.find(represented).orElseThrow().applicant().representative();
		assertThat(representative.name()).isEqualTo("Nguyễn Thị Bình");
		assertThat(representative.authorisationPaper()).isEqualTo("Số 5/UQ");
	}

	private static String withApplicant(String line, String applicant) {
		return line.replaceAll("\"applicant\": \\{[^}]*\\}", java.util.regex.Matcher.quoteReplacement(applicant));
	}

	private MockMultipartHttpServletRequestBuilder organisation(String name, String taxCode) {
		return organisation(name, taxCode, "accept");
	}

	private MockMultipartHttpServletRequestBuilder organisation(String name, String taxCode, String action) {
		return (MockMultipartHttpServletRequestBuilder) intake(version(), UUID.randomUUID().toString(), name, taxCode,
				true, action).param("identifier", "TAX_CODE").param("legalRepresentative", "Lê Văn Hùng");
	}

	private static MockMultipartHttpServletRequestBuilder represented(MockMultipartHttpServletRequestBuilder post,
			String basis, String paper) {
		return represented(post, basis, paper, "038195001111");
	}

	private static MockMultipartHttpServletRequestBuilder represented(MockMultipartHttpServletRequestBuilder post,
			String basis, String paper, String idNumber) {
		post.param("represented", "true").param("representativeBasis", basis)
			.param("representativeName", "Hoàng Thị Năm").param("representativePhone", "0912000111")
			.param("authorisationPaper", paper);
		return idNumber == null ? post
				: (MockMultipartHttpServletRequestBuilder) post.param("representativeIdNumber", idNumber);
	}

	private String accepted(MockMultipartHttpServletRequestBuilder post) throws Exception {
		MvcResult result = mvc.perform(post).andReturn();
		assertThat(result.getResponse().getStatus()).as(HtmlUtils.htmlUnescape(result.getResponse()
			.getContentAsString().replaceAll("(?s).*?(<p class=\"error-message\"[^>]*>[^<]*</p>).*|(?s).*", "$1")))
			.isEqualTo(302);
		return DossierWebTests.code(result.getResponse().getRedirectedUrl());
	}

	private String refusedPage(MockMultipartHttpServletRequestBuilder post) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(post).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private String page(String code) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(get("/dossiers/" + code).with(counter())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private PaperPdf form(String code, String number) throws Exception {
		MvcResult result = mvc.perform(get("/dossiers/" + code + "/forms/" + number + ".pdf").with(counter()))
			.andExpect(status().isOk()).andReturn();
		return PaperPdf.read(result.getResponse().getContentAsByteArray());
	}

	private ProcedureVersion version() {
		return catalogue.inForce("1.004873", CounterDesk.today()).orElseThrow();
	}

	private static String jsonl(byte[] zip) throws Exception {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals("dossiers.jsonl")) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no dossiers.jsonl");
	}

}
