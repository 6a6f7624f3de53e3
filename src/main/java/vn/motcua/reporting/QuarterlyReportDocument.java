package vn.motcua.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.agency.Agency;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CatalogueSummary;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.ServiceLevel;
import vn.motcua.correspondence.CorrespondenceFigures;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.OfficialDocument.Block;
import vn.motcua.documents.OfficialDocument.Paragraph;
import vn.motcua.documents.OfficialDocument.Section;
import vn.motcua.documents.OfficialDocument.Signature;
import vn.motcua.documents.OfficialDocuments;
import vn.motcua.documents.SigningFigures;
import vn.motcua.dossier.DossierStatistics;
import vn.motcua.dossier.PeriodFigures;

/**
 * The quarterly report as an official document (Nghị định 30/2020): the officers' narrative in sections I–IV of the
 * seed report, with the figures of II.2 (catalogue and dossiers) and II.6 (online dossiers) written from the records.
 * Every heading and sentence of the paper is a message ({@code reporting.paper.*} in
 * {@code messages/reporting.properties}) with the figures as arguments. The paper is the commune's administrative
 * document (laid out by Nghị định 30/2020/NĐ-CP, Phụ lục I) and is always written in Vietnamese, whatever language the
 * officer's pages are shown in; the English messages are the translation for readers of the code and bundles.
 * Slightly over 300 lines because the paper is written here section by section in the seed's order, one short method
 * each; split, a reader would have to put the report back together across files.
 */
@Component
class QuarterlyReportDocument {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Reports reports;

	private final Catalogue catalogue;

	private final DossierStatistics statistics;

	private final OfficialDocuments documents;

	private final List<SatisfactionSignals> citizens;

	private final ReportSentences sentences;

	private final CorrespondenceFigures.Query correspondence;

	private final SigningFigures.Query signing;

