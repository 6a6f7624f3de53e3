package vn.motcua.documents;

import java.util.List;

import vn.motcua.documents.OfficialDocument.Block;
import vn.motcua.documents.OfficialDocument.Paragraph;
import vn.motcua.documents.OfficialDocument.Section;
import vn.motcua.documents.OfficialDocument.Signature;
import vn.motcua.documents.OfficialDocument.Table;

import static vn.motcua.documents.VietnameseText.nfc;

/**
 * Writes an {@link OfficialDocument} as XHTML for the PDF renderer, following Nghị định 30/2020/NĐ-CP Phụ lục I:
 * A4, margins 20/15/20/30 mm, Times New Roman (Liberation Serif), national motto bold top right with a rule as long
 * as the motto, issuing body bold with a short rule, date line in italics, page numbers centred at the top from page 2.
 */
final class OfficialLayout {

	static final String MOTTO_NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

	static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

	static final String FONT = "Times New Roman";

	private static final String PORTRAIT = """
			@page { size: A4; margin: 20mm 15mm 20mm 30mm;
			  @top-center { content: counter(page); font-family: 'Times New Roman'; font-size: 13pt; } }
			""";

	private static final String LANDSCAPE = """
			@page { size: A4 landscape; margin: 20mm 15mm 15mm 25mm;
			  @top-center { content: counter(page); font-family: 'Times New Roman'; font-size: 13pt; } }
			""";

	private static final String CSS = """
			@page :first { @top-center { content: none; }
			  @top-left-corner { content: element(qr); vertical-align: bottom; text-align: center; } }
			body { font-family: 'Times New Roman'; font-size: 13pt; line-height: 1.25; margin: 0; }
			.qr { position: running(qr); padding: 1.5mm 0 0 7mm; }
			.qr img { width: 18mm; height: 18mm; }
			table.head { width: 100%; border-collapse: collapse; }
			table.head td { vertical-align: top; text-align: center; padding: 0; }
			td.issuer { width: 40%; } td.nation { width: 60%; }
			.upper { font-size: 12.5pt; }
			.bold { font-weight: bold; }
			.short-rule { width: 30%; margin: 2.5pt auto 0 auto; border-top: 0.6pt solid #000; height: 0; }
			.motto { font-size: 13.5pt; font-weight: bold; }
			.motto span { border-bottom: 0.6pt solid #000; padding-bottom: 1pt; }
			.number { margin-top: 5pt; }
			.date { font-style: italic; margin-top: 7pt; }
			.title { text-align: center; font-weight: bold; font-size: 14pt; margin: 18pt 0 0 0; }
			.summary { text-align: center; font-weight: bold; margin: 2pt 0 0 0; }
			.summary-rule { width: 22%; margin: 2pt auto 0 auto; border-top: 0.6pt solid #000; height: 0; }
			.body-start { height: 12pt; }
			h2 { font-size: 13pt; font-weight: bold; margin: 8pt 0 4pt 0; }
			p { margin: 0 0 6pt 0; }
			p.body { text-indent: 1.27cm; text-align: justify; }
			p.field { margin: 0 0 4pt 0; }
			p.centred { text-align: center; }
			p.note { font-style: italic; }
			table.grid { width: 100%; border-collapse: collapse; margin: 2pt 0 8pt 0; font-size: 12pt; -fs-table-paginate: paginate; }
			table.fixed { table-layout: fixed; }
			table.grid th, table.grid td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; }
			table.grid th { font-weight: bold; text-align: center; }
			table.signatures { width: 100%; border-collapse: collapse; margin-top: 10pt; page-break-inside: avoid; }
			.closing { page-break-inside: avoid; }
			table.signatures td { width: 50%; text-align: center; vertical-align: top; padding: 0; }
			.sign-space { height: 60pt; }
			.recipients { margin-top: 14pt; font-size: 11pt; page-break-inside: avoid; }
			.recipients .label { font-size: 12pt; font-style: italic; font-weight: bold; }
			""";

	private final StringBuilder html = new StringBuilder(8192);

	private OfficialLayout() {
	}

	static String xhtml(OfficialDocument document) {
		return new OfficialLayout().write(document);
	}

