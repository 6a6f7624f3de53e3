package vn.motcua.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotCuaTest;
import vn.motcua.agency.Agencies;
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.dossier.CraftedHistory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly report reads word for word as it did when its sentences were written in Java (issue 14 item 6): every
 * heading, sentence, signature and recipient line of reports for a ward with the crafted Q3 2025 history, a quarter
 * that ends the year, a period that is not a quarter, and a special zone with no dossiers, compared with the text
 * recorded before the sentences moved to {@code messages/reporting.properties}. The catalogue's counts are masked: the
 * catalogue is shared by every test of the context.
 */
@MotCuaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarterlyReportWordingTests {

	/** Phường Đông Sơn (Thanh Hóa), with the crafted history; no other test uses it. */
	static final String WARD = "16378";

	/** Đặc khu Cát Hải (Thành phố Hải Phòng): no dossiers at all. */
	static final String SPECIAL_ZONE = "11914";

	static final Path RECORDED = Path.of("src/test/resources/reporting/quarterly-report-wording.txt");

	@Autowired
	QuarterlyReportDocument document;

	@Autowired
	Agencies agencies;

	@BeforeAll
	void history(@Autowired DeadlineCalendar calendar, @Autowired JdbcClient jdbc) {
		new CraftedHistory(jdbc, calendar, WARD).insert();
	}

	@Test
	void theReportReadsWordForWordAsRecorded() throws IOException {
		StringBuilder text = new StringBuilder();
		text.append(render(report(WARD, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30), null, null, Map.of())));
		Map<String, String> written = new HashMap<>();
		written.put("basis", "Căn cứ Quyết định số 2649/QĐ-UBND ngày 02/8/2025 của Chủ tịch UBND tỉnh, UBND phường báo cáo như sau:");
		written.put("direction", "Phường đã kiện toàn Bộ phận Một cửa.\n\nBan hành kế hoạch.");
		written.put("proposals", "Đề nghị bổ sung máy quét.");
		written.put("recipients", "- Sở NV tỉnh (b/c);\nChủ tịch, các PCT UBND;\nLưu: VT.");
		written.put("draftingUnit", "VHXH");
		text.append(render(report(WARD, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31), "45/BC-UBND",
				"PHÓ CHỦ TỊCH", written)));
		text.append(render(report(WARD, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 16), "31/BC-UBND", "CHỦ TỊCH",
				Map.of())));
		text.append(render(report(SPECIAL_ZONE, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), null, null, Map.of())));
		String actual = maskCatalogueCounts(text.toString());
		if (!Files.exists(RECORDED) || !Files.readString(RECORDED, StandardCharsets.UTF_8).equals(actual)) {
			Path seen = Path.of("target/quarterly-report-wording.actual.txt");
			Files.createDirectories(seen.getParent());
			Files.writeString(seen, actual, StandardCharsets.UTF_8);
		}
		assertThat(actual).as("the report's text (this run's text is in target/quarterly-report-wording.actual.txt)")
			.isEqualTo(Files.readString(RECORDED, StandardCharsets.UTF_8));
		assertThat(actual).contains(
				"- Tỷ lệ trước hạn và đúng hạn đạt 66,67 %.",
				"- Tỷ lệ trước hạn và đúng hạn đạt — (không có hồ sơ đã giải quyết)",
				"Kết quả thực hiện công tác cải cách hành chính quý IV năm 2025 và nhiệm vụ trọng tâm quý I năm 2026",
				"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
				"Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính từ ngày 01/07/2025 đến ngày 16/09/2025, "
						+ "Ủy ban nhân dân phường Đông Sơn báo cáo Sở Nội vụ tổng hợp./.",
				"Căn cứ Kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh Hải Phòng");
	}

	/** The paper's words live in the bundles: no Vietnamese text in a string of the classes that write it. */
	@Test
	void theClassesThatWriteThePaperHoldNoVietnameseText() throws IOException {
		Pattern vietnamese = Pattern.compile("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		for (String file : new String[] { "QuarterlyReportDocument.java", "QuarterlyReport.java" }) {
			String code = Files.readString(Path.of("src/main/java/vn/motcua/reporting", file))
				.replaceAll("(?s)/\\*.*?\\*/", "")
				.replaceAll("(?m)//.*$", "");
			Matcher strings = Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"").matcher(code);
			while (strings.find()) {
				assertThat(vietnamese.matcher(strings.group()).find()).as(file + ": " + strings.group()).isFalse();
			}
		}
	}

	private QuarterlyReport report(String agency, LocalDate from, LocalDate to, String number, String signerTitle,
			Map<String, String> narrative) {
		return new QuarterlyReport(1, agency, from, to, 1, QuarterlyReport.Status.DRAFT, number, "Nguyễn Văn Hùng",
				signerTitle, narrative, null, null, null, null);
	}

	private String render(QuarterlyReport report) {
		OfficialDocument d = document.build(report, agencies.find(report.agencyCode()).orElseThrow(),
				LocalDate.of(2025, 10, 5));
		StringBuilder text = new StringBuilder("=== " + report.agencyCode() + " " + report.from() + " " + report.to() + "\n");
		text.append(d.parentBody()).append('\n').append(d.issuingBody()).append('\n').append(d.number()).append('\n')
			.append(d.place()).append('\n').append(d.title()).append('\n').append(d.summary()).append('\n');
		for (OfficialDocument.Section section : d.sections()) {
			text.append("## ").append(section.heading()).append('\n');
			for (OfficialDocument.Block block : section.blocks()) {
				if (block instanceof OfficialDocument.Paragraph p) {
					text.append(p.style()).append(": ").append(p.text()).append('\n');
				}
				else {
					text.append(block).append('\n');
				}
			}
		}
		for (OfficialDocument.Signature signature : d.signatures()) {
			text.append("signature: ").append(signature.authority()).append(" / ").append(signature.position())
				.append(" / ").append(signature.name()).append('\n');
		}
		d.recipients().forEach(r -> text.append("recipient: ").append(r).append('\n'));
		return text.toString();
	}

	private static String maskCatalogueCounts(String text) {
		Matcher lines = Pattern.compile("(?m)^BODY: - (Tổng số thủ tục hành chính|Niêm yết công khai danh mục).*$").matcher(text);
		StringBuilder masked = new StringBuilder();
		while (lines.find()) {
			lines.appendReplacement(masked, Matcher.quoteReplacement(lines.group().replaceAll("\\d+", "#")));
		}
		lines.appendTail(masked);
		return masked.toString();
	}
}
