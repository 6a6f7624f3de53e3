package vn.motcua.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each of the seven one-stop forms as the applicant and the officers read it: the header, the title, the dossier
 * data in exact Vietnamese, the signatures, and a QR code at the top left that opens the status page.
 */
class OneStopPapersTests {

	private final OneStopPapers forms = new OneStopPapers(new OfficialDocuments(new PdfRenderer()), messages());

	@Test
	void receiptMau01() throws IOException {
		try (PdfInspection pdf = inspect("mau-01-giay-tiep-nhan.pdf", forms.receipt(PaperMother.receipt()))) {
			assertHeader(pdf, "Số: 125/TN-TTPVHCC", "Thiên Phủ, ngày 26 tháng 11 năm 2026");
			assertThat(pdf.lines()).containsSubsequence("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
					"Mã hồ sơ: 14908-261126-0007",
					"Bộ phận tiếp nhận và trả kết quả: Trung tâm Phục vụ hành chính công xã Thiên Phủ",
					"Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung", "Số định danh cá nhân/tổ chức: 038190012345",
					"Địa chỉ: Thôn Đông Sơn, xã Thiên Phủ, tỉnh Thanh Hóa", "Số điện thoại: 0912 345 678",
					"Email: nhung.nguyen@example.vn", "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
					"1. Thành phần hồ sơ nộp gồm:", "STT Tên giấy tờ Bản chính/bản sao Số lượng",
					"1 Tờ khai đăng ký khai sinh Bản chính 01", "2 Giấy chứng sinh Bản chính 01",
					"3 Giấy chứng nhận kết hôn của cha, mẹ Bản sao chứng thực 01", "2. Số lượng hồ sơ: 01 bộ",
					"3. Thời gian giải quyết hồ sơ theo quy định: 01 ngày làm việc",
					"4. Thời gian nhận hồ sơ: 08 giờ 05 phút, ngày 26/11/2026",
					"5. Thời gian trả kết quả giải quyết hồ sơ: 08 giờ 05 phút, ngày 27/11/2026",
					"6. Đăng ký nhận kết quả tại: Trung tâm Phục vụ hành chính công xã Thiên Phủ",
					"7. Phí, lệ phí: 0 đồng (Miễn lệ phí đăng ký khai sinh đúng hạn)",
					"Vào Sổ theo dõi hồ sơ, Quyển số: 01/2026, Số thứ tự: 0007",
					"NGƯỜI NỘP HỒ SƠ NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký, ghi rõ họ tên) (Ký, ghi rõ họ tên)",
					"Nguyễn Thị Hồng Nhung Lê Thu Trang");
			assertThat(pdf.pages()).isEqualTo(1);
		}
	}

	@Test
	void supplementRequestMau02() throws IOException {
		try (PdfInspection pdf = inspect("mau-02-yeu-cau-bo-sung.pdf",
				forms.supplementRequest(PaperMother.supplementRequest()))) {
			assertHeader(pdf, "Số: 12/PBS-TTPVHCC", "Thiên Phủ, ngày 26 tháng 11 năm 2026");
			assertThat(pdf.lines()).containsSubsequence("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
					"Mã hồ sơ: 14908-261126-0007", "Hồ sơ của: Nguyễn Thị Hồng Nhung",
					"Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
					"Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:", "STT Nội dung cần bổ sung, hoàn thiện Lý do",
					"2 Văn bản ủy quyền Người nộp không phải cha, mẹ của trẻ", "NGƯỜI HƯỚNG DẪN", "Lê Thu Trang");
			assertThat(flat(pdf.text())).contains(flat("1 Giấy chứng sinh Bản nộp là bản chụp, không đọc được số giấy"),
					flat("Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với Lê Thu Trang, "
							+ "Bộ phận Một cửa, Trung tâm Phục vụ hành chính công xã Thiên Phủ, số điện thoại 0237 3888 999, để được hướng dẫn."));
		}
	}

