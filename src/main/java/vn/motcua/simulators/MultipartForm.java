package vn.motcua.simulators;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body as a browser posts a form with files (RFC 7578), read by the simulator's page
 * (the JDK's server has no parser of its own): each part's field name, file name, type and bytes.
 */
final class MultipartForm {

	private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");

	private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");

	private static final Pattern FILE_NAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

	/** One part: a field ({@code fileName} null) or a file. */
	record Part(String name, String fileName, String contentType, byte[] content) {

		String text() {
			return new String(content, StandardCharsets.UTF_8);
		}
	}

	private final Map<String, List<Part>> parts = new LinkedHashMap<>();

	private MultipartForm() {
	}

	/** Reads {@code body}; an empty form when {@code contentType} is not multipart. */
	static MultipartForm parse(String contentType, byte[] body) {
		MultipartForm form = new MultipartForm();
		Matcher boundary = BOUNDARY.matcher(contentType == null ? "" : contentType);
		if (!boundary.find()) {
			return form;
		}
		byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
		int at = indexOf(body, delimiter, 0);
		while (at >= 0) {
			int start = at + delimiter.length;
			if (start + 2 > body.length || body[start] == '-' && body[start + 1] == '-') {
				break;
			}
			start += 2; // CRLF after the delimiter
			int next = indexOf(body, delimiter, start);
			if (next < 0) {
				break;
			}
			form.part(Arrays.copyOfRange(body, start, Math.max(start, next - 2)));
			at = next;
		}
		return form;
	}

	/** The text of field {@code name}, "" when absent. */
	String field(String name) {
		List<Part> found = parts.get(name);
		return found == null || found.isEmpty() ? "" : found.get(0).text().strip();
	}

	/** The file of field {@code name}, if one was chosen. */
	Part file(String name) {
		List<Part> found = parts.get(name);
		return found == null || found.isEmpty() || found.get(0).fileName() == null || found.get(0).content().length == 0
				? null : found.get(0);
	}

	private void part(byte[] part) {
		int end = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
		if (end < 0) {
			return;
		}
		String headers = new String(part, 0, end, StandardCharsets.UTF_8);
		Matcher name = NAME.matcher(headers);
		if (!name.find()) {
			return;
		}
		Matcher fileName = FILE_NAME.matcher(headers);
		String type = headers.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
			.map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("text/plain");
		parts.computeIfAbsent(name.group(1), k -> new ArrayList<>()).add(new Part(name.group(1),
				fileName.find() ? fileName.group(1) : null, type, Arrays.copyOfRange(part, end + 4, part.length)));
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = from; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
