package vn.motcua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded history file: kept in a temporary file (a ZIP needs random access), recognised as a ZIP by its first
 * bytes ({@code PK}), otherwise read as JSON Lines; the temporary file is deleted afterwards.
 */
final class ImportUpload {

	private ImportUpload() {
	}

	static ImportReport importFile(DossierHistoryImport imports, InputStream upload) {
		Path file = null;
		try {
			file = Files.createTempFile("motcua-import-", ".upload");
			try (InputStream in = upload) {
				Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			if (isZip(file)) {
				return imports.importZip(file);
			}
			try (InputStream lines = Files.newInputStream(file)) {
				return imports.importJsonLines(lines);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ignored) {
					// the temporary folder is cleaned by the system
				}
			}
		}
	}

	private static boolean isZip(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4);
			return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		}
	}
}
