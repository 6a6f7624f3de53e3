package vn.motcua.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generic official document as PDF and DOCX: what a reader sees in the Nghị định 30/2020 layout. */
class OfficialDocumentsTests {

	private final OfficialDocuments documents = new OfficialDocuments(new PdfRenderer());

	@Test
	void pdfIsAnA4DocumentWithTheNationalMottoHeaderTitleBodyAndSignature() throws IOException {
		byte[] pdf = documents.pdf(OfficialDocumentMother.quarterlyReport());
		Files.createDirectories(Path.of("target/documents"));
		Files.write(Path.of("target/documents/bao-cao.pdf"), pdf);

		try (PdfInspection inspection = PdfInspection.of(pdf)) {
			assertThat(inspection.pageSizeMillimetres()[0]).isBetween(209f, 211f);
			assertThat(inspection.pageSizeMillimetres()[1]).isBetween(296f, 298f);
			assertThat(inspection.linesIn(0, 0, 0.455, 0.15)).containsSubsequence("UBND XÃ THIÊN PHỦ",
					"VĂN PHÒNG HĐND VÀ UBND", "Số: 31/BC-UBND");
			assertThat(inspection.linesIn(0.455, 0, 0.545, 0.15)).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "Thiên Phủ, ngày 26 tháng 11 năm 2026");
			List<String> lines = inspection.lines();
			assertThat(lines).containsSubsequence("BÁO CÁO", "Công tác cải cách hành chính quý IV năm 2026",
					"I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
					"Tổ chức tuyên truyền trên hệ thống truyền thanh xã.",
					"II. KẾT QUẢ THỰC HIỆN", "Tổng số hồ sơ tiếp nhận: 529 hồ sơ.", "Chỉ tiêu Số hồ sơ Tỷ lệ",
					"Giải quyết đúng hạn 477 90,2%", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ I NĂM 2027",
					"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Thị Ngọc Ánh", "Nơi nhận:", "- Sở Nội vụ (để b/c);",
					"- Lưu: VT.");
			assertThat(inspection.qrTopLeft()).isEqualTo(OfficialDocumentMother.STATUS_URL);
			assertThat(inspection.fontsNotEmbedded()).isEmpty();
			assertThat(inspection.fontNames()).allMatch(name -> name.contains("LiberationSerif"));
			assertThat(inspection.xmpMetadata()).as("PDF/A-3u for archiving").contains("pdfaid:part")
				.containsPattern("pdfaid:part(>|=\"|=')3");
		}
	}

	@Test
	void decomposedInputIsPrintedComposed() {
		OfficialDocument report = OfficialDocumentMother.quarterlyReport();
		String decomposed = Normalizer.normalize("Nguyễn Thị Hồng Đào", Normalizer.Form.NFD);
		OfficialDocument signedByDecomposedName = new OfficialDocument(report.parentBody(), report.issuingBody(),
				report.number(), report.place(), report.date(), report.title(), report.summary(), report.sections(),
				List.of(new OfficialDocument.Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", null, decomposed)),
				report.recipients(), null, false);

		try (PdfInspection inspection = PdfInspection.of(documents.pdf(signedByDecomposedName))) {
			assertThat(inspection.lines()).contains("Nguyễn Thị Hồng Đào");
		}
	}

	@Test
	void docxHoldsTheSameText() throws IOException {
		byte[] docx = documents.docx(OfficialDocumentMother.quarterlyReport());
		Files.createDirectories(Path.of("target/documents"));
		Files.write(Path.of("target/documents/bao-cao.docx"), docx);

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			List<String> lines = extractor.getText().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
			assertThat(lines.get(0)).isEqualTo(String.join("\t", "UBND XÃ THIÊN PHỦ", "VĂN PHÒNG HĐND VÀ UBND",
					"Số: 31/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Thiên Phủ, ngày 26 tháng 11 năm 2026"));
			assertThat(lines).containsSubsequence("BÁO CÁO",
					"Công tác cải cách hành chính quý IV năm 2026", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
					"Tổng số hồ sơ tiếp nhận: 529 hồ sơ.", "Giải quyết đúng hạn\t477\t90,2%", "TM. ỦY BAN NHÂN DÂN\tCHỦ TỊCH\tLê Thị Ngọc Ánh",
					"Nơi nhận:", "- Lưu: VT.");
			assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
		}
	}
}
