package vn.motcua.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.motcua.dossier.DossierDocument;

/**
 * The documents of a history line (legal-rules.md §5): a known kind, a name (or the name of its file), and a file
 * that the ZIP holds when one is given.
 */
final class LineDocuments {

	private final ImportMessages messages;

	private final ImportFiles files;

	LineDocuments(ImportMessages messages, ImportFiles files) {
		this.messages = messages;
		this.files = files;
	}

	/** A document of the line: its kind and name, and the path of its file inside the ZIP (null: not digitised). */
	record Attachment(DossierDocument.Kind kind, String name, String file) {
	}

	List<Attachment> read(List<HistoryLine.Document> documents, List<String> errors) {
		List<Attachment> attachments = new ArrayList<>();
		int n = 0;
		for (HistoryLine.Document document : documents) {
			n++;
			DossierDocument.Kind kind = null;
			try {
				kind = DossierDocument.Kind.valueOf(String.valueOf(document.kind()).toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				errors.add(messages.say("imports.error.documentKindUnknown", n,
						document.kind() == null ? "" : document.kind()));
			}
			String name = document.name() != null ? document.name() : lastSegment(document.file());
			if (name == null) {
				errors.add(messages.say("imports.error.documentNameMissing", n));
			}
			if (document.file() != null && !files.contains(document.file())) {
				errors.add(messages.say("imports.error.fileMissing", n, document.file()));
			}
			attachments.add(new Attachment(kind, name, document.file()));
		}
		return attachments;
	}

	private static String lastSegment(String path) {
		if (path == null) {
			return null;
		}
		String name = path.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		return name.isEmpty() ? null : name;
	}
}
