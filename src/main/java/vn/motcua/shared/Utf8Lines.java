package vn.motcua.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads an uploaded text file (JSON Lines, CSV) one physical line at a time with bounded memory: a line longer than
 * {@code maxLineBytes} is not kept (its bytes are skipped up to the next line end) and comes back as
 * {@link Problem#TOO_LONG}; a line that is not valid UTF-8 comes back as {@link Problem#NOT_UTF8}, never with
 * replacement characters. Line ends are {@code \n} or {@code \r\n}; lines are numbered from 1, blank ones included.
 */
public final class Utf8Lines {

	/** Why a line could not be read. */
	public enum Problem {
		TOO_LONG, NOT_UTF8
	}

	/** One line: its number and text, or (text null) the problem that kept it from being read. */
	public record Line(int number, String text, Problem problem) {
	}

	private final InputStream in;

	private final int maxLineBytes;

	private final byte[] buffer = new byte[64 * 1024];

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private byte[] line = new byte[1024];

	private int position;

	private int end;

	private int number;

	private boolean finished;

	public Utf8Lines(InputStream in, int maxLineBytes) {
		this.in = in;
		this.maxLineBytes = maxLineBytes;
	}

	/** The next line, or null at the end of the stream. */
	public Line next() throws IOException {
		if (finished) {
			return null;
		}
		int length = 0;
		boolean tooLong = false;
		boolean any = false;
		while (true) {
			if (position == end) {
				end = in.read(buffer, 0, buffer.length);
				position = 0;
				if (end <= 0) {
					end = 0;
					finished = true;
					if (!any) {
						return null;
					}
					break;
				}
			}
			any = true;
			int newline = -1;
			for (int i = position; i < end; i++) {
				if (buffer[i] == '\n') {
					newline = i;
					break;
				}
			}
			int stop = newline < 0 ? end : newline;
			int count = stop - position;
			if (!tooLong) {
				if (length + count > maxLineBytes + 1) {
					// one byte over the limit is allowed for the \r of a \r\n line end
					tooLong = true;
				}
				else {
					if (length + count > line.length) {
						line = Arrays.copyOf(line, Math.max(length + count, Math.min(line.length * 2, maxLineBytes + 1)));
					}
					System.arraycopy(buffer, position, line, length, count);
					length += count;
				}
			}
			position = stop;
			if (newline >= 0) {
				position++;
				break;
			}
		}
		number++;
		if (!tooLong && length > 0 && line[length - 1] == '\r') {
			length--;
		}
		if (tooLong || length > maxLineBytes) {
			shrink();
			return new Line(number, null, Problem.TOO_LONG);
		}
		try {
			String text = decoder.reset().decode(ByteBuffer.wrap(line, 0, length)).toString();
			shrink();
			return new Line(number, text, null);
		}
		catch (CharacterCodingException notUtf8) {
			return new Line(number, null, Problem.NOT_UTF8);
		}
	}

	/** Lets one long line's buffer go (lines are usually short). */
	private void shrink() {
		if (line.length > 64 * 1024) {
			line = new byte[1024];
		}
	}
}
