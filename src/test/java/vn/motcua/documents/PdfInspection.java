package vn.motcua.documents;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** What a reader of a PDF sees: its text, line by line, its pages, the QR code on page 1, its fonts. */
final class PdfInspection implements AutoCloseable {

	private final PDDocument pdf;

	private PdfInspection(PDDocument pdf) {
		this.pdf = pdf;
	}

	static PdfInspection of(byte[] bytes) {
		try {
			return new PdfInspection(Loader.loadPDF(bytes));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	int pages() {
		return pdf.getNumberOfPages();
	}

	/** Page size in millimetres (width, height) of page 1. */
	float[] pageSizeMillimetres() {
		var box = pdf.getPage(0).getMediaBox();
		return new float[] { box.getWidth() / 72f * 25.4f, box.getHeight() / 72f * 25.4f };
	}

	/** The XMP metadata of the document (where PDF/A declares its conformance), or "" when there is none. */
	String xmpMetadata() {
		try {
			var metadata = pdf.getDocumentCatalog().getMetadata();
			return metadata == null ? "" : new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String text() {
		try {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(pdf);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text in the order it was drawn: cell by cell for tables, whose cells wrap over several lines. */
	String textAsDrawn() {
		try {
			return new PDFTextStripper().getText(pdf);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The lines of all pages, each stripped of surrounding blanks, empty lines left out. */
	List<String> lines() {
		return Arrays.stream(text().split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/**
	 * The lines inside a part of page 1 given in fractions of the page (x, y from the top left, width, height), e.g. the
	 * issuing-body column of the header.
	 */
	List<String> linesIn(double x, double y, double width, double height) {
		try {
			PDPage page = pdf.getPage(0);
			float w = page.getMediaBox().getWidth();
			float h = page.getMediaBox().getHeight();
			PDFTextStripperByArea stripper = new PDFTextStripperByArea();
			stripper.setSortByPosition(true);
			stripper.addRegion("r", new Rectangle2D.Double(x * w, y * h, width * w, height * h));
			stripper.extractRegions(page);
			return Arrays.stream(stripper.getTextForRegion("r").split("\\R")).map(String::strip)
				.filter(l -> !l.isEmpty()).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	BufferedImage renderPage(int index, int dpi) {
		try {
			return new PDFRenderer(pdf).renderImageWithDPI(index, dpi, ImageType.RGB);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Decodes the QR code in the top-left quarter of page 1, rendered at 200 dpi as a printer would. */
	String qrTopLeft() {
		BufferedImage page = renderPage(0, 200);
		BufferedImage topLeft = page.getSubimage(0, 0, page.getWidth() / 3, page.getHeight() / 5);
		try {
			return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(topLeft))),
					Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
		}
		catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
			throw new AssertionError("no readable QR code at the top left of page 1", e);
		}
	}

	/** Names of the fonts used on every page, with whether each is embedded. */
	List<String> fontsNotEmbedded() {
		List<String> missing = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				try {
					PDFont font = resources.getFont(name);
					if (!font.isEmbedded()) {
						missing.add(font.getName());
					}
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		return missing;
	}

	List<String> fontNames() {
		List<String> names = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				try {
					names.add(resources.getFont(name).getName());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		return names;
	}

	@Override
	public void close() {
		try {
			pdf.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
