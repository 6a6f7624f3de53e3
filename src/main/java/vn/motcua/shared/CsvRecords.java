package vn.motcua.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;


/**
 * Reads CSV (RFC 4180: comma-separated, double quotes, quoted cells may hold commas, quotes and line breaks) from a
 * stream one record at a time, never the whole file, in time linear in its size. Each line is decoded as strict
 * UTF-8: a line that is not valid UTF-8, or longer than {@link #MAX_LINE_BYTES}, comes back as a record with that
 * problem, and the next lines are read on. A quote left open swallows at most {@link #MAX_RECORD_CHARS}: then (or at
 * the end of the file) the record's first line is reported as an unclosed quote and the lines after it are read again
 * as records of their own. Text is normalised to NFC.
 */
public final class CsvRecords {

	/** The longest line read (1 MiB). */
	public static final int MAX_LINE_BYTES = 1024 * 1024;

	/** The longest record (a quoted cell over several lines), in characters (1 Mi). */
	public static final int MAX_RECORD_CHARS = 1024 * 1024;

	/** Why a record could not be read. */
	public enum Problem {
		NOT_UTF8, TOO_LONG, UNCLOSED_QUOTE
	}

	/** One record: the line it starts on, its cells, or why it could not be read. */
	public record CsvRecord(int line, List<String> cells, Problem problem) {

		public boolean badEncoding() {
			return problem == Problem.NOT_UTF8;
		}
	}

	private final Utf8Lines lines;

	/** Lines read again after an unclosed quote was given up, in order. */
	private final Deque<Utf8Lines.Line> again = new ArrayDeque<>();

	private boolean first = true;

	public CsvRecords(InputStream in) {
		this.lines = new Utf8Lines(in, MAX_LINE_BYTES);
	}

	/** The next record, or null at the end of the stream. Blank lines are skipped. */
	public CsvRecord next() {
		List<Utf8Lines.Line> taken = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		Problem problem = null;
		boolean open = false;
		while (true) {
			Utf8Lines.Line line = nextLine();
			if (line == null) {
				if (taken.isEmpty()) {
					return null;
				}
				if (open) {
					return unclosed(taken);
				}
				break;
			}
			String content = line.text();
			if (line.problem() == null) {
				if (content.indexOf('\u0000') >= 0) {
					line = new Utf8Lines.Line(line.number(), null, Utf8Lines.Problem.NOT_UTF8);
					content = null;
				}
				else {
					content = Normalizer.normalize(content, Normalizer.Form.NFC);
					if (first && content.startsWith("\uFEFF")) {
						content = content.substring(1);
					}
				}
			}
			first = false;
			if (taken.isEmpty() && content != null && content.isBlank()) {
				continue;
			}
			if (!taken.isEmpty()) {
				text.append('\n');
			}
			taken.add(line);
			if (content == null) {
				problem = problem != null ? problem
						: line.problem() == Utf8Lines.Problem.TOO_LONG ? Problem.TOO_LONG : Problem.NOT_UTF8;
			}
			else {
				text.append(content);
				open ^= oddQuotes(content);
			}
			if (!open) {
				break;
			}
			if (text.length() > MAX_RECORD_CHARS) {
				return unclosed(taken);
			}
		}
		int start = taken.get(0).number();
		return problem != null ? new CsvRecord(start, List.of(), problem) : new CsvRecord(start, split(text), null);
	}

	/** Gives up a record whose quote never closes: its first line is reported, the others are read again. */
	private CsvRecord unclosed(List<Utf8Lines.Line> taken) {
		for (int i = taken.size() - 1; i >= 1; i--) {
			again.addFirst(taken.get(i));
		}
		return new CsvRecord(taken.get(0).number(), List.of(), Problem.UNCLOSED_QUOTE);
	}

	private Utf8Lines.Line nextLine() {
		if (!again.isEmpty()) {
			return again.pollFirst();
		}
		try {
			return lines.next();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean oddQuotes(String line) {
		int quotes = 0;
		for (int i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) {
			quotes++;
		}
		return quotes % 2 == 1;
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
