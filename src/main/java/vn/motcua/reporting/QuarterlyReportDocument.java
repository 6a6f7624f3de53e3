package vn.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.motcua.agency.Agency;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CatalogueSummary;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.ServiceLevel;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.OfficialDocument.Block;
import vn.motcua.documents.OfficialDocument.Paragraph;
import vn.motcua.documents.OfficialDocument.Section;
import vn.motcua.documents.OfficialDocument.Signature;
import vn.motcua.documents.OfficialDocuments;
import vn.motcua.dossier.DossierStatistics;
import vn.motcua.dossier.PeriodFigures;

/**
 * The quarterly report as an official document (Nghị định 30/2020): the officers' narrative in sections I–IV of the
 * seed report, with the figures of II.2 (catalogue and dossiers) and II.6 (online dossiers) written from the records.
 */
@Component
class QuarterlyReportDocument {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String[] QUARTERS = { "I", "II", "III", "IV" };

	private final Reports reports;

	private final Catalogue catalogue;

	private final DossierStatistics statistics;

	private final OfficialDocuments documents;

	QuarterlyReportDocument(Reports reports, Catalogue catalogue, DossierStatistics statistics,
			OfficialDocuments documents) {
		this.reports = reports;
		this.catalogue = catalogue;
		this.statistics = statistics;
		this.documents = documents;
	}

	byte[] pdf(QuarterlyReport report, Agency agency, LocalDate date) {
		return documents.pdf(build(report, agency, date));
	}

	byte[] docx(QuarterlyReport report, Agency agency, LocalDate date) {
		return documents.docx(build(report, agency, date));
	}

	/** The PDF and the DOCX of one report, its figures read once. */
	record Files(byte[] pdf, byte[] docx) {
	}

	Files both(QuarterlyReport report, Agency agency, LocalDate date) {
		OfficialDocument built = build(report, agency, date);
		return new Files(documents.pdf(built), documents.docx(built));
	}

	OfficialDocument build(QuarterlyReport report, Agency agency, LocalDate date) {
		PeriodFigures f = reports.dossiers(report.from(), report.to(), List.of(agency)).total();
		CatalogueSummary summary = catalogue.summary(report.to());
		List<Section> sections = new ArrayList<>();
		sections.add(narrative("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", report.text("direction")));
		sections.add(Section.of("II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"));
		sections.add(narrative("1. Cải cách thể chế", report.text("institutions")));
		List<Block> procedures = new ArrayList<>(paragraphs(report.text("procedures")));
		procedures.addAll(catalogueFigures(summary, unit(agency)));
		procedures.addAll(dossierFigures(f, unit(agency)));
		sections.add(new Section("2. Cải cách thủ tục hành chính (TTHC)", procedures));
		sections.add(narrative("3. Cải cách tổ chức bộ máy", report.text("organisation")));
		sections.add(narrative("4. Cải cách chế độ công vụ", report.text("civilService")));
		sections.add(narrative("5. Cải cách tài chính công", report.text("publicFinance")));
		List<Block> digital = new ArrayList<>(paragraphs(report.text("digitalGovernment")));
		digital.addAll(onlineFigures(report, agency, f));
		sections.add(new Section("6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", digital));
		sections.add(narrative("III. ĐÁNH GIÁ CHUNG", report.text("assessment")));
		sections.add(narrative("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM KỲ TỚI", report.text("nextTasks")));
		if (!report.text("proposals").isBlank()) {
			sections.add(narrative("V. KIẾN NGHỊ, ĐỀ XUẤT", report.text("proposals")));
		}
		String title = report.signerTitle() == null ? "CHỦ TỊCH" : report.signerTitle();
		return new OfficialDocument("ỦY BAN NHÂN DÂN", agency.name().toUpperCase(java.util.Locale.forLanguageTag("vi")),
				report.number() == null ? "      /BC-UBND" : report.number(), place(agency), date, "BÁO CÁO",
				"Kết quả thực hiện công tác cải cách hành chính " + periodLabel(report.from(), report.to()), sections,
				List.of(new Signature(title.startsWith("PHÓ") ? "KT. CHỦ TỊCH" : "TM. ỦY BAN NHÂN DÂN", title, null,
						report.signerName())),
				List.of("Sở Nội vụ (để b/c);", "TT Đảng ủy, HĐND xã;", "CT, các PCT UBND xã;", "Lưu: VT."), null, false);
	}

	private static List<Block> catalogueFigures(CatalogueSummary s, String unit) {
		return List.of(Paragraph.body("- Tổng số thủ tục hành chính thực hiện tại " + unit + " là " + s.total()
				+ " thủ tục, trong đó trực tuyến toàn trình: " + s.byServiceLevel().FULL_ONLINE()
				+ " thủ tục; trực tuyến một phần: " + s.byServiceLevel().PARTIAL_ONLINE() + " thủ tục; trực tiếp: "
				+ s.byServiceLevel().IN_PERSON() + " thủ tục. Số TTHC có yêu cầu thu phí, lệ phí: " + s.withFees().total()
				+ " thủ tục, trong đó trực tuyến toàn trình: " + s.withFees().FULL_ONLINE() + " thủ tục; trực tuyến một phần: "
				+ s.withFees().PARTIAL_ONLINE() + " thủ tục; trực tiếp: " + s.withFees().IN_PERSON() + " thủ tục."),
				Paragraph.body("- Niêm yết công khai danh mục " + s.feeExempt() + " TTHC miễn thu phí, lệ phí."));
	}

