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

	private final List<SatisfactionSignals> citizens;

	QuarterlyReportDocument(Reports reports, Catalogue catalogue, DossierStatistics statistics,
			OfficialDocuments documents, List<SatisfactionSignals> citizens) {
		this.citizens = citizens;
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

	/**
	 * The report as the seed lays it out: the summary “Kết quả thực hiện công tác cải cách hành chính quý III và nhiệm
	 * vụ trọng tâm quý IV năm 2025”, the opening “Căn cứ…”, sections I–IV with the figures of the records, the closing
	 * “Trên đây là báo cáo…”, the signature and the “Nơi nhận” list ending with “Lưu: VT, &lt;drafting unit&gt;.”
	 * (Nghị định 30/2020/NĐ-CP Phụ lục I). The narrative and the recipients are the officers'; the figures are not
	 * editable: they are read from the records each time the report is rendered, and frozen when it is made final.
	 */
	OfficialDocument build(QuarterlyReport report, Agency agency, LocalDate date) {
		PeriodFigures f = reports.dossiers(report.from(), report.to(), List.of(agency)).total();
		CatalogueSummary summary = catalogue.summary(report.to());
		String committee = "Ủy ban nhân dân " + unit(agency) + " " + place(agency);
		List<Section> sections = new ArrayList<>();
		List<Block> opening = paragraphs(report.text("basis"));
		if (opening.isEmpty()) {
			opening = List.of(Paragraph.body("Căn cứ Kế hoạch cải cách hành chính năm " + report.to().getYear() + " của Ủy ban nhân dân tỉnh "
					+ agency.provinceName().replaceFirst("^(Tỉnh|Thành phố)\\s+", "") + " và Kế hoạch cải cách hành chính năm "
					+ report.to().getYear() + " của " + committee + ", " + committee + " báo cáo "
					+ openingScope(report.from(), report.to()) + " với các nội dung cụ thể, như sau:"));
		}
		sections.add(new Section(null, opening));
		sections.add(narrative("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", report.text("direction")));
		sections.add(Section.of("II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"));
		sections.add(narrative("1. Cải cách thể chế", report.text("institutions")));
		List<Block> procedures = new ArrayList<>(paragraphs(report.text("procedures")));
		procedures.addAll(catalogueFigures(summary, unit(agency), catalogue.feeExemptionBases(report.to())));
		procedures.addAll(dossierFigures(f, unit(agency)));
		procedures.addAll(citizenFigures(agency, report.from(), report.to()));
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
		sections.add(new Section(null, List.of(Paragraph.body("Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính "
				+ closingScope(report.from(), report.to()) + ", " + committee + " báo cáo Sở Nội vụ tổng hợp./."))));
		String title = report.signerTitle() == null ? "CHỦ TỊCH" : report.signerTitle();
		return new OfficialDocument("ỦY BAN NHÂN DÂN", agency.name().toUpperCase(java.util.Locale.forLanguageTag("vi")),
				report.number() == null ? "      /BC-UBND" : report.number(), place(agency), date, "BÁO CÁO",
				title(report.from(), report.to()), sections,
				List.of(new Signature(title.startsWith("PHÓ") ? "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH" : "TM. ỦY BAN NHÂN DÂN",
						title, null, report.signerName())),
				recipients(report), null, false);
	}

	/** The “Nơi nhận” lines: each recipient with its dash, then “- Lưu: VT, &lt;drafting unit&gt;.” */
	static List<String> recipients(QuarterlyReport report) {
		String written = report.text("recipients").isBlank() ? QuarterlyReport.DEFAULT_RECIPIENTS : report.text("recipients");
		List<String> lines = new ArrayList<>();
		for (String line : written.split("\\R")) {
			String recipient = line.strip().replaceFirst("^[-–•]\\s*", "");
			if (!recipient.isEmpty() && !recipient.startsWith("Lưu:")) {
				lines.add("- " + recipient);
			}
		}
		String unit = report.text("draftingUnit").strip();
		lines.add("- Lưu: VT" + (unit.isEmpty() ? "" : ", " + unit) + ".");
		return lines;
	}

	/** Seed report II.2: petitions received and answered, and the satisfaction rate, from the records. */
	private List<Block> citizenFigures(Agency agency, LocalDate from, LocalDate to) {
		if (citizens.isEmpty()) {
			return List.of();
		}
		SatisfactionSignals.CitizenFigures c = citizens.get(0).citizenFigures(List.of(agency.code()), from, to);
		List<Block> lines = new ArrayList<>();
		lines.add(Paragraph.line("- Tiếp nhận " + c.petitionsReceived() + " phản ánh, kiến nghị của người dân, doanh nghiệp; đã trả lời "
				+ c.petitionsAnswered() + " phản ánh, kiến nghị."));
		lines.add(Paragraph.line("- Tỷ lệ hài lòng của người dân, doanh nghiệp: "
				+ (c.ratings() == 0 ? "chưa có lượt đánh giá trong kỳ."
						: c.satisfied() + "/" + c.ratings() + " lượt đánh giá hài lòng, đạt " + percent(rate(c.satisfied(), c.ratings())) + " %.")));
		return lines;
	}

	private static List<Block> catalogueFigures(CatalogueSummary s, String unit, List<String> exemptionBases) {
		return List.of(Paragraph.body("- Tổng số thủ tục hành chính thực hiện tại " + unit + " là " + s.total()
				+ " thủ tục, trong đó trực tuyến toàn trình: " + s.byServiceLevel().FULL_ONLINE()
				+ " thủ tục; trực tuyến một phần: " + s.byServiceLevel().PARTIAL_ONLINE() + " thủ tục; trực tiếp: "
				+ s.byServiceLevel().IN_PERSON() + " thủ tục. Số TTHC có yêu cầu thu phí, lệ phí: " + s.withFees().total()
				+ " thủ tục, trong đó trực tuyến toàn trình: " + s.withFees().FULL_ONLINE() + " thủ tục; trực tuyến một phần: "
				+ s.withFees().PARTIAL_ONLINE() + " thủ tục; trực tiếp: " + s.withFees().IN_PERSON() + " thủ tục."),
				Paragraph.body("- Niêm yết công khai danh mục " + s.feeExempt() + " TTHC miễn thu phí, lệ phí"
						+ (exemptionBases.isEmpty() ? "." : " theo " + String.join("; ", exemptionBases) + ".")));
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

	private static boolean calendarQuarter(LocalDate from, LocalDate to) {
		return from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0 && to.equals(from.plusMonths(3).minusDays(1));
	}

	/**
	 * The summary line under “BÁO CÁO”: for a calendar quarter as the seed writes it (“Kết quả thực hiện công tác cải
	 * cách hành chính quý III và nhiệm vụ trọng tâm quý IV năm 2025”), for any other period with its dates only.
	 */
	static String title(LocalDate from, LocalDate to) {
		if (!calendarQuarter(from, to)) {
			return "Kết quả thực hiện công tác cải cách hành chính " + periodLabel(from, to);
		}
		LocalDate next = from.plusMonths(3);
		int q = (from.getMonthValue() - 1) / 3;
		int nq = (next.getMonthValue() - 1) / 3;
		return "Kết quả thực hiện công tác cải cách hành chính quý " + QUARTERS[q]
				+ (next.getYear() == from.getYear() ? " và nhiệm vụ trọng tâm quý " + QUARTERS[nq] + " năm " + from.getYear()
						: " năm " + from.getYear() + " và nhiệm vụ trọng tâm quý " + QUARTERS[nq] + " năm " + next.getYear());
	}

	private static String openingScope(LocalDate from, LocalDate to) {
		if (!calendarQuarter(from, to)) {
			return "tình hình thực hiện cải cách hành chính " + periodLabel(from, to);
		}
		LocalDate next = from.plusMonths(3);
		return "tình hình thực hiện cải cách hành chính quý " + QUARTERS[(from.getMonthValue() - 1) / 3]
				+ (next.getYear() == from.getYear() ? "" : " năm " + from.getYear()) + "; nhiệm vụ trọng tâm quý "
				+ QUARTERS[(next.getMonthValue() - 1) / 3] + " năm " + next.getYear();
	}

	private static String closingScope(LocalDate from, LocalDate to) {
		if (!calendarQuarter(from, to)) {
			return periodLabel(from, to);
		}
		LocalDate next = from.plusMonths(3);
		return "quý " + QUARTERS[(from.getMonthValue() - 1) / 3] + (next.getYear() == from.getYear() ? "" : " năm " + from.getYear())
				+ ", phương hướng, nhiệm vụ quý " + QUARTERS[(next.getMonthValue() - 1) / 3] + " năm " + next.getYear();
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
