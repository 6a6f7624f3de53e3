package vn.motcua.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The images of the visible signatures (Nghị định 30/2020/NĐ-CP Phụ lục I, mục I): the competent signer's signature
 * in blue and the organisation's seal in red, real size, both transparent PNG. An administrator uploads each
 * officer's signature and each agency's seal ({@link SigningCertificates#saveImage}); without an upload a default is
 * drawn here: the signer's name in blue italic script, or a red round seal with the organisation's name around it.
 * The seal's image also carries, under the seal, the organisation's name and the signing time (ISO 8601, Vietnam
 * time), as the annex asks.
 */
final class SignatureImages {

	/** Pure blue and red of the annex (“màu xanh”, “màu đỏ”). */
	static final Color BLUE = new Color(0x0B, 0x3D, 0xC8);

	static final Color RED = new Color(0xE0, 0x10, 0x1A);

	/** The seal's diameter on paper: 38 mm (a commune's seal is 35–42 mm). */
	static final float SEAL_MM = 38f;

	/** The caption under the seal (organisation, signing time). */
	static final float CAPTION_MM = 9f;

	/** Pixels per millimetre (300 dpi). */
	private static final float PX_PER_MM = 300f / 25.4f;

	private static final Font ITALIC = font("LiberationSerif-Italic.ttf");

	private static final Font BOLD = font("LiberationSerif-Bold.ttf");

	private static final Font REGULAR = font("LiberationSerif-Regular.ttf");

	private SignatureImages() {
	}

	static float points(float millimetres) {
		return millimetres * 72f / 25.4f;
	}

	/** The default signature of {@code name}: the name in blue italic with an underline stroke, 45 × 20 mm. */
	static byte[] defaultSignature(String name) {
		int width = px(45);
		int height = px(20);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = graphics(image);
		g.setColor(BLUE);
		String text = VietnameseText.nfc(name == null || name.isBlank() ? "—" : name.strip());
		float size = px(7);
		g.setFont(ITALIC.deriveFont(size));
		while (g.getFontMetrics().stringWidth(text) > width * 0.92 && size > 8) {
			size -= 2;
			g.setFont(ITALIC.deriveFont(size));
		}
		FontMetrics metrics = g.getFontMetrics();
		int x = (width - metrics.stringWidth(text)) / 2;
		int y = height / 2 + metrics.getAscent() / 3;
		g.drawString(text, x, y);
		g.setStroke(new BasicStroke(px(0.45f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		Path2D flourish = new Path2D.Float();
		flourish.moveTo(x, y + px(2.5f));
		flourish.curveTo(x + width * 0.3, y + px(4.5f), x + width * 0.6, y + px(0.5f), width - x, y + px(2.8f));
		g.draw(flourish);
		g.dispose();
		return png(image);
	}

	/** The default seal of {@code organisation}: a red double ring, the name around it, a star in the middle. */
	static BufferedImage defaultSeal(String organisation) {
		int size = px(SEAL_MM);
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = graphics(image);
		g.setColor(RED);
		g.setStroke(new BasicStroke(px(0.9f)));
		int outer = px(0.6f);
		g.drawOval(outer, outer, size - 2 * outer, size - 2 * outer);
		g.setStroke(new BasicStroke(px(0.35f)));
		int inner = px(7.5f);
		g.drawOval(inner, inner, size - 2 * inner, size - 2 * inner);
		star(g, size / 2f, size / 2f, px(5.5f));
		String text = VietnameseText.nfc(organisation == null ? "" : organisation).toUpperCase(DocumentStore.VIETNAMESE);
		Font font = BOLD.deriveFont((float) px(3.2f));
		g.setFont(font);
		double radius = size / 2.0 - px(4.6f);
		FontMetrics metrics = g.getFontMetrics();
		double total = metrics.stringWidth(text) / radius;
		double sweep = Math.min(total, Math.toRadians(300));
		double scale = total == 0 ? 1 : sweep / total;
		double angle = -Math.PI / 2 - sweep / 2;
		for (char c : text.toCharArray()) {
			double advance = metrics.charWidth(c) / radius * scale;
			AffineTransform saved = g.getTransform();
			g.translate(size / 2.0 + radius * Math.cos(angle + advance / 2), size / 2.0 + radius * Math.sin(angle + advance / 2));
			g.rotate(angle + advance / 2 + Math.PI / 2);
			g.scale(scale, 1);
			g.drawString(String.valueOf(c), -metrics.charWidth(c) / 2f, metrics.getAscent() / 2f);
			g.setTransform(saved);
			angle += advance;
		}
		g.dispose();
		return image;
	}

	/**
	 * The seal (an uploaded PNG or the default) at real size with the caption under it: the organisation's name and the
	 * signing time, e.g. {@code 2026-12-05T10:15:30+07:00}, in red.
	 */
	static byte[] sealWithCaption(byte[] uploadedSeal, String organisation, String signingTime) {
		int size = px(SEAL_MM);
		int caption = px(CAPTION_MM);
		BufferedImage image = new BufferedImage(size, size + caption, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = graphics(image);
		BufferedImage seal = uploadedSeal == null ? defaultSeal(organisation) : read(uploadedSeal);
		g.drawImage(seal, 0, 0, size, size, null);
		g.setColor(RED);
		g.setFont(REGULAR.deriveFont((float) px(2.3f)));
		FontMetrics metrics = g.getFontMetrics();
		List<String> lines = wrap(VietnameseText.nfc(organisation == null ? "" : organisation), metrics, size);
		lines.add(signingTime);
		int y = size + metrics.getAscent();
		for (String line : lines.subList(Math.max(0, lines.size() - 3), lines.size())) {
			g.drawString(line, (size - metrics.stringWidth(line)) / 2, y);
			y += metrics.getHeight();
		}
		g.dispose();
		return png(image);
	}

	/** Whether {@code bytes} is a PNG image that can be read (an upload). */
	static boolean isPng(byte[] bytes) {
		if (bytes == null || bytes.length < 8 || (bytes[0] & 0xff) != 0x89 || bytes[1] != 'P' || bytes[2] != 'N'
				|| bytes[3] != 'G') {
			return false;
		}
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes)) != null;
		}
		catch (IOException e) {
			return false;
		}
	}

	private static List<String> wrap(String text, FontMetrics metrics, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static void star(Graphics2D g, float cx, float cy, float r) {
		Path2D star = new Path2D.Float();
		for (int i = 0; i < 10; i++) {
			double angle = -Math.PI / 2 + i * Math.PI / 5;
			double radius = i % 2 == 0 ? r : r * 0.4;
			double x = cx + radius * Math.cos(angle);
			double y = cy + radius * Math.sin(angle);
			if (i == 0) {
				star.moveTo(x, y);
			}
			else {
				star.lineTo(x, y);
			}
		}
		star.closePath();
		g.fill(star);
	}

	private static Graphics2D graphics(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		return g;
	}

	private static int px(float millimetres) {
		return Math.round(millimetres * PX_PER_MM);
	}

	private static BufferedImage read(byte[] png) {
		try {
			return ImageIO.read(new ByteArrayInputStream(png));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static Font font(String name) {
		try (InputStream in = SignatureImages.class.getResourceAsStream("/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the classpath: /fonts/" + name);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (FontFormatException e) {
			throw new IllegalStateException(e);
		}
	}
}
