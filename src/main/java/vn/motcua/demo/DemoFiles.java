package vn.motcua.demo;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import vn.motcua.history.ImportFiles;

/**
 * The digitised files of the demo data: two small one-page PDFs (a scanned application form, a result), generated
 * here; the import stores each once per commune in the document store (checksummed) and links it to the dossiers.
 */
final class DemoFiles implements ImportFiles {

	private final Map<String, byte[]> files = Map.of(DemoHistory.COMPONENT_FILE, pdf("MotCua - to khai (du lieu mau)"),
			DemoHistory.RESULT_FILE, pdf("MotCua - ket qua giai quyet (du lieu mau)"));

	@Override
	public Optional<InputStream> open(String path) {
		byte[] bytes = files.get(path);
		return bytes == null ? Optional.empty() : Optional.of(new ByteArrayInputStream(bytes));
	}

	@Override
	public boolean contains(String path) {
		return files.containsKey(path);
	}

	/** A minimal valid PDF with one A4 page showing one line of (ASCII) text. */
	static byte[] pdf(String text) {
		String stream = "BT /F1 14 Tf 72 770 Td (" + text + ") Tj ET";
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		int[] offsets = new int[objects.length];
		for (int i = 0; i < objects.length; i++) {
			offsets[i] = pdf.length();
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}
}
