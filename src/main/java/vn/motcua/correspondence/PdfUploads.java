package vn.motcua.correspondence;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

import vn.motcua.documents.DocumentStore;
import vn.motcua.documents.StoredDocument;

/**
 * Keeps the PDF of a document in the checksummed store after checking it is one: it starts with {@code %PDF-} and
 * PDFBox reads it with at least one page. A file named .pdf that is not refused with a clear message.
 */
@Component
class PdfUploads {

	private final DocumentStore store;

	PdfUploads(DocumentStore store) {
		this.store = store;
	}

	StoredDocument keep(String agencyCode, String fileName, byte[] content) {
		check(content, fileName);
		String name = fileName == null || fileName.isBlank() ? "van-ban.pdf" : fileName.strip();
		return store.store(agencyCode, name, "application/pdf", new ByteArrayInputStream(content));
	}

	static void check(byte[] content, String fileName) {
		if (content == null || content.length == 0) {
			throw new CorrespondenceRefused("correspondence.pdf.missing");
		}
		if (content.length < 5 || !new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
			throw new CorrespondenceRefused("correspondence.pdf.notPdf", fileName);
		}
		try (PDDocument pdf = Loader.loadPDF(content)) {
			if (pdf.getNumberOfPages() < 1) {
				throw new CorrespondenceRefused("correspondence.pdf.notPdf", fileName);
			}
		}
		catch (IOException unreadable) {
			throw new CorrespondenceRefused("correspondence.pdf.notPdf", fileName);
		}
	}
}
