package vn.motcua.documents;

import org.springframework.stereotype.Service;

/**
 * Renders {@link OfficialDocument}s in the Nghị định 30/2020 layout: a real A4 PDF with the bundled Liberation Serif 2
 * fonts embedded (for printing, storing and signing), and a DOCX of the same document (for officers who edit it
 * further, e.g. the quarterly report).
 */
@Service
public class OfficialDocuments {

	private final PdfRenderer renderer;

	OfficialDocuments(PdfRenderer renderer) {
		this.renderer = renderer;
	}

	public byte[] pdf(OfficialDocument document) {
		return renderer.render(OfficialLayout.xhtml(document), document.title());
	}

	public byte[] docx(OfficialDocument document) {
		return DocxWriter.write(document);
	}
}
