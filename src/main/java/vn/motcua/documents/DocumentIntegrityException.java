package vn.motcua.documents;

import java.util.UUID;

/**
 * A stored file that can no longer be trusted: its bytes no longer match the SHA-256 recorded when it was stored
 * (changed on disk), or the file is gone. The message is in Vietnamese; {@code messageKey} names it in the
 * {@code documents} bundle.
 */
public class DocumentIntegrityException extends RuntimeException {

	private final UUID documentId;

	private final String messageKey;

	DocumentIntegrityException(UUID documentId, String messageKey, String message) {
		super(message);
		this.documentId = documentId;
		this.messageKey = messageKey;
	}

	public UUID documentId() {
		return documentId;
	}

	public String messageKey() {
		return messageKey;
	}
}
