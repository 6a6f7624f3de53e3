package vn.motcua.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.documents.HandOver.Timeliness;
import vn.motcua.documents.SubmittedDocument.CopyKind;

/** The forms of one dossier of the test commune (Xã Thiên Phủ), from receipt to the tracking book. */
final class PaperMother {

	static final String CODE = "14908-261126-0007";

	static final String STATUS_URL = "https://motcua.thienphu.gov.vn/public/ho-so/14908-261126-0007";

	static final PaperIssuer ISSUER = new PaperIssuer("UBND XÃ THIÊN PHỦ", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
			"Trung tâm Phục vụ hành chính công xã Thiên Phủ", "Thiên Phủ");

	static final PaperApplicant APPLICANT = new PaperApplicant("Nguyễn Thị Hồng Nhung", "038190012345",
			"Thôn Đông Sơn, xã Thiên Phủ, tỉnh Thanh Hóa", "0912 345 678", "nhung.nguyen@example.vn");

	static final String PROCEDURE = "Đăng ký khai sinh";

	static final PaperSigner LEADER = new PaperSigner("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trịnh Văn Hưởng");

	private PaperMother() {
	}

	static ReceiptPaper receipt() {
		return new ReceiptPaper(ISSUER, "125/TN-TTPVHCC", STATUS_URL, CODE, APPLICANT, null, null, PROCEDURE,
				List.of(new SubmittedDocument("Tờ khai đăng ký khai sinh", CopyKind.ORIGINAL, 1),
						new SubmittedDocument("Giấy chứng sinh", CopyKind.ORIGINAL, 1),
						new SubmittedDocument("Giấy chứng nhận kết hôn của cha, mẹ", CopyKind.CERTIFIED_COPY, 1)),
				1, "01 ngày làm việc", LocalDateTime.of(2026, 11, 26, 8, 5), LocalDateTime.of(2026, 11, 27, 8, 5),
				"Trung tâm Phục vụ hành chính công xã Thiên Phủ", BigDecimal.ZERO,
				"Miễn lệ phí đăng ký khai sinh đúng hạn", "01/2026", "0007", "Lê Thu Trang");
	}

	static SupplementRequestPaper supplementRequest() {
		return new SupplementRequestPaper(ISSUER, "12/PBS-TTPVHCC", LocalDate.of(2026, 11, 26), STATUS_URL, CODE,
				APPLICANT, PROCEDURE,
				List.of(new MissingItem("Giấy chứng sinh", "Bản nộp là bản chụp, không đọc được số giấy"),
						new MissingItem("Văn bản ủy quyền", "Người nộp không phải cha, mẹ của trẻ")),
				"Lê Thu Trang", "0237 3888 999");
	}

	static RefusalPaper refusal() {
		return new RefusalPaper(ISSUER, "03/PTC-TTPVHCC", LocalDate.of(2026, 11, 26), STATUS_URL, null, APPLICANT,
				"Cấp giấy phép xây dựng nhà ở riêng lẻ",
				"Thủ tục không thuộc thẩm quyền giải quyết của cấp xã theo Nghị định 118/2025/NĐ-CP.", "Lê Thu Trang");
	}

	static ApologyPaper apology() {
		return new ApologyPaper(ISSUER, "02/PXL-UBND", LocalDate.of(2026, 12, 3), STATUS_URL, CODE, APPLICANT,
				"Chứng thực hợp đồng chuyển nhượng quyền sử dụng đất", LocalDateTime.of(2026, 11, 26, 8, 5),
				LocalDateTime.of(2026, 12, 7, 16, 30), "Cần xác minh nguồn gốc thửa đất với Văn phòng đăng ký đất đai",
				LocalDateTime.of(2026, 12, 10, 16, 30), LEADER);
	}

	static StopNoticePaper stop() {
		return new StopNoticePaper(ISSUER, "01/TB-TTPVHCC", LocalDate.of(2026, 11, 30), STATUS_URL, CODE, APPLICANT,
				PROCEDURE, LocalDateTime.of(2026, 11, 26, 8, 5), LocalDateTime.of(2026, 11, 27, 9, 40),
				"nộp trực tiếp tại Trung tâm", "Đang thẩm định", "Trả lại Ông/Bà tại Trung tâm Phục vụ hành chính công",
				"Không phát sinh", LEADER);
	}

	static ProcessControlPaper processControl() {
		return new ProcessControlPaper(ISSUER, "125/PKS-TTPVHCC", LocalDate.of(2026, 11, 27), STATUS_URL, CODE,
				APPLICANT.name(), PROCEDURE, "Công chức Tư pháp - Hộ tịch", null, LocalDateTime.of(2026, 11, 26, 8, 5),
				LocalDateTime.of(2026, 11, 27, 8, 5), null, Timeliness.EARLY,
				List.of(new HandOver("Trung tâm Phục vụ hành chính công", "Lê Thu Trang", "Phạm Quốc Đạt",
						LocalDateTime.of(2026, 11, 26, 8, 20), Timeliness.ON_TIME, null),
						new HandOver("Công chức Tư pháp - Hộ tịch", "Phạm Quốc Đạt", "Trịnh Văn Hưởng",
								LocalDateTime.of(2026, 11, 26, 14, 0), Timeliness.EARLY, "Trình ký"),
						new HandOver("Lãnh đạo UBND xã", "Trịnh Văn Hưởng", "Lê Thu Trang",
								LocalDateTime.of(2026, 11, 26, 16, 45), Timeliness.EARLY, null)));
	}

	static TrackingBookPaper trackingBook() {
		return new TrackingBookPaper(ISSUER, null, LocalDate.of(2026, 11, 30), "https://motcua.thienphu.gov.vn/so-theo-doi",
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
				List.of(new TrackingBookEntry(1, CODE, PROCEDURE, APPLICANT.name(), "Thôn Đông Sơn, 0912 345 678",
						"UBND xã Thiên Phủ", LocalDateTime.of(2026, 11, 26, 8, 5), LocalDateTime.of(2026, 11, 27, 8, 5),
						null, LocalDateTime.of(2026, 11, 26, 16, 50), "Trực tiếp", Timeliness.EARLY, null),
						new TrackingBookEntry(2, "14908-261126-0008", "Chứng thực bản sao từ bản chính", "Đỗ Minh Khuê",
								"Thôn Bắc Giang, 0987 111 222", "UBND xã Thiên Phủ", LocalDateTime.of(2026, 11, 26, 9, 15),
								LocalDateTime.of(2026, 11, 26, 11, 15), null, null, "Dịch vụ bưu chính", null, "Chờ bổ sung")));
	}
}
