package vn.motcua.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotCuaTest;
import vn.motcua.agency.NoticeSigning;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.SubmissionChannel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every one-stop form (Mẫu 01–07) rendered for dossiers of the demo commune (Xã Thiên Phủ, 14908) and read back as
 * text: who signs with which authority, the number from the register and the date of the act, “Kính gửi: Ông/Bà”, no
 * doubled words, no date split by a line break, and on 06/07 both due dates with the report's timeliness word for a
 * dossier extended with apology and still resolved after the original due date (issue 13, items 5–7).
 */
@MotCuaTest
class DossierPapersTests {

	static final OffsetDateTime MONDAY = OffsetDateTime.parse("2025-09-08T09:00:00+07:00");

	@Autowired
	Dossiers dossiers;

	@Autowired
	DossierPapers forms;

	@Autowired
	NoticeSigning signing;

	@Autowired
	OfficerAccounts officers;

	@BeforeEach
	void theCommuneHasItsSigners() {
		long leader = officers.findByUsername("lanhdao").orElseThrow().id();
		officers.setPosition(leader, "Phó Chủ tịch");
		signing.save("14908", new NoticeSigning.Setup(NoticeSigning.Paper.APOLOGY, NoticeSigning.Authority.TM, "lanhdao"));
		signing.save("14908", new NoticeSigning.Setup(NoticeSigning.Paper.STOP_NOTICE, NoticeSigning.Authority.HEAD, null));
	}

	/** Received Mon 08/09/2025, due Thu 11/09; extended to 16/09 on 09/09; approved on 12/09 (late); returned 13/09. */
	private Dossier extendedLate() {
		Dossier d = received("Thủ tục đăng ký khai sinh");
		d.assign("chuyenvien", MONDAY.plusHours(1), "tiepnhan");
		d.extend(LocalDate.of(2025, 9, 16), "Cần xác minh thông tin nơi sinh", true, MONDAY.plusDays(1), "lanhdao");
		d.propose(Decision.APPROVED, "Đủ điều kiện", "lanhdao", MONDAY.plusDays(4), "chuyenvien");
		d.decide(Decision.APPROVED, null, MONDAY.plusDays(4).plusHours(2), "lanhdao");
		d.attachResult("Giấy khai sinh", UUID.randomUUID(), MONDAY.plusDays(4).plusHours(3), "tiepnhan");
		d.returnResult("COUNTER", MONDAY.plusDays(5), "tiepnhan");
		return saved(d);
	}

