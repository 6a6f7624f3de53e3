package vn.motcua.history;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.motcua.documents.DocumentStore;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.history.LineDocuments.Attachment;

/**
 * The files of the imported documents, put in the document store of the dossier's commune: a file several lines
 * refer to is stored once per commune (the last 10,000 remembered). A file that cannot be stored is a reason to
 * reject its line.
 */
final class ImportedFiles {

	private final ImportFiles files;

	private final DocumentStore store;

	private final ImportMessages messages;

	/** Files stored in this import, by agency and path. */
	private final Map<String, UUID> stored = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, UUID> eldest) {
			return size() > 10_000;
		}
	};

	ImportedFiles(ImportFiles files, DocumentStore store, ImportMessages messages) {
		this.files = files;
		this.store = store;
		this.messages = messages;
	}

	/**
	 * The documents of the dossier with the ids of their stored files; a file not stored adds its reason to
	 * {@code errors} and its document is left out.
	 */
	List<DossierDocument> store(Dossier dossier, List<Attachment> attachments, List<String> errors) {
		List<DossierDocument> documents = new ArrayList<>();
		int n = 0;
		for (Attachment attachment : attachments) {
			n++;
			UUID id = null;
			if (attachment.file() != null) {
				String key = dossier.agencyCode() + '\u0000' + attachment.file();
				id = stored.get(key);
				if (id == null) {
					try (InputStream in = files.open(attachment.file()).orElseThrow()) {
						String name = Path.of(attachment.file().replace('\\', '/')).getFileName().toString();
						String type = URLConnection.guessContentTypeFromName(name);
						id = store.store(dossier.agencyCode(), name, type, in).id();
						stored.put(key, id);
					}
					catch (IOException | RuntimeException e) {
						errors.add(messages.say("imports.error.fileNotStored", n, attachment.file(),
								String.valueOf(e.getMessage())));
						continue;
					}
				}
			}
			DossierDocument listed = dossier.documents().get(n - 1);
			documents.add(new DossierDocument(listed.kind(), listed.name(), listed.original(), listed.copies(), id));
		}
		return documents;
	}
}
