package vn.motcua.reporting;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.agency.Agencies;
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.dossier.CraftedHistory;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The quarterly CCHC report: figures from the records in PDF and DOCX, drafts, final immutable, versions. */
@MotCuaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarterlyReportTests {

	static final String AGENCY = "16417";

	static final LocalDate FROM = LocalDate.of(2025, 7, 1);

	static final LocalDate TO = LocalDate.of(2025, 9, 30);

	@Autowired
	QuarterlyReports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	QuarterlyReportDocument document;

	@BeforeAll
	void history(@Autowired DeadlineCalendar calendar, @Autowired Agencies agencies) {
		agencies.setActive(AGENCY, true);
		new CraftedHistory(jdbc, calendar, AGENCY).insert();
	}

	@Test
	void thePdfAndTheDocxHoldTheFiguresOfTheRecordsAndTheOfficersText() throws Exception {
		QuarterlyReport draft = reports.current(AGENCY, FROM, TO);
		reports.saveDraft(draft.id(), "45/BC-UBND", "Nguyễn Văn Hùng", "CHỦ TỊCH",
				Map.of("direction", "UBND phường đã ban hành kế hoạch cải cách hành chính năm 2025."));
		QuarterlyReport saved = reports.find(draft.id()).orElseThrow();

		String pdf;
		try (PDDocument document = Loader.loadPDF(reports.file(saved, "pdf"))) {
			pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		String docx;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(reports.file(saved, "docx")));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			docx = extractor.getText().replaceAll("\\s+", " ");
		}
		for (String text : new String[] { pdf, docx }) {
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"PHƯỜNG ĐÔNG QUANG", "45/BC-UBND", "BÁO CÁO",
					"Kết quả thực hiện công tác cải cách hành chính quý III và nhiệm vụ trọng tâm quý IV năm 2025",
					"UBND phường đã ban hành kế hoạch cải cách hành chính năm 2025.",
					"tồn kỳ trước chuyển sang 2 hồ sơ", "đã tiếp nhận 8 hồ sơ", "trong đó trực tuyến: 5 hồ sơ",
					"Hồ sơ đã giải quyết: 6 hồ sơ", "Trước hạn: 2 hồ sơ.", "Đúng hạn: 2 hồ sơ.", "Quá hạn: 2 hồ sơ.",
					"Hồ sơ đang giải quyết: 2 hồ sơ", "Hồ sơ chờ bổ sung: 1 hồ sơ.",
					"Tỷ lệ trước hạn và đúng hạn đạt 66,67 %.", "Đã số hóa 2/6 hồ sơ", "Nguyễn Văn Hùng");
		}
	}

	@Test
	void theReportIsLaidOutAsTheSeedWithTheOfficersTextAndFiguresLockedToTheRecords(@Autowired Reports figures,
			@Autowired Agencies agencies) throws Exception {
		LocalDate from = LocalDate.of(2025, 7, 1);
		LocalDate to = LocalDate.of(2025, 9, 16);
		QuarterlyReport draft = reports.current(AGENCY, from, to);
		java.util.Map<String, String> form = new java.util.HashMap<>(Map.of(
				"basis", "Căn cứ Quyết định số 2649/QĐ-UBND ngày 02/8/2025 của Chủ tịch UBND tỉnh Thanh Hoá, UBND phường báo cáo như sau:",
				"direction", "Phường đã kiện toàn Bộ phận Một cửa.",
				"recipients", "- Sở NV tỉnh (b/c);\nChủ tịch, các PCT UBND;",
				"draftingUnit", "VHXH"));
		form.put("received", "999");
		reports.saveDraft(draft.id(), "31/BC-UBND", "Phan Văn Đại", "CHỦ TỊCH", form);
		QuarterlyReport issued = reports.finalise(draft.id(), "lanhdao");
		var f = figures.dossiers(from, to, List.of(agencies.find(AGENCY).orElseThrow())).total();

		String pdf;
		try (PDDocument document = Loader.loadPDF(reports.file(issued, "pdf"))) {
			pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		String docx;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(reports.file(issued, "docx")));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			docx = extractor.getText().replaceAll("\\s+", " ");
		}
		for (String text : new String[] { pdf, docx }) {
			assertThat(text).contains("Kết quả thực hiện công tác cải cách hành chính từ ngày 01/07/2025 đến ngày 16/09/2025",
					"Căn cứ Quyết định số 2649/QĐ-UBND ngày 02/8/2025", "Phường đã kiện toàn Bộ phận Một cửa.",
					"đã tiếp nhận " + f.received().total() + " hồ sơ", "Hồ sơ đã giải quyết: " + f.resolved().total() + " hồ sơ",
					"phản ánh, kiến nghị của người dân, doanh nghiệp; đã trả lời", "Tỷ lệ hài lòng của người dân, doanh nghiệp",
					"Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính từ ngày 01/07/2025 đến ngày 16/09/2025, "
							+ "Ủy ban nhân dân phường Đông Quang báo cáo Sở Nội vụ tổng hợp./.",
					"Nơi nhận:", "- Sở NV tỉnh (b/c);", "- Chủ tịch, các PCT UBND;", "- Lưu: VT, VHXH.")
				.doesNotContain("999").doesNotContain("- - Sở NV");
			assertThat(text.indexOf("Căn cứ")).isLessThan(text.indexOf("I. CÔNG TÁC CHỈ ĐẠO"));
		}
		assertThat(document.title(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)))
			.isEqualTo("Kết quả thực hiện công tác cải cách hành chính quý III và nhiệm vụ trọng tâm quý IV năm 2025");
		assertThat(document.title(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)))
			.isEqualTo("Kết quả thực hiện công tác cải cách hành chính quý IV năm 2025 và nhiệm vụ trọng tâm quý I năm 2026");
	}

	@Test
	void aFinalReportIsImmutableAndReissuedAsANewVersion() {
		QuarterlyReport draft = reports.current(AGENCY, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
		assertThatThrownBy(() -> reports.finalise(draft.id(), "lanhdao")).isInstanceOfSatisfying(
				QuarterlyReportRefused.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("reporting.quarterly.refused.numberAndSigner"));
		reports.saveDraft(draft.id(), "30/BC-UBND", "Lê Thị Mai", "PHÓ CHỦ TỊCH", Map.of("assessment", "Đạt yêu cầu."));
		QuarterlyReport issued = reports.finalise(draft.id(), "lanhdao");
		assertThat(issued.isFinal()).isTrue();
		assertThat(issued.pdfDocumentId()).isNotNull();
		assertThatThrownBy(() -> reports.saveDraft(draft.id(), "31/BC-UBND", "X", "Y", Map.of()))
			.isInstanceOf(QuarterlyReportRefused.class);
		assertThatThrownBy(() -> jdbc.sql("update quarterly_report set number = 'sửa' where id = ?").param(draft.id())
			.update()).hasMessageContaining("final");

		QuarterlyReport next = reports.reissue(draft.id());
		assertThat(next.version()).isEqualTo(2);
		assertThat(next.isFinal()).isFalse();
		assertThat(next.text("assessment")).isEqualTo("Đạt yêu cầu.");
		assertThat(reports.current(AGENCY, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)).id()).isEqualTo(next.id());
	}

	@Test
	void onlyALeaderOfTheReportsOwnAgencyIssuesIt(@Autowired MockMvc mvc) throws Exception {
		QuarterlyReport draft = reports.current(AGENCY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
		reports.saveDraft(draft.id(), "12/BC-UBND", "Lê Thị Mai", "PHÓ CHỦ TỊCH", Map.of());
		var leaderElsewhereAdministratorHere = user("lanhdao-khac").authorities(
				new SimpleGrantedAuthority("ROLE_LEADER"), new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
				new SimpleGrantedAuthority(AgencyAccess.authority("14908", OfficerRole.LEADER)),
				new SimpleGrantedAuthority(AgencyAccess.authority(AGENCY, OfficerRole.ADMINISTRATOR)));

		mvc.perform(post("/reports/quarterly/" + draft.id() + "/final").with(leaderElsewhereAdministratorHere)
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(reports.find(draft.id()).orElseThrow().isFinal()).isFalse();

		var leaderHere = user("lanhdao-16417").authorities(new SimpleGrantedAuthority("ROLE_LEADER"),
				new SimpleGrantedAuthority(AgencyAccess.authority(AGENCY, OfficerRole.LEADER)));
		mvc.perform(post("/reports/quarterly/" + draft.id() + "/final").with(leaderHere).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(reports.find(draft.id()).orElseThrow().isFinal()).isTrue();
	}

	@Test
	void theReportPageAndBothFilesAreServedAtTheirOwnAddresses(@Autowired MockMvc mvc) throws Exception {
		QuarterlyReport draft = reports.current(AGENCY, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));
		var leaderHere = user("lanhdao-16417").authorities(new SimpleGrantedAuthority("ROLE_LEADER"),
				new SimpleGrantedAuthority(AgencyAccess.authority(AGENCY, OfficerRole.LEADER)));

		mvc.perform(get("/reports/quarterly/" + draft.id()).with(leaderHere)).andExpect(status().isOk());
		byte[] pdf = mvc.perform(get("/reports/quarterly/" + draft.id() + ".pdf").with(leaderHere))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("BÁO CÁO");
		}
		byte[] docx = mvc.perform(get("/reports/quarterly/" + draft.id() + ".docx").with(leaderHere))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(new XWPFWordExtractor(document).getText()).contains("BÁO CÁO");
		}
	}

	@Test
	void aNewPeriodStartsFromThePreviousReportsText() {
		QuarterlyReport q1 = reports.current(AGENCY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
		reports.saveDraft(q1.id(), null, "Trần Văn Nam", "CHỦ TỊCH", Map.of("nextTasks", "Đẩy mạnh dịch vụ công trực tuyến."));
		QuarterlyReport q2 = reports.current(AGENCY, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
		assertThat(q2.text("nextTasks")).isEqualTo("Đẩy mạnh dịch vụ công trực tuyến.");
		assertThat(q2.signerName()).isEqualTo("Trần Văn Nam");
	}
}
