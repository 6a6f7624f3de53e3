package vn.motcua.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code documents} cell of a catalogue CSV row: one required document per line, with optional markers. The
 * markers are Vietnamese words of the file format (docs/catalogue.md), parsed, not shown: they stay here, not in a
 * message bundle, so that a change of wording on the pages never changes which files import.
 */
final class DocumentLines {

	private DocumentLines() {
	}

	/**
	 * Documents, one per line of the cell. A line may start with markers in brackets (docs/catalogue.md):
	 * {@code [xuất trình]} only shown, never kept or scanned; {@code [nếu: case]} needed only in that case, which the
	 * counter ticks; {@code [bản sao]} / {@code [bản chính]}; {@code [2 bản]} how many. Without markers a line is a
	 * mandatory original, and “(nếu có)” in its name marks it conditional, as in files written before the markers.
	 */
	static List<RequiredDocument> parse(String cell) {
		List<RequiredDocument> documents = new ArrayList<>();
		for (String item : cell.split("\n")) {
			String name = item.trim();
			RequiredDocument.Requirement requirement = RequiredDocument.Requirement.MANDATORY;
			String condition = null;
			boolean original = true;
			int copies = 1;
			while (name.startsWith("[") && name.indexOf(']') > 0) {
				String marker = name.substring(1, name.indexOf(']')).strip();
				String lower = marker.toLowerCase(Locale.ROOT);
				if (lower.equals("xuất trình")) {
					requirement = RequiredDocument.Requirement.SHOWN;
				}
				else if (lower.startsWith("nếu:")) {
					requirement = RequiredDocument.Requirement.CONDITIONAL;
					condition = marker.substring(4).strip();
				}
				else if (lower.equals("bản sao")) {
					original = false;
				}
				else if (lower.equals("bản chính")) {
					original = true;
				}
				else if (lower.matches("[0-9]{1,2} bản")) {
					copies = Math.max(1, Integer.parseInt(lower.substring(0, lower.indexOf(' '))));
				}
				else {
					break;
				}
				name = name.substring(name.indexOf(']') + 1).strip();
			}
			if (!name.isEmpty()) {
				if (requirement == RequiredDocument.Requirement.MANDATORY
						&& name.toLowerCase(Locale.ROOT).contains("(nếu có)")) {
					requirement = RequiredDocument.Requirement.CONDITIONAL;
				}
				documents.add(new RequiredDocument(documents.size() + 1, name, original, copies, null, requirement,
						condition));
			}
		}
		return documents;
	}
}
