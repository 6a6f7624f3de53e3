package vn.motcua.documents;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.documents.OfficialDocument.Paragraph;
import vn.motcua.documents.OfficialDocument.Section;
import vn.motcua.documents.OfficialDocument.Signature;
import vn.motcua.documents.OfficialDocument.Table;

/** A small document using every style and all four fonts, rendered once to warm the renderer. */
final class WarmUpDocument {

	private WarmUpDocument() {
	}

	static OfficialDocument sample() {
		return new OfficialDocument("ỦY BAN NHÂN DÂN", "XÃ MẪU", "01/TB-UBND", "Mẫu", LocalDate.of(2026, 1, 1),
				"THÔNG BÁO", "Về việc khởi động",
				List.of(Section.of("I. NỘI DUNG", Paragraph.body("Đoạn văn ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự đĐ."),
						Paragraph.field("Nhãn:", "giá trị"), Paragraph.note("(ghi chú)"),
						new Table(List.of("A", "B"), List.of(List.of("1", "2")), List.of()))),
				List.of(new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Ký, ghi rõ họ tên)", "Nguyễn Văn A")),
				List.of("- Lưu: VT."), "https://example.invalid/warm-up", false);
	}
}
