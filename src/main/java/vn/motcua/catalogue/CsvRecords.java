package vn.motcua.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: comma-separated, double quotes, quoted cells may hold commas, quotes and line breaks) from a
 * stream one record at a time, never the whole file. Each line is decoded as strict UTF-8: a line that is not valid
 * UTF-8 comes back as a record with an encoding error, and the next lines are read on. Text is normalised to NFC.
 */
final class CsvRecords {

	/** One record: the line it starts on, its cells, or why it could not be read. */
	record CsvRecord(int line, List<String> cells, boolean badEncoding) {
	}

	private final InputStream in;

	private int lineNumber;

	private boolean first = true;

	CsvRecords(InputStream in) {
		this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 64 * 1024);
	}

	/** The next record, or null at the end of the stream. Blank lines are skipped. */
	CsvRecord next() {
		StringBuilder text = new StringBuilder();
		int start = -1;
		boolean badEncoding = false;
		while (true) {
			byte[] bytes = readLine();
			if (bytes == null) {
				if (start < 0) {
					return null;
				}
				break;
			}
			lineNumber++;
			String line;
			try {
				line = decode(bytes);
			}
			catch (CharacterCodingException notUtf8) {
				badEncoding = true;
				line = new String(bytes, StandardCharsets.UTF_8);
			}
			if (first) {
				first = false;
				if (line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
			}
			if (start < 0) {
				if (line.isBlank()) {
					continue;
				}
				start = lineNumber;
			}
			else {
				text.append('\n');
			}
			text.append(line);
			if (quotesBalanced(text)) {
				break;
			}
		}
		return new CsvRecord(start, badEncoding ? List.of() : split(text), badEncoding);
	}

	private static String decode(byte[] bytes) throws CharacterCodingException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		String line = decoder.decode(ByteBuffer.wrap(bytes)).toString();
		if (line.indexOf('\u0000') >= 0) {
			throw new CharacterCodingException();
		}
		return Normalizer.normalize(line, Normalizer.Form.NFC);
	}

	/** One physical line without its end (\n or \r\n), or null at the end of the stream. */
	private byte[] readLine() {
		try {
			ByteArrayOutputStream line = new ByteArrayOutputStream(256);
			int b = in.read();
			if (b < 0) {
				return null;
			}
			while (b >= 0 && b != '\n') {
				line.write(b);
				b = in.read();
			}
			byte[] bytes = line.toByteArray();
			int length = bytes.length;
			if (length > 0 && bytes[length - 1] == '\r') {
				return java.util.Arrays.copyOf(bytes, length - 1);
			}
			return bytes;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean quotesBalanced(CharSequence text) {
		int quotes = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '"') {
				quotes++;
			}
		}
		return quotes % 2 == 0;
	}

	static List<String> split(CharSequence text) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString().trim());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().trim());
		return cells;
	}
}
