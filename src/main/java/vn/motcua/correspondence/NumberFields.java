package vn.motcua.correspondence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The number and date of an outgoing document as form fields, so that the clerk fills them after the leader has
 * signed (Nghị định 30/2020/NĐ-CP Art. 15 and 32.2.d: the competent person signs first, then the clerk gives the
 * number and date and applies the organisation's signature; official-documents.md: “leave the number and date as
 * fields the clerk fills by an incremental update before the organisation's signature”). Before signing,
 * {@link #add} lays a text field over the printed line “Số: …” and one over the place-and-date line, each showing the
 * line as printed; {@link #fill} writes the clerk's values as an incremental update, which leaves the leader's
 * signature intact (filling a field that existed when it was made is a permitted change, ISO 32000-1 12.8.2.2).
 */
final class NumberFields {

	static final String NUMBER = "so-ky-hieu";

	static final String DATE = "thoi-gian-ban-hanh";

	private NumberFields() {
	}

	/** Adds the two fields over the lines that start with {@code numberLine} and {@code dateLine} on page 1. */
	static byte[] add(byte[] pdf, String numberLine, String dateLine) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDPage page = document.getPage(0);
			List<Line> lines = lines(document);
			PDAcroForm form = new PDAcroForm(document);
			document.getDocumentCatalog().setAcroForm(form);
			PDResources resources = new PDResources();
			COSName regular = resources.add(font(document, "LiberationSerif-Regular.ttf"));
			COSName italic = resources.add(font(document, "LiberationSerif-Italic.ttf"));
			form.setDefaultResources(resources);
			form.setNeedAppearances(false);
			field(form, page, NUMBER, lineStarting(lines, numberLine), regular, numberLine);
			field(form, page, DATE, lineStarting(lines, dateLine), italic, dateLine);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1_000_000);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes the number line and the date line into the fields, as an incremental update of the signed PDF. */
	static byte[] fill(byte[] signedPdf, String numberLine, String dateLine) {
		try (PDDocument document = Loader.loadPDF(signedPdf)) {
			PDAcroForm form = document.getDocumentCatalog().getAcroForm();
			PDField number = form == null ? null : form.getField(NUMBER);
			PDField date = form == null ? null : form.getField(DATE);
			if (number == null || date == null) {
				throw new CorrespondenceRefused("correspondence.outgoing.noNumberFields");
			}
			Set<COSDictionary> changed = new HashSet<>();
			number.setValue(numberLine);
			date.setValue(dateLine);
			for (PDField field : List.of(number, date)) {
				changed.add(field.getCOSObject());
				for (PDAnnotationWidget widget : ((PDTextField) field).getWidgets()) {
					changed.add(widget.getCOSObject());
					changed.add(widget.getAppearance().getCOSObject());
					changed.add(widget.getNormalAppearanceStream().getCOSObject());
				}
			}
			// the signed bytes unchanged, then the new revision
			ByteArrayOutputStream out = new ByteArrayOutputStream(signedPdf.length + 8 * 1024);
			document.saveIncremental(out, changed);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** What a field shows now (null when the PDF has no such field). */
	static String value(byte[] pdf, String name) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDAcroForm form = document.getDocumentCatalog().getAcroForm();
			PDField field = form == null ? null : form.getField(name);
			return field == null ? null : field.getValueAsString();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void field(PDAcroForm form, PDPage page, String name, PDRectangle where, COSName font, String value)
			throws IOException {
		PDTextField field = new PDTextField(form);
		field.setPartialName(name);
		field.setDefaultAppearance("/" + font.getName() + " 13 Tf 0 g");
		field.setQ(PDTextField.QUADDING_CENTERED);
		PDAnnotationWidget widget = field.getWidgets().get(0);
		widget.setRectangle(where);
		widget.setPage(page);
		widget.setPrinted(true);
		PDAppearanceCharacteristicsDictionary look = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
		look.setBackground(new PDColor(new float[] { 1, 1, 1 }, PDDeviceRGB.INSTANCE));
		widget.setAppearanceCharacteristics(look);
		page.getAnnotations().add(widget);
		form.getFields().add(field);
		field.setValue(value);
	}

	private static PDType0Font font(PDDocument document, String name) throws IOException {
		try (InputStream in = NumberFields.class.getResourceAsStream("/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the classpath: /fonts/" + name);
			}
			// the whole font: the clerk's values are typed after the document is made, any letter may come
			return PDType0Font.load(document, in, false);
		}
	}

	/** A printed line of page 1 and the rectangle around it (PDF user space, a little margin). */
	private record Line(String text, PDRectangle box) {
	}

	private static PDRectangle lineStarting(List<Line> lines, String start) {
		String wanted = start.strip().replace('\u00A0', ' ').replaceAll("\\s+", " ");
		String head = wanted.length() > 12 ? wanted.substring(0, 12) : wanted;
		return lines.stream().filter(l -> l.text().startsWith(head)).findFirst().map(Line::box)
			.orElseThrow(() -> new IllegalStateException("line not found on page 1: " + head));
	}

	/** A line being read: its words so far and their extent (y downwards from the top of the page). */
	private static final class Reading {
		final StringBuilder text = new StringBuilder();
		float left = Float.MAX_VALUE;
		float right;
		float top = Float.MAX_VALUE;
		float baseline;

		Line line(float pageHeight) {
			float size = Math.max(baseline - top, 10);
			return new Line(text.toString().replaceAll("\\s+", " ").strip(), new PDRectangle(left - 3,
					pageHeight - baseline - size * 0.45f, right - left + 6, size * 1.75f));
		}
	}

	/**
	 * The printed lines of page 1: the text stripper hands over words; words on one baseline less than 10 pt apart
	 * are one line (the number on the left and the date on the right of the same row stay apart).
	 */
	private static List<Line> lines(PDDocument document) throws IOException {
		List<Reading> read = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				if (positions.isEmpty()) {
					return;
				}
				TextPosition first = positions.get(0);
				Reading line = read.isEmpty() ? null : read.get(read.size() - 1);
				if (line == null || Math.abs(first.getYDirAdj() - line.baseline) >= 1
						|| first.getXDirAdj() - line.right >= 10) {
					line = new Reading();
					read.add(line);
				}
				line.text.append(line.text.isEmpty() ? "" : " ").append(text.replace('\u00A0', ' '));
				for (TextPosition p : positions) {
					line.left = Math.min(line.left, p.getXDirAdj());
					line.right = Math.max(line.right, p.getXDirAdj() + p.getWidthDirAdj());
					line.top = Math.min(line.top, p.getYDirAdj() - p.getHeightDir());
					line.baseline = Math.max(line.baseline, p.getYDirAdj());
				}
			}
		};
		stripper.setStartPage(1);
		stripper.setEndPage(1);
		stripper.setSortByPosition(true);
		stripper.getText(document);
		float height = document.getPage(0).getMediaBox().getHeight();
		return read.stream().map(r -> r.line(height)).toList();
	}
}