	private static List<Block> dossierFigures(PeriodFigures f, String unit) {
		List<Block> lines = new ArrayList<>();
		lines.add(Paragraph.body("- Trong kỳ báo cáo (từ ngày " + DAY.format(f.from()) + " đến ngày " + DAY.format(f.to())
				+ "), tồn kỳ trước chuyển sang " + f.carriedOver() + " hồ sơ; Trung tâm phục vụ hành chính công " + unit + " đã tiếp nhận "
				+ f.received().total() + " hồ sơ thủ tục hành chính của tổ chức, cá nhân, trong đó trực tuyến: "
				+ f.received().online() + " hồ sơ; trực tiếp: " + f.received().direct() + " hồ sơ; qua dịch vụ bưu chính: "
				+ f.received().postal() + " hồ sơ. Kết quả giải quyết như sau:"));
		lines.add(Paragraph.line("- Hồ sơ đã giải quyết: " + f.resolved().total() + " hồ sơ"));
		lines.add(Paragraph.line("+ Trước hạn: " + f.resolved().early() + " hồ sơ."));
		lines.add(Paragraph.line("+ Đúng hạn: " + f.resolved().onTime() + " hồ sơ."));
		lines.add(Paragraph.line("+ Quá hạn: " + f.resolved().late() + " hồ sơ."));
		lines.add(Paragraph.line("- Hồ sơ dừng giải quyết theo đề nghị của người nộp: " + f.stopped() + " hồ sơ."));
		lines.add(Paragraph.line("- Hồ sơ đang giải quyết: " + f.inProgress().total() + " hồ sơ"));
		lines.add(Paragraph.line("+ Trong hạn: " + f.inProgress().withinTime() + " hồ sơ."));
		lines.add(Paragraph.line("+ Quá hạn: " + f.inProgress().overdue() + " hồ sơ."));
		lines.add(Paragraph.line("- Hồ sơ chờ bổ sung: " + f.awaitingSupplement() + " hồ sơ."));
		lines.add(Paragraph.line("- Tỷ lệ trước hạn và đúng hạn đạt "
				+ (f.onTimeRate() == null ? "— (không có hồ sơ đã giải quyết)" : percent(f.onTimeRate()) + " %.")));
		lines.add(Paragraph.line("- Đã số hóa " + f.digitized() + "/" + f.resolved().total() + " hồ sơ đã giải quyết"
				+ (f.resolved().total() == 0 ? "." : ", đạt tỷ lệ " + percent(rate(f.digitized(), f.resolved().total())) + " %.")));
		lines.add(Paragraph.line("- Hồ sơ gia hạn có văn bản xin lỗi: " + f.extended() + " hồ sơ; từ chối tiếp nhận: "
				+ f.refusedAtIntake() + " hồ sơ."));
		return lines;
	}

	private List<Block> onlineFigures(QuarterlyReport report, Agency agency, PeriodFigures f) {
		long full = 0;
		long partial = 0;
		for (Map.Entry<Long, Long> entry : statistics
			.onlineReceivedByVersion(report.from(), report.to(), List.of(agency.code())).entrySet()) {
			ServiceLevel level = catalogue.version(entry.getKey()).map(ProcedureVersion::serviceLevel).orElse(null);
			if (level == ServiceLevel.FULL_ONLINE) {
				full += entry.getValue();
			}
			else {
				partial += entry.getValue();
			}
		}
		List<Block> lines = new ArrayList<>();
		lines.add(Paragraph.line("- Số hồ sơ TTHC dịch vụ công trực tuyến một phần: " + partial + " hồ sơ."));
		lines.add(Paragraph.line("- Số hồ sơ TTHC dịch vụ công trực tuyến toàn trình: " + full + " hồ sơ."));
		lines.add(Paragraph.line("- Tỷ lệ hồ sơ nộp trực tuyến: " + f.received().online() + "/" + f.received().total()
				+ (f.received().total() == 0 ? "." : " hồ sơ, đạt " + percent(rate(f.received().online(), f.received().total())) + " %.")));
		return lines;
	}

	static String periodLabel(LocalDate from, LocalDate to) {
		boolean quarter = from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0
				&& to.equals(from.plusMonths(3).minusDays(1));
		return quarter ? "quý " + QUARTERS[(from.getMonthValue() - 1) / 3] + " năm " + from.getYear()
				: "từ ngày " + DAY.format(from) + " đến ngày " + DAY.format(to);
	}

	/** How the report names the unit in running text: xã, phường or đặc khu. */
	static String unit(Agency agency) {
		return switch (agency.kind()) {
			case COMMUNE -> "xã";
			case WARD -> "phường";
			case SPECIAL_ZONE -> "đặc khu";
		};
	}

	static String place(Agency agency) {
		return agency.name().replaceFirst("^(Xã|Phường|Đặc khu)\\s+", "");
	}

	private static Section narrative(String heading, String text) {
		return new Section(heading, paragraphs(text));
	}

	private static List<Block> paragraphs(String text) {
		List<Block> blocks = new ArrayList<>();
		if (text == null) {
			return blocks;
		}
		for (String paragraph : text.split("\\R+")) {
			if (!paragraph.isBlank()) {
				blocks.add(Paragraph.body(paragraph.strip()));
			}
		}
		return blocks;
	}

	private static BigDecimal rate(long part, long whole) {
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

	private static String percent(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString().replace('.', ',');
	}
}
