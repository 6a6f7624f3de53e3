package vn.motcua.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF with openhtmltopdf (PDFBox 3). The Liberation Serif 2 fonts (the metric twin of Times New Roman, SIL
 * OFL) come from the classpath, never from the operating system, and are embedded as subsets. Font bytes and metrics
 * are kept in memory and the renderer is warmed once after start-up, so a form renders in tens of milliseconds. The
 * signing places of the layout become empty signature fields ({@link SignaturePlaces}).
 */
@Component
class PdfRenderer {

	private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

	private static final byte[] REGULAR = font("LiberationSerif-Regular.ttf");

	private static final byte[] BOLD = font("LiberationSerif-Bold.ttf");

	private static final byte[] ITALIC = font("LiberationSerif-Italic.ttf");

	private static final byte[] BOLD_ITALIC = font("LiberationSerif-BoldItalic.ttf");

	static {
		// openhtmltopdf logs every render at INFO on its own console handler; keep warnings only
		XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
	}

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

	byte[] render(String xhtml, String title) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
		builder.useFont(() -> new ByteArrayInputStream(REGULAR), OfficialLayout.FONT, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(BOLD), OfficialLayout.FONT, 700, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(ITALIC), OfficialLayout.FONT, 400, FontStyle.ITALIC, true);
		builder.useFont(() -> new ByteArrayInputStream(BOLD_ITALIC), OfficialLayout.FONT, 700, FontStyle.ITALIC, true);
		builder.useUnicodeLineBreaker(new DateKeepingLineBreaker());
		builder.withHtmlContent(xhtml, null);
		builder.withProducer("MotCua");
		// PDF/A-3u (archival; every font embedded) also keeps openhtmltopdf from loading the non-embeddable standard 14
		// fonts on every render, which made PDFBox look for a Symbol font in the operating system each time
		builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
		builder.useColorProfile(SRGB);
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.layout();
			renderer.createPDFWithoutClosing();
			// the signing places of the layout become empty signature fields (SignaturePlaces)
			List<PagePosition<?>> places = new ArrayList<>(renderer.findPagePositionsByID(SignaturePlaces.ID_PATTERN));
			SignaturePlaces.addFields(renderer.getPdfDocument(), places);
			renderer.getPdfDocument().save(pdf);
		}
		catch (IOException e) {
			throw new UncheckedIOException("PDF rendering failed: " + title, e);
		}
		return pdf.toByteArray();
	}

	/** Renders one small document in the background after start-up so that the first real form is fast too. */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread warm = new Thread(() -> {
			try {
				render(OfficialLayout.xhtml(WarmUpDocument.sample()), "warm-up");
			}
			catch (RuntimeException e) {
				log.warn("PDF renderer warm-up failed", e);
			}
		}, "pdf-renderer-warm-up");
		warm.setDaemon(true);
		warm.setPriority(Thread.MIN_PRIORITY);
		warm.start();
	}

	private static byte[] font(String name) {
		try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + name)) {
			if (in == null) {
				throw new IllegalStateException("font missing from the classpath: /fonts/" + name);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
