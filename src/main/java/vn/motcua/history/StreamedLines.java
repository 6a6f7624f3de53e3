package vn.motcua.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import vn.motcua.shared.Utf8Lines;

/**
 * The lines of an import as the batch loop takes them, one at a time, never the whole file in memory: read from a
 * stream ({@link Utf8Lines}, which marks a line too long or not UTF-8), or already in memory (the demo data generator),
 * numbered from 1.
 */
final class StreamedLines {

	private StreamedLines() {
	}

	static Iterator<Utf8Lines.Line> of(Utf8Lines reader) {
		return new Iterator<>() {

			private Utf8Lines.Line next = read();

			@Override
			public boolean hasNext() {
				return next != null;
			}

			@Override
			public Utf8Lines.Line next() {
				Utf8Lines.Line line = next;
				next = read();
				return line;
			}

			private Utf8Lines.Line read() {
				try {
					return reader.next();
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		};
	}

	static Iterator<Utf8Lines.Line> numbered(Iterator<String> lines) {
		return new Iterator<>() {

			private int number;

			@Override
			public boolean hasNext() {
				return lines.hasNext();
			}

			@Override
			public Utf8Lines.Line next() {
				return new Utf8Lines.Line(++number, lines.next(), null);
			}
		};
	}
}
