package vn.motcua.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

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
			copy(upload, file, imports.maxUpload(), imports);
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

	/** Copies the upload in blocks, refusing it (413) as soon as it grows past {@code MOTCUA_MAX_UPLOAD}. */
	private static void copy(InputStream upload, Path file, long limit, DossierHistoryImport imports)
			throws IOException {
		try (InputStream in = upload; OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			for (int n; (n = in.read(buffer)) > 0;) {
				total += n;
				if (total > limit) {
					throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
							imports.say("upload.error.tooLarge", ImportMessages.megabytes(limit)));
				}
				out.write(buffer, 0, n);
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
