package vn.motcua.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes for printed documents: a PNG with 8 pixels per module and a 2-module quiet zone, as a data URI. */
final class QrCodes {

	private static final int PIXELS_PER_MODULE = 8;

	private QrCodes() {
	}

	static String pngDataUri(String text) {
		try {
			BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 2,
							EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
			BitMatrix scaled = new BitMatrix(modules.getWidth() * PIXELS_PER_MODULE);
			for (int y = 0; y < modules.getHeight(); y++) {
				for (int x = 0; x < modules.getWidth(); x++) {
					if (modules.get(x, y)) {
						scaled.setRegion(x * PIXELS_PER_MODULE, y * PIXELS_PER_MODULE, PIXELS_PER_MODULE, PIXELS_PER_MODULE);
					}
				}
			}
			BufferedImage image = MatrixToImageWriter.toBufferedImage(scaled);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("cannot encode as QR code: " + text, e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
