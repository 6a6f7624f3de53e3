package vn.motcua.dossier;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of a form PDF sees: its text, and the QR code printed top left of page 1. */
record PaperPdf(String text, String qr, float widthMm, float heightMm) {

	static PaperPdf read(byte[] bytes) {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(pdf).replaceAll("\\s+", " ");
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200, ImageType.RGB);
			BufferedImage topLeft = page.getSubimage(0, 0, page.getWidth() / 3, page.getHeight() / 4);
			String qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(topLeft))),
					Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
			var box = pdf.getPage(0).getMediaBox();
			return new PaperPdf(text, qr, box.getWidth() / 72f * 25.4f, box.getHeight() / 72f * 25.4f);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (com.google.zxing.NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
			throw new AssertionError("no readable QR code at the top left of page 1", e);
		}
	}

	/** Whether the page is A4 (portrait or landscape), within a millimetre. */
	boolean a4() {
		float w = Math.min(widthMm, heightMm);
		float h = Math.max(widthMm, heightMm);
		return Math.abs(w - 210) < 1 && Math.abs(h - 297) < 1;
	}
}
