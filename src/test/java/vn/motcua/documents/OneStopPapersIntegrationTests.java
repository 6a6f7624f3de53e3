package vn.motcua.documents;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms as other modules get them from the application: Vietnamese wording from the application's bundles. */
@MotCuaTest
class OneStopPapersIntegrationTests {

	@Autowired
	OneStopPapers forms;

	@Autowired
	OfficialDocuments documents;

	@Test
	void theApplicationRendersTheReceiptInVietnamese() {
		try (PdfInspection pdf = PdfInspection.of(forms.receipt(PaperMother.receipt()))) {
			assertThat(pdf.lines()).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: 14908-261126-0007",
					"4. Thời gian nhận hồ sơ: 08 giờ 05 phút, ngày 26/11/2026");
			assertThat(pdf.qrTopLeft()).isEqualTo(PaperMother.STATUS_URL);
		}
	}

	@Test
	void theApplicationRendersOfficialDocuments() {
		try (PdfInspection pdf = PdfInspection.of(documents.pdf(OfficialDocumentMother.quarterlyReport()))) {
			assertThat(pdf.lines()).contains("BÁO CÁO", "Lê Thị Ngọc Ánh");
		}
	}
}
