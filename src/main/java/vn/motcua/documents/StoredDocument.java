package vn.motcua.documents;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One file kept by the {@link DocumentStore}: a scan of a dossier component, a result, a generated form. Created once
 * when stored and never changed afterwards; the bytes it points to are verified against {@code sha256} on every read.
 *
 * @param relativePath where the bytes are, relative to {@code MOTCUA_DATA_DIR/documents}
 */
public record StoredDocument(UUID id, String agencyCode, String fileName, String contentType, long size,
		String sha256, String relativePath, OffsetDateTime storedAt, String storedBy) {
}
