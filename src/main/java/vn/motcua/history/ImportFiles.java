package vn.motcua.history;

import java.io.InputStream;
import java.util.Optional;

/**
 * The files a history import may link to its dossiers, by their path inside the upload: the entries of a ZIP, the
 * generated scans of the demo data, or none for a plain JSON Lines body.
 */
public interface ImportFiles {

	/** No files: a JSON Lines body on its own. */
	ImportFiles NONE = path -> Optional.empty();

	/** Opens the file at that path, if the upload holds it. */
	Optional<InputStream> open(String path);

	/** Whether the upload holds a file at that path. */
	default boolean contains(String path) {
		Optional<InputStream> in = open(path);
		in.ifPresent(stream -> {
			try {
				stream.close();
			}
			catch (java.io.IOException ignored) {
				// only asked whether it exists
			}
		});
		return in.isPresent();
	}
}
