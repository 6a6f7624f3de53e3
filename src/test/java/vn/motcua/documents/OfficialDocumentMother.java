package vn.motcua.documents;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.documents.OfficialDocument.Paragraph;
import vn.motcua.documents.OfficialDocument.Section;
import vn.motcua.documents.OfficialDocument.Signature;
import vn.motcua.documents.OfficialDocument.Table;

/** A quarterly report of the test commune, shaped like the seed report (sections, a figures table, signature). */
final class OfficialDocumentMother {

	static final String STATUS_URL = "https://motcua.thienphu.gov.vn/public/bao-cao/2026-Q4";

	private OfficialDocumentMother() {
	}

	static OfficialDocument quarterlyReport() {
		return quarterlyReport(STATUS_URL);
	}

	/** The report with {@code qrUrl} in its QR code (a signed paper's verification page). */
	static OfficialDocument quarterlyReport(String qrUrl) {
		return new OfficialDocument("UBND XÃ THIÊN PHỦ", "VĂN PHÒNG HĐND VÀ UBND", "31/BC-UBND", "Thiên Phủ",
				LocalDate.of(2026, 11, 26), "Báo cáo",
				"Công tác cải cách hành chính quý IV năm 2026",
				List.of(Section.of("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
						Paragraph.body("Ủy ban nhân dân xã đã ban hành kế hoạch cải cách hành chính năm 2026 và "
								+ "triển khai đầy đủ các nhiệm vụ được giao; người đứng đầu trực tiếp chỉ đạo, kiểm tra."),
						Paragraph.body("Tổ chức tuyên truyền trên hệ thống truyền thanh xã.")),
						Section.of("II. KẾT QUẢ THỰC HIỆN",
								Paragraph.field("Tổng số hồ sơ tiếp nhận:", "529 hồ sơ."),
								new Table(List.of("Chỉ tiêu", "Số hồ sơ", "Tỷ lệ"),
										List.of(List.of("Giải quyết đúng hạn", "477", "90,2%"),
												List.of("Giải quyết quá hạn", "21", "4,0%"),
												List.of("Đang giải quyết", "31", "5,8%")),
										List.of(6, 2, 2))),
						Section.of("III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ I NĂM 2027",
								Paragraph.body("Tiếp tục số hóa hồ sơ, kết quả giải quyết thủ tục hành chính."))),
				List.of(new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", null, "Lê Thị Ngọc Ánh")),
				List.of("- Sở Nội vụ (để b/c);", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT."), qrUrl, false);
	}
}