	@Test
	void refusalMau03() throws IOException {
		try (PdfInspection pdf = inspect("mau-03-tu-choi.pdf", forms.refusal(PaperMother.refusal()))) {
			assertHeader(pdf, "Số: 03/PTC-TTPVHCC", "Thiên Phủ, ngày 26 tháng 11 năm 2026");
			assertThat(pdf.lines()).containsSubsequence("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
					"Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung",
					"Nội dung yêu cầu giải quyết: Cấp giấy phép xây dựng nhà ở riêng lẻ",
					"Xin thông báo cho Ông/Bà được biết và thực hiện./.", "NGƯỜI NỘP HỒ SƠ NGƯỜI TIẾP NHẬN HỒ SƠ");
			assertThat(flat(pdf.text())).contains(flat("Qua xem xét, Trung tâm Phục vụ hành chính công xã Thiên Phủ "
					+ "thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:"),
					flat("Thủ tục không thuộc thẩm quyền giải quyết của cấp xã theo Nghị định 118/2025/NĐ-CP."));
			assertThat(pdf.lines()).noneMatch(line -> line.startsWith("Mã hồ sơ"));
		}
	}

	@Test
	void apologyMau04() throws IOException {
		try (PdfInspection pdf = inspect("mau-04-xin-loi.pdf", forms.apology(PaperMother.apology()))) {
			assertHeader(pdf, "Số: 02/PXL-UBND", "Thiên Phủ, ngày 03 tháng 12 năm 2026");
			assertThat(pdf.lines()).containsSubsequence("PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
					"Mã hồ sơ: 14908-261126-0007", "Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung", "Xin trân trọng cảm ơn./.",
					"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trịnh Văn Hưởng", "Nơi nhận:", "- Như trên;", "- Lưu: VT.");
			String text = pdf.text().replaceAll("\\s+", " ");
			assertThat(text).contains("Ngày 26 tháng 11 năm 2026, Trung tâm Phục vụ hành chính công xã Thiên Phủ tiếp nhận",
					"là 16 giờ 30 phút, ngày 07/12/2026.",
					"Lý do: Cần xác minh nguồn gốc thửa đất với Văn phòng đăng ký đất đai",
					"hẹn lại thời gian trả kết quả giải quyết hồ sơ là 16 giờ 30 phút, ngày 10/12/2026.");
		}
	}