	QuarterlyReportDocument(Reports reports, Catalogue catalogue, DossierStatistics statistics,
			OfficialDocuments documents, List<SatisfactionSignals> citizens, MessageSource messages,
			CorrespondenceFigures.Query correspondence, SigningFigures.Query signing) {
		this.correspondence = correspondence;
		this.signing = signing;
		this.citizens = citizens;
		this.reports = reports;
		this.catalogue = catalogue;
		this.statistics = statistics;
		this.documents = documents;
		this.sentences = new ReportSentences(messages);
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

	/** Both files; the PDF with the QR code of {@code qrUrl} top left when given (the page that checks its signature). */
	Files both(QuarterlyReport report, Agency agency, LocalDate date, String qrUrl) {
		OfficialDocument b = build(report, agency, date);
		OfficialDocument built = qrUrl == null ? b : new OfficialDocument(b.parentBody(), b.issuingBody(), b.number(),
				b.place(), b.date(), b.title(), b.summary(), b.sections(), b.signatures(), b.recipients(), qrUrl,
				b.landscape());
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
		String committee = say("reporting.paper.committee", unit(agency), place(agency));
		List<Section> sections = new ArrayList<>();
		List<Block> opening = paragraphs(report.text("basis"));
		if (opening.isEmpty()) {
			String province = agency.provinceName()
				.replaceFirst("^(" + say("reporting.paper.provinceNamePrefixes") + ")\\s+", "");
			opening = List.of(Paragraph.body(say("reporting.paper.basis", report.to().getYear(), province, committee,
					openingScope(report.from(), report.to()))));
		}
		sections.add(new Section(null, opening));
		sections.add(narrative("reporting.paper.direction", report.text("direction")));
		sections.add(Section.of(say("reporting.paper.results")));
		sections.add(narrative("reporting.paper.institutions", report.text("institutions")));
		List<Block> procedures = new ArrayList<>(paragraphs(report.text("procedures")));
		procedures.addAll(catalogueFigures(summary, unit(agency), catalogue.feeExemptionBases(report.to())));
		procedures.addAll(dossierFigures(f, unit(agency)));
		procedures.addAll(citizenFigures(agency, report.from(), report.to()));
		sections.add(new Section(say("reporting.paper.procedures"), procedures));
		sections.add(narrative("reporting.paper.organisation", report.text("organisation")));
		sections.add(narrative("reporting.paper.civilService", report.text("civilService")));
		sections.add(narrative("reporting.paper.publicFinance", report.text("publicFinance")));
		List<Block> digital = new ArrayList<>(paragraphs(report.text("digitalGovernment")));
		digital.addAll(onlineFigures(report, agency, f));
		digital.addAll(documentFigures(report, agency));
		sections.add(new Section(say("reporting.paper.digitalGovernment"), digital));
		sections.add(narrative("reporting.paper.assessment", report.text("assessment")));
		sections.add(narrative("reporting.paper.nextTasks", report.text("nextTasks")));
		if (!report.text("proposals").isBlank()) {
			sections.add(narrative("reporting.paper.proposals", report.text("proposals")));
		}
		sections.add(new Section(null, List.of(Paragraph.body(say("reporting.paper.closing",
				closingScope(report.from(), report.to()), committee)))));
		String title = report.signerTitle() == null ? say("reporting.paper.signer") : report.signerTitle();
		boolean deputy = title.startsWith(say("reporting.paper.deputyPrefix"));
		return new OfficialDocument(say("reporting.paper.parentBody"), agency.name().toUpperCase(VIETNAMESE),
				report.number() == null ? say("reporting.paper.noNumber") : report.number(), place(agency), date,
				say("reporting.paper.kind"), title(report.from(), report.to()), sections,
				List.of(new Signature(say(deputy ? "reporting.paper.authority.deputy" : "reporting.paper.authority"),
						title, null, report.signerName())),
				recipients(report), null, false);
	}

	/** The “Nơi nhận” lines: each recipient with its dash, then “- Lưu: VT, &lt;drafting unit&gt;.” */
	List<String> recipients(QuarterlyReport report) {
		String written = report.text("recipients").isBlank() ? defaultRecipients() : report.text("recipients");
		String kept = say("reporting.paper.keptPrefix");
		List<String> lines = new ArrayList<>();
		for (String line : written.split("\\R")) {
			String recipient = line.strip().replaceFirst("^[-–•]\\s*", "");
			if (!recipient.isEmpty() && !recipient.startsWith(kept)) {
				lines.add("- " + recipient);
			}
		}
		String unit = report.text("draftingUnit").strip();
		lines.add(unit.isEmpty() ? say("reporting.paper.kept") : say("reporting.paper.keptBy", unit));
		return lines;
	}

	/** The recipients when none were written: the seed report's own list, one a line. */
	String defaultRecipients() {
		return say("reporting.paper.defaultRecipients");
	}

	/** Seed report II.2: petitions received and answered, and the satisfaction rate, from the records. */
	private List<Block> citizenFigures(Agency agency, LocalDate from, LocalDate to) {
		if (citizens.isEmpty()) {
			return List.of();
		}
		SatisfactionSignals.CitizenFigures c = citizens.get(0).citizenFigures(List.of(agency.code()), from, to);
		return List.of(Paragraph.line(say("reporting.paper.petitions", c.petitionsReceived(), c.petitionsAnswered())),
				Paragraph.line(c.ratings() == 0 ? say("reporting.paper.satisfaction.none")
						: say("reporting.paper.satisfaction", c.satisfied(), c.ratings(),
								percent(rate(c.satisfied(), c.ratings())))));
	}

	private List<Block> catalogueFigures(CatalogueSummary s, String unit, List<String> exemptionBases) {
		return List.of(Paragraph.body(say("reporting.paper.catalogue", unit, s.total(), s.byServiceLevel().FULL_ONLINE(),
				s.byServiceLevel().PARTIAL_ONLINE(), s.byServiceLevel().IN_PERSON(), s.withFees().total(),
				s.withFees().FULL_ONLINE(), s.withFees().PARTIAL_ONLINE(), s.withFees().IN_PERSON())),
				Paragraph.body(exemptionBases.isEmpty() ? say("reporting.paper.feeExempt", s.feeExempt())
						: say("reporting.paper.feeExemptBy", s.feeExempt(), String.join("; ", exemptionBases))));
	}

	private List<Block> dossierFigures(PeriodFigures f, String unit) {
		List<Block> lines = new ArrayList<>();
		lines.add(Paragraph.body(say("reporting.paper.dossiers", ReportSentences.DAY.format(f.from()), ReportSentences.DAY.format(f.to()),
				f.carriedOver(), unit, f.received().total(), f.received().online(), f.received().direct(),
				f.received().postal())));
		lines.add(line("reporting.paper.resolved", f.resolved().total()));
		lines.add(line("reporting.paper.resolved.early", f.resolved().early()));
		lines.add(line("reporting.paper.resolved.onTime", f.resolved().onTime()));
		lines.add(line("reporting.paper.resolved.late", f.resolved().late()));
		lines.add(line("reporting.paper.stopped", f.stopped()));
		lines.add(line("reporting.paper.inProgress", f.inProgress().total()));
		lines.add(line("reporting.paper.inProgress.withinTime", f.inProgress().withinTime()));
		lines.add(line("reporting.paper.inProgress.overdue", f.inProgress().overdue()));
		lines.add(line("reporting.paper.awaitingSupplement", f.awaitingSupplement()));
		lines.add(f.onTimeRate() == null ? line("reporting.paper.onTimeRate.none")
				: line("reporting.paper.onTimeRate", percent(f.onTimeRate())));
		lines.add(f.resolved().total() == 0 ? line("reporting.paper.digitized.none", f.digitized(), f.resolved().total())
				: line("reporting.paper.digitized", f.digitized(), f.resolved().total(),
						percent(rate(f.digitized(), f.resolved().total()))));
		lines.add(line("reporting.paper.extended", f.extended(), f.refusedAtIntake()));
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
		long online = f.received().online();
		long received = f.received().total();
		return List.of(line("reporting.paper.online.partial", partial), line("reporting.paper.online.full", full),
				received == 0 ? line("reporting.paper.online.rate.none", online, received)
						: line("reporting.paper.online.rate", online, received, percent(rate(online, received))));
	}

	/**
	 * The documents system's figures (the seed: “Văn bản đi … được gửi dưới dạng văn bản điện tử (….. văn bản đi) tỷ lệ
	 * văn bản được ký số đạt 100%”, “… 84 chứng thư số cá nhân và 06 chứng thư số tổ chức”), from the registers of
	 * the period (Nghị định 30/2020/NĐ-CP Phụ lục VI: the system reports on incoming and outgoing documents); the
	 * certificates from the signing certificate registry, and the signature checks of the period.
	 */
	private List<Block> documentFigures(QuarterlyReport report, Agency agency) {
		CorrespondenceFigures c = correspondence.between(report.from(), report.to(), List.of(agency.code()));
		SigningFigures s = signing.between(report.from(), report.to(), List.of(agency.code()));
		return List.of(
				c.outgoing() == 0 ? line("reporting.paper.documents.outgoing.none")
						: line("reporting.paper.documents.outgoing", c.outgoingElectronic(), c.outgoing(),
								percent(rate(c.outgoingSigned(), c.outgoing()))),
				line("reporting.paper.documents.incoming", c.incoming(), c.incomingElectronic()),
				line("reporting.paper.documents.certificates", s.personalCertificates(), s.organisationalCertificates()),
				line("reporting.paper.documents.checks", s.signatureChecks()));
	}

	/**
	 * The summary line under “BÁO CÁO”: for a calendar quarter as the seed writes it (“Kết quả thực hiện công tác cải
	 * cách hành chính quý III và nhiệm vụ trọng tâm quý IV năm 2025”), for any other period with its dates only.
	 */
	String title(LocalDate from, LocalDate to) {
		return sentences.quarterly("reporting.paper.title", from, to);
	}

	private String openingScope(LocalDate from, LocalDate to) {
		return sentences.quarterly("reporting.paper.opening", from, to);
	}

	private String closingScope(LocalDate from, LocalDate to) {
		return sentences.quarterly("reporting.paper.closing", from, to);
	}

	String periodLabel(LocalDate from, LocalDate to) {
		return sentences.periodLabel(from, to);
	}

	private String say(String key, Object... args) {
		return sentences.say(key, args);
	}

	/** How the report names the unit in running text: xã, phường or đặc khu. */
	String unit(Agency agency) {
		return say("reporting.paper.unit." + agency.kind().name());
	}

	/** The agency's name without the word for its kind (“Xã Thiên Phủ” → “Thiên Phủ”), for the date line. */
	String place(Agency agency) {
		return agency.name().replaceFirst("^(" + say("reporting.paper.unitNamePrefixes") + ")\\s+", "");
	}

	private Section narrative(String headingKey, String text) {
		return new Section(say(headingKey), paragraphs(text));
	}

	private Paragraph line(String key, Object... figures) {
		return Paragraph.line(say(key, figures));
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
