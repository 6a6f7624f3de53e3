package vn.motcua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import vn.motcua.documents.OfficialDocument.Block;
import vn.motcua.documents.OfficialDocument.Paragraph;
import vn.motcua.documents.OfficialDocument.Section;
import vn.motcua.documents.OfficialDocument.Signature;
import vn.motcua.documents.OfficialDocument.Table;

import static vn.motcua.documents.VietnameseText.nfc;

/**
 * Writes an {@link OfficialDocument} as DOCX (Office Open XML, Apache POI) in the layout of NĐ 30/2020: A4, margins
 * 20/15/20/30 mm, Times New Roman 13 pt, the same header, body, signature and recipients as the PDF, for officers who
 * edit the document further in a word processor.
 */
final class DocxWriter {

	private final XWPFDocument docx = new XWPFDocument();

	private DocxWriter() {
	}

	static byte[] write(OfficialDocument document) {
		return new DocxWriter().render(document);
	}

	private byte[] render(OfficialDocument d) {
		try (docx) {
			page(d.landscape());
			header(d);
			XWPFParagraph title = paragraph(ParagraphAlignment.CENTER, 240, 0);
			run(title, d.title().toUpperCase(DocumentStore.VIETNAMESE), 14, true, false);
			if (d.summary() != null && !d.summary().isBlank()) {
				run(paragraph(ParagraphAlignment.CENTER, 0, 240), d.summary(), 13, true, false);
			}
			for (Section section : d.sections()) {
				section(section);
			}
			signatures(d.signatures());
			recipients(d.recipients());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void page(boolean landscape) {
		CTSectPr section = docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(twips(landscape ? 297 : 210));
		size.setH(twips(landscape ? 210 : 297));
		if (landscape) {
			size.setOrient(STPageOrientation.LANDSCAPE);
		}
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(twips(20));
		margins.setBottom(twips(20));
		margins.setLeft(twips(landscape ? 25 : 30));
		margins.setRight(twips(15));
	}

	/** Millimetres to twentieths of a point (A4 is 11906 × 16838). */
	private static BigInteger twips(int millimetres) {
		return BigInteger.valueOf(Math.round(millimetres * 1440 / 25.4));
	}

	private void header(OfficialDocument d) {
		XWPFTable head = borderless(docx.createTable(1, 2));
		XWPFTableCell issuer = head.getRow(0).getCell(0);
		XWPFTableCell nation = head.getRow(0).getCell(1);
		issuer.setWidth("40%");
		nation.setWidth("60%");
		XWPFParagraph first = issuer.getParagraphs().get(0);
		first.setAlignment(ParagraphAlignment.CENTER);
		if (d.parentBody() != null && !d.parentBody().isBlank()) {
			run(first, d.parentBody(), 12, false, false);
			first = cellParagraph(issuer);
		}
		run(first, d.issuingBody(), 12, true, false).setUnderline(UnderlinePatterns.SINGLE);
		if (d.number() != null && !d.number().isBlank()) {
			run(cellParagraph(issuer), "Số: " + d.number(), 13, false, false);
		}
		XWPFParagraph motto = nation.getParagraphs().get(0);
		motto.setAlignment(ParagraphAlignment.CENTER);
		run(motto, OfficialLayout.MOTTO_NATION, 12, true, false);
		run(cellParagraph(nation), OfficialLayout.MOTTO, 13, true, false).setUnderline(UnderlinePatterns.SINGLE);
		run(cellParagraph(nation), VietnameseText.placeAndDate(d.place(), d.date()), 13, false, true);
	}

	private void section(Section section) {
		if (section.heading() != null && !section.heading().isBlank()) {
			run(paragraph(ParagraphAlignment.LEFT, 120, 60), section.heading(), 13, true, false);
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
		ParagraphAlignment alignment = switch (p.style()) {
			case BODY -> ParagraphAlignment.BOTH;
			case CENTRED -> ParagraphAlignment.CENTER;
			default -> ParagraphAlignment.LEFT;
		};
		XWPFParagraph paragraph = paragraph(alignment, 0, p.style() == Paragraph.Style.BODY ? 120 : 80);
		if (p.style() == Paragraph.Style.BODY) {
			paragraph.setIndentationFirstLine(720);
		}
		if (p.label() != null && !p.label().isBlank()) {
			run(paragraph, p.label() + " ", 13, true, false);
		}
		lines(paragraph, p.text(), 13, false, p.style() == Paragraph.Style.NOTE);
	}

	private void table(Table t) {
		XWPFTable table = docx.createTable(t.rows().size() + 1, t.headers().size());
		table.setWidth("100%");
		int total = t.widths().stream().mapToInt(Integer::intValue).sum();
		for (int column = 0; column < t.headers().size(); column++) {
			XWPFTableCell cell = table.getRow(0).getCell(column);
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			lines(paragraph, t.headers().get(column), 12, true, false);
			if (total > 0) {
				for (int row = 0; row <= t.rows().size(); row++) {
					table.getRow(row).getCell(column).setWidth(String.format("%.1f%%", 100.0 * t.widths().get(column) / total));
				}
			}
		}
		for (int row = 0; row < t.rows().size(); row++) {
			List<String> cells = t.rows().get(row);
			for (int column = 0; column < cells.size() && column < t.headers().size(); column++) {
				lines(table.getRow(row + 1).getCell(column).getParagraphs().get(0), cells.get(column), 12, false, false);
			}
		}
		paragraph(ParagraphAlignment.LEFT, 0, 0);
	}

	private void signatures(List<Signature> signatures) {
		if (signatures.isEmpty()) {
			return;
		}
		XWPFTable table = borderless(docx.createTable(1, 2));
		int column = signatures.size() == 1 ? 1 : 0;
		for (Signature s : signatures) {
			XWPFTableCell cell = table.getRow(0).getCell(column++);
			cell.setWidth("50%");
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			if (s.authority() != null && !s.authority().isBlank()) {
				lines(paragraph, s.authority(), 13, true, false);
				paragraph = cellParagraph(cell);
			}
			run(paragraph, s.position(), 13, true, false);
			if (s.note() != null && !s.note().isBlank()) {
				run(cellParagraph(cell), s.note(), 13, false, true);
			}
			XWPFParagraph name = cellParagraph(cell);
			name.setSpacingBefore(1200);
			if (s.name() != null && !s.name().isBlank()) {
				run(name, s.name(), 13, true, false);
			}
		}
	}

	private void recipients(List<String> recipients) {
		if (recipients.isEmpty()) {
			return;
		}
		run(paragraph(ParagraphAlignment.LEFT, 240, 0), "Nơi nhận:", 12, true, true);
		for (String recipient : recipients) {
			run(paragraph(ParagraphAlignment.LEFT, 0, 0), recipient, 11, false, false);
		}
	}

	private XWPFParagraph paragraph(ParagraphAlignment alignment, int before, int after) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBefore(before);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}

	private static XWPFParagraph cellParagraph(XWPFTableCell cell) {
		XWPFParagraph paragraph = cell.addParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		return paragraph;
	}

	private static XWPFTable borderless(XWPFTable table) {
		table.setWidth("100%");
		table.removeBorders();
		return table;
	}

	private static void lines(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		String[] lines = nfc(text).split("\n", -1);
		XWPFRun run = run(paragraph, lines[0], size, bold, italic);
		for (int i = 1; i < lines.length; i++) {
			run.addBreak();
			run.setText(lines[i]);
		}
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(OfficialLayout.FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(nfc(text));
		return run;
	}
}