	@Test
	void stopMau05() throws IOException {
		try (PdfInspection pdf = inspect("mau-05-dung.pdf", forms.stop(PaperMother.stop()))) {
			assertHeader(pdf, "Số: 01/TB-TTPVHCC", "Thiên Phủ, ngày 30 tháng 11 năm 2026");
			assertThat(pdf.lines()).containsSubsequence("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
					"Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung", "Mã hồ sơ: 14908-261126-0007",
					"Thủ tục hành chính: Đăng ký khai sinh", "Thời gian nhận hồ sơ: 08 giờ 05 phút, ngày 26/11/2026",
					"Tình trạng hồ sơ khi dừng: Đang thẩm định",
					"Giấy tờ bản chính đã nộp: Trả lại Ông/Bà tại Trung tâm Phục vụ hành chính công",
					"Phí, lệ phí đã nộp: Không phát sinh", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trịnh Văn Hưởng");
			assertThat(pdf.text().replaceAll("\\s+", " ")).contains(
					"Ngày 27 tháng 11 năm 2026, Trung tâm Phục vụ hành chính công xã Thiên Phủ nhận được đề nghị dừng");
		}
	}

	@Test
	void processControlMau06() throws IOException {
		try (PdfInspection pdf = inspect("mau-06-kiem-soat.pdf", forms.processControl(PaperMother.processControl()))) {
			assertHeader(pdf, "Số: 125/PKS-TTPVHCC", "Thiên Phủ, ngày 27 tháng 11 năm 2026");
			assertThat(pdf.lines()).containsSubsequence("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
					"Mã hồ sơ: 14908-261126-0007",
					"(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả, mã hồ sơ: 14908-261126-0007)",
					"Cơ quan (bộ phận) giải quyết hồ sơ: Công chức Tư pháp - Hộ tịch",
					"Thời gian hẹn trả kết quả: 08 giờ 05 phút, ngày 27/11/2026");
			String text = pdf.text();
			assertThat(text).contains("1. Giao: Lê Thu Trang", "2. Nhận: Phạm Quốc Đạt", "Đúng hạn", "Trước hạn",
					"2. Nhận: Trịnh Văn Hưởng", "Trình ký");
		}
	}

	@Test
	void trackingBookMau07IsLandscape() throws IOException {
		try (PdfInspection pdf = inspect("mau-07-so-theo-doi.pdf", forms.trackingBook(PaperMother.trackingBook()),
				"https://motcua.thienphu.gov.vn/so-theo-doi")) {
			assertThat(pdf.pageSizeMillimetres()[0]).isGreaterThan(pdf.pageSizeMillimetres()[1]);
			assertThat(pdf.lines()).containsSubsequence("SỔ THEO DÕI HỒ SƠ", "Từ ngày 01/11/2026 đến ngày 30/11/2026");
			assertThat(pdf.text()).contains("14908-261126-0007", "14908-261126-0008", "08:05", "26/11/2026", "16:50");
			assertThat(pdf.textAsDrawn().replaceAll("\\s+", " ")).contains("Nguyễn Thị Hồng Nhung", "Đỗ Minh Khuê",
					"Chờ bổ sung", "Ký nhận", "Chứng thực bản sao từ bản chính", "Thôn Đông Sơn, 0912 345 678");
		}
	}

	@Test
	void formsRenderedAtTheSameTimeByManyOfficersStayIntact() throws Exception {
		ExecutorService counters = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> receipts = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				receipts.add(counters.submit(() -> forms.receipt(PaperMother.receipt())));
			}
			for (Future<byte[]> receipt : receipts) {
				try (PdfInspection pdf = PdfInspection.of(receipt.get(2, TimeUnit.MINUTES))) {
					assertThat(pdf.lines()).contains("Mã hồ sơ: 14908-261126-0007", "Nguyễn Thị Hồng Nhung Lê Thu Trang");
				}
			}
		}
		finally {
			counters.shutdownNow();
		}
	}

	@Test
	void aFormWithoutWhatItMustPrintIsRefused() {
		ReceiptPaper receipt = PaperMother.receipt();
		assertThatThrownBy(() -> new RefusalPaper(PaperMother.ISSUER, null, receipt.receivedAt().toLocalDate(),
				PaperMother.STATUS_URL, null, PaperMother.APPLICANT, PaperMother.PROCEDURE, " ", "Lê Thu Trang"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SupplementRequestPaper(PaperMother.ISSUER, null, receipt.receivedAt().toLocalDate(),
				PaperMother.STATUS_URL, null, PaperMother.APPLICANT, PaperMother.PROCEDURE, List.of(), null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static void assertHeader(PdfInspection pdf, String number, String placeAndDate) {
		// the issuing body is too long for its column and wraps, as on paper forms
		assertThat(String.join(" ", pdf.linesIn(0, 0, 0.455, 0.15)))
			.isEqualTo("UBND XÃ THIÊN PHỦ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG " + number);
		assertThat(pdf.linesIn(0.455, 0, 0.545, 0.15)).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc", placeAndDate);
	}

	private static PdfInspection inspect(String name, byte[] bytes) throws IOException {
		return inspect(name, bytes, PaperMother.STATUS_URL);
	}

	private static PdfInspection inspect(String name, byte[] bytes, String statusUrl) throws IOException {
		Files.createDirectories(Path.of("target/documents"));
		Files.write(Path.of("target/documents", name), bytes);
		PdfInspection pdf = PdfInspection.of(bytes);
		assertThat(pdf.qrTopLeft()).isEqualTo(statusUrl);
		assertThat(pdf.fontsNotEmbedded()).isEmpty();
		return pdf;
	}

	/** The text without any white space, to compare text that wraps inside table cells and paragraphs. */
	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/documents");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