	private static Dossier received(String procedure) {
		Dossier d = Dossier.submitted("14908", new ProcedureSnapshot("1.001193", null, procedure,
				TimeLimit.workingDays(3), SupplementPolicy.RESTART, LocalTime.of(15, 0)), SubmissionChannel.DIRECT, false,
				new Applicant("Nguyễn Văn An", "038095000123", "0912345678", "Thôn 1, xã Thiên Phủ", null, null),
				List.of(new DossierDocument(DossierDocument.Kind.COMPONENT, "Tờ khai đăng ký khai sinh", true, 1, null)),
				MONDAY, "tiepnhan");
		d.accept(MONDAY, "tiepnhan", LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 11),
				OffsetDateTime.parse("2025-09-11T17:00:00+07:00"), 0);
		return d;
	}

	private Dossier saved(Dossier d) {
		dossiers.insert(d, LocalDate.of(2025, 9, 8), UUID.randomUUID());
		return d;
	}

	@Test
	void theApologyIsSignedForTheCommitteeByTheSignerSetUpWithANumberAndTheDateOfTheExtension() {
		Dossier d = extendedLate();
		String text = text(forms.issue(d, OneStopPaper.APOLOGY, "tiepnhan"));
		assertThat(text.replaceAll("\\s+", " ")).startsWith("ỦY BAN NHÂN DÂN XÃ THIÊN PHỦ");
		assertThat(lines(text)).containsSubsequence("Thiên Phủ, ngày 09 tháng 9 năm 2025",
				"Kính gửi: Ông/Bà Nguyễn Văn An", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
				"Cán bộ lanhdao");
		assertThat(text).containsPattern("Số: \\d{2,}/PXL-UBND");
		String flat = text.replaceAll("\\s+", " ");
		assertThat(flat).contains("đề nghị giải quyết “Thủ tục đăng ký khai sinh” của Ông/Bà Nguyễn Văn An")
			.doesNotContain("thủ tục hành chính “Thủ tục").doesNotContain("Cán bộ tiepnhan");
		assertNoSplitDate(text);
		assertThat(flat).contains("ngày 11/09/2025.", "ngày 16/09/2025.");
		String again = text(forms.issue(d, OneStopPaper.APOLOGY, "tiepnhan"));
		assertThat(number(again)).as("a later print keeps the number").isEqualTo(number(text));
	}

	@Test
	void theStopNoticeIsSignedByTheCentresDirectorNotTheReceivingOfficerAndDatedOnTheStop() {
		Dossier d = received("Đăng ký khai sinh");
		d.requestWithdrawal(vn.motcua.shared.SubmissionChannel.DIRECT, "Người nộp xin rút hồ sơ",
				MONDAY.plusDays(2).plusHours(1), "tiepnhan");
		d.stop(MONDAY.plusDays(2).plusHours(1), "tiepnhan");
		saved(d);
		String text = text(forms.issue(d, OneStopPaper.STOP_NOTICE, "tiepnhan"));
		assertThat(lines(text)).containsSubsequence("Thiên Phủ, ngày 10 tháng 9 năm 2025", "Kính gửi: Ông/Bà Nguyễn Văn An",
				"GIÁM ĐỐC").doesNotContain("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Cán bộ tiepnhan");
		assertThat(text).containsPattern("Số: \\d{2,}/TB-TTPVHCC");
		assertThat(text.replaceAll("\\s+", " ")).contains("qua hình thức trực tiếp").doesNotContain("Xã Thiên Phủ nhận");
	}

	@Test
	void twoNoticesNeverShareANumber() {
		Dossier one = extendedLate();
		Dossier two = extendedLate();
		String first = number(text(forms.issue(one, OneStopPaper.APOLOGY, "tiepnhan")));
		String second = number(text(forms.issue(two, OneStopPaper.APOLOGY, "tiepnhan")));
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void processControlShowsBothDatesTheReportsVerdictUnitsAndEveryReceiver() {
		Dossier d = extendedLate();
		assertThat(Timeliness.of(d)).as("the report's rule").isEqualTo(Timeliness.LATE);
		String text = text(forms.issue(d, OneStopPaper.PROCESS_CONTROL, "tiepnhan"));
		String flat = text.replaceAll("\\s+", " ");
		assertThat(flat).contains("Thời gian hẹn trả kết quả: 17 giờ 00 phút, ngày 11/09/2025",
				"Thời gian hẹn trả kết quả sau gia hạn (Mẫu 04): 17 giờ 00 phút, ngày 16/09/2025",
				"Kết quả giải quyết hồ sơ: Quá hạn", "Cơ quan (bộ phận) giải quyết hồ sơ: Ủy ban nhân dân xã Thiên Phủ",
				"Trung tâm Phục vụ hành chính công xã Thiên Phủ", "Số hóa kết quả", "2. Nhận: Nguyễn Văn An")
			.doesNotContain("Lãnh đạo ").doesNotContain("Chuyên viên xử lý").doesNotContain("Nhận: …")
			.doesNotContain("Xã Thiên Phủ");
		assertNoSplitDate(text);
	}

	@Test
	void theTrackingBookShowsBothDatesTheReportsVerdictAndTheDeliveryMethod() {
		Dossier d = extendedLate();
		Dossier open = saved(received("Đăng ký khai sinh"));
		String text = text(forms.trackingBook("14908", List.of("14908"), LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 8)));
		String flat = text.replaceAll("\\s+", " ");
		assertThat(flat).contains(d.code(), open.code(), "Gia hạn: 16/09/2025", "Quá hạn", "Trả tại Bộ phận Một cửa",
				"Trực tiếp tại Bộ phận Một cửa");
		assertNoSplitDate(text);
	}

	@Test
	void theReceiptAndTheSupplementRequestReadAsVietnameseWrites() {
		Dossier d = extendedLate();
		String receipt = text(forms.issue(d, OneStopPaper.RECEIPT, "tiepnhan")).replaceAll("\\s+", " ");
		assertThat(receipt).contains("6. Đăng ký nhận kết quả tại: Bộ phận Một cửa").doesNotContain("tại: Tại");

		Dossier waiting = received("Đăng ký khai sinh");
		waiting.assign("chuyenvien", MONDAY.plusHours(1), "tiepnhan");
		waiting.requestSupplement("Bản sao giấy chứng sinh", "Bản nộp không đọc được", 2, null, MONDAY.plusHours(3),
				"chuyenvien");
		saved(waiting);
		String request = text(forms.issue(waiting, OneStopPaper.SUPPLEMENT_REQUEST, "tiepnhan")).replaceAll("\\s+", " ");
		assertThat(request).contains("liên hệ với Cán bộ chuyenvien, Bộ phận Một cửa, Trung tâm Phục vụ hành chính công xã Thiên Phủ")
			.doesNotContain("số điện thoại …");
	}

	@Test
	void theRefusalAtIntakeIsSignedByTheReceivingOfficerAndNamesTheCentre() {
		Dossier refused = Dossier.submitted("14908", new ProcedureSnapshot("1.001193", null, "Thủ tục đăng ký khai sinh",
				TimeLimit.workingDays(3), SupplementPolicy.RESTART, LocalTime.of(15, 0)), SubmissionChannel.DIRECT, false,
				new Applicant("Lê Văn Bình", "038095000456", "0912345679", "Thôn 3, xã Thiên Phủ", null, null), List.of(),
				MONDAY, "tiepnhan");
		refused.decline(DossierStatus.REFUSED_AT_INTAKE, "Thủ tục không thuộc thẩm quyền của cấp xã", MONDAY, "tiepnhan");
		saved(refused);
		String text = text(forms.issue(refused, OneStopPaper.REFUSAL, "tiepnhan"));
		assertThat(lines(text)).containsSubsequence("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "NGƯỜI NỘP HỒ SƠ",
				"NGƯỜI TIẾP NHẬN HỒ SƠ").doesNotContain("TM. ỦY BAN NHÂN DÂN");
		assertThat(text.replaceAll("\\s+", " ")).contains("Trung tâm Phục vụ hành chính công xã Thiên Phủ thông báo không tiếp nhận")
			.doesNotContain("Xã Thiên Phủ thông báo");
		assertNoSplitDate(text);
	}

	private static final Pattern SPLIT_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}\\s*\\n\\s*/?\\d{2,4}|\\d{1,2}/\\s*\\n");

	private static void assertNoSplitDate(String text) {
		assertThat(SPLIT_DATE.matcher(text).find()).as("a date split by a line break in:\n" + text).isFalse();
	}

	private static String number(String text) {
		var m = Pattern.compile("Số: (\\S+)").matcher(text);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	private static List<String> lines(String text) {
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
