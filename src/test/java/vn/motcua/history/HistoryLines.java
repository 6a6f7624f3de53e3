package vn.motcua.history;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Crafted history lines and files for the import tests: unique codes, JSON written by hand as an integrator would. */
public final class HistoryLines {

	private HistoryLines() {
	}

	/** A code no other test uses. */
	public static String code(String label) {
		return "OLD-" + label + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A line of commune 14908, procedure 1.001022 (3 working days), received at {@code receivedAt}, with these events. */
	public static String line(String code, String receivedAt, String events) {
		return """
				{"code": "%s", "agency": "14908", "procedureCode": "1.001022", "channel": "DIRECT", \
				"applicant": {"name": "Nguyễn Văn An", "idNumber": "038090001234", "phone": "0912345678", "address": "Thôn 1, xã Thiên Phủ"}, \
				"receivedAt": "%s", "events": [%s]}""".formatted(code, receivedAt, events);
	}

	public static String event(String type, String at) {
		return "{\"type\": \"%s\", \"at\": \"%s\"}".formatted(type, at);
	}

	public static String resolved(String outcome, String at) {
		return "{\"type\": \"RESOLVED\", \"at\": \"%s\", \"outcome\": \"%s\", \"reason\": \"Theo quy định\"}"
			.formatted(at, outcome);
	}

	public static String extended(String newDueDate, String at) {
		return "{\"type\": \"EXTENDED\", \"at\": \"%s\", \"newDueDate\": \"%s\", \"reason\": \"Cần xác minh thêm\"}"
			.formatted(at, newDueDate);
	}

	public static InputStream lines(String... lines) {
		return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
	}

	public static byte[] zip(String jsonl, Map<String, byte[]> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry("dossiers.jsonl"));
			zip.write(jsonl.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