	private String write(OfficialDocument d) {
		html.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"UTF-8\"/><title>");
		text(d.title());
		html.append("</title><style>").append(d.landscape() ? LANDSCAPE : PORTRAIT).append(CSS)
			.append(d.landscape() ? "table.grid { font-size: 10pt; }" : "")
			.append("</style></head><body><div class=\"sheet\">");
		if (d.qrUrl() != null && !d.qrUrl().isBlank()) {
			html.append("<div class=\"qr\"><img alt=\"QR\" src=\"").append(QrCodes.pngDataUri(d.qrUrl())).append("\"/></div>");
		}
		header(d);
		html.append("<div class=\"title\">");
		text(d.title().toUpperCase(DocumentStore.VIETNAMESE));
		html.append("</div>");
		if (d.summary() != null && !d.summary().isBlank()) {
			html.append("<div class=\"summary\">");
			text(d.summary());
			html.append("</div><div class=\"summary-rule\"></div>");
		}
		html.append("<div class=\"body-start\"></div>");
		// NĐ 30/2020 Phụ lục I: the signature never stands alone on a page; it is kept with the last paragraph
		List<Section> sections = d.sections();
		Block last = null;
		for (int i = 0; i < sections.size(); i++) {
			Section section = sections.get(i);
			boolean keepLast = i == sections.size() - 1 && !d.signatures().isEmpty() && !section.blocks().isEmpty()
					&& section.blocks().get(section.blocks().size() - 1) instanceof Paragraph;
			if (keepLast) {
				last = section.blocks().get(section.blocks().size() - 1);
				section(new Section(section.heading(), section.blocks().subList(0, section.blocks().size() - 1)));
			}
			else {
				section(section);
			}
		}
		html.append("<div class=\"closing\">");
		if (last instanceof Paragraph p) {
			paragraph(p);
		}
		signatures(d.signatures());
		html.append("</div>");
		recipients(d.recipients());
		html.append("</div></body></html>");
		return html.toString();
	}

	private void header(OfficialDocument d) {
		html.append("<table class=\"head\"><tr><td class=\"issuer\">");
		if (d.parentBody() != null && !d.parentBody().isBlank()) {
			html.append("<div class=\"upper\">");
			text(d.parentBody());
			html.append("</div>");
		}
		html.append("<div class=\"upper bold\">");
		text(d.issuingBody());
		html.append("</div><div class=\"short-rule\"></div>");
		if (d.number() != null && !d.number().isBlank()) {
			html.append("<div class=\"number\">");
			text("Số: " + d.number());
			html.append("</div>");
		}
		html.append("</td><td class=\"nation\"><div class=\"upper bold\">").append(MOTTO_NATION)
			.append("</div><div class=\"motto\"><span>").append(MOTTO).append("</span></div><div class=\"date\">");
		text(VietnameseText.placeAndDate(d.place(), d.date()));
		html.append("</div></td></tr></table>");
	}

	private void section(Section section) {
		if (section.heading() != null && !section.heading().isBlank()) {
			html.append("<h2>");
			text(section.heading());
			html.append("</h2>");
		}
		for (Block block : section.blocks()) {
			if (block instanceof Paragraph p) {
				paragraph(p);
			}
			else if (block instanceof Table t) {
				table(t);
			}
		}
	}

	private void paragraph(Paragraph p) {
		html.append("<p class=\"").append(p.style().name().toLowerCase()).append("\">");
		if (p.label() != null && !p.label().isBlank()) {
			html.append("<b>");
			text(p.label());
			html.append("</b> ");
		}
		lines(p.text());
		html.append("</p>");
	}

	private void table(Table t) {
		html.append(t.widths().isEmpty() ? "<table class=\"grid\">" : "<table class=\"grid fixed\">");
		if (!t.widths().isEmpty()) {
			int total = t.widths().stream().mapToInt(Integer::intValue).sum();
			for (int width : t.widths()) {
				html.append("<col style=\"width: ").append(100.0 * width / total).append("%\"/>");
			}
		}
		html.append("<thead><tr>");
		for (String header : t.headers()) {
			html.append("<th>");
			lines(header);
			html.append("</th>");
		}
		html.append("</tr></thead><tbody>");
		for (List<String> row : t.rows()) {
			html.append("<tr>");
			for (String cell : row) {
				html.append("<td>");
				lines(cell);
				html.append("</td>");
			}
			html.append("</tr>");
		}
		html.append("</tbody></table>");
	}

	private void signatures(List<Signature> signatures) {
		if (signatures.isEmpty()) {
			return;
		}
		html.append("<table class=\"signatures\"><tr>");
		if (signatures.size() == 1) {
			html.append("<td></td>");
		}
		for (int i = 0; i < signatures.size(); i++) {
			Signature s = signatures.get(i);
			html.append("<td>");
			if (s.authority() != null && !s.authority().isBlank()) {
				html.append("<div class=\"bold\">");
				lines(s.authority());
				html.append("</div>");
			}
			html.append("<div class=\"bold\">");
			text(s.position());
			html.append("</div>");
			if (s.note() != null && !s.note().isBlank()) {
				html.append("<div><i>");
				text(s.note());
				html.append("</i></div>");
			}
			// the signing place (Phụ lục I: the signer's image goes here); PdfRenderer makes it an empty signature field
			html.append("<div class=\"sign-space\" id=\"").append(SignaturePlaces.ID_PREFIX).append(i + 1).append("\"></div>");
			if (s.name() != null && !s.name().isBlank()) {
				html.append("<div class=\"bold\">");
				text(s.name());
				html.append("</div>");
			}
			html.append("</td>");
		}
		html.append("</tr></table>");
	}

	private void recipients(List<String> recipients) {
		if (recipients.isEmpty()) {
			return;
		}
		html.append("<div class=\"recipients\"><div class=\"label\">Nơi nhận:</div>");
		for (String recipient : recipients) {
			html.append("<div>");
			text(recipient);
			html.append("</div>");
		}
		html.append("</div>");
	}

	/** Text with line breaks kept (dates are kept on one line by {@link DateKeepingLineBreaker}). */
	private void lines(String text) {
		String[] lines = nfc(text).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				html.append("<br/>");
			}
			text(lines[i]);
		}
	}

	private void text(String text) {
		String value = nfc(text);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				default -> {
					if (c >= ' ' || c == '\t') {
						html.append(c);
					}
				}
			}
		}
	}
}
