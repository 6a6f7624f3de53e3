package vn.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.audit.AuditTrail;

/**
 * Keeps files under {@code MOTCUA_DATA_DIR/documents}, content-addressed by SHA-256 per agency
 * ({@code <agency>/<first two hex digits>/<sha256>}), never overwriting a file: the same bytes stored twice share one
 * file but each store gets its own {@link StoredDocument} row (the files themselves: {@link DocumentFolder}). Every
 * read verifies the checksum first.
 */
@Service
public class DocumentStore {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Uploads up to this size are read into memory and written once; larger ones go through a temporary file. */
	private static final int IN_MEMORY = 1024 * 1024;

	private static final Pattern AGENCY = Pattern.compile("[0-9A-Za-z_-]{1,5}");

	private final StoredDocuments rows;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	private final DocumentSettings settings;

	private final DocumentFolder folder;

	DocumentStore(StoredDocuments rows, AuditTrail audit, Clock clock, MessageSource messages, DocumentSettings settings,
			@Value("${motcua.data-dir}") String dataDir) {
		this.rows = rows;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
		this.settings = settings;
		this.folder = new DocumentFolder(Path.of(dataDir, "documents"));
	}

	/**
	 * Stores an upload of an agency. Refuses ({@link DocumentRefusedException}) a missing or empty upload and one over
	 * {@code motcua.documents.max-size}.
	 */
	@Transactional
	public StoredDocument store(String agencyCode, String fileName, String contentType, InputStream content) {
		return store(agencyCode, fileName, contentType, content, settings.maxSize().toBytes());
	}

	/**
	 * {@link #store(String, String, String, InputStream)} with a smaller limit for this upload (an anonymous one from
	 * the portal): the upload is read in blocks and refused as soon as it grows past {@code maxBytes} (or past
	 * {@code motcua.documents.max-size}, whichever is smaller); the message then names that limit.
	 */
	@Transactional
	public StoredDocument store(String agencyCode, String fileName, String contentType, InputStream content,
			long maxBytes) {
		StoredDocument document = keepUpload(agencyCode, fileName, contentType, content,
				Math.min(maxBytes, settings.maxSize().toBytes()));
		new Batch(List.of(document)).save();
		return document;
	}

	/** The largest file the store accepts ({@code motcua.documents.max-size}), in bytes. */
	public long maxSize() {
		return settings.maxSize().toBytes();
	}

	/**
	 * Deletes a stored document that nothing refers to any more (a file of an abandoned online draft): its row, and its
	 * bytes on disk when no other row shares them. Audited. The caller answers for the document being unreferenced.
	 */
	@Transactional
	public void discard(UUID id, String reason) {
		Optional<StoredDocument> found = find(id);
		if (found.isEmpty()) {
			return;
		}
		StoredDocument document = found.get();
		rows.delete(id);
		Runnable deleteUnshared = () -> {
			boolean shared = rows.anyAt(document.relativePath());
			Path file = location(document);
			if (!shared && folder.holds(file)) {
				DocumentFolder.deleteQuietly(file);
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deleteUnshared.run();
				}
			});
		}
		else {
			deleteUnshared.run();
		}
		audit.record("DOCUMENT_DISCARDED", document.agencyCode(), "stored_document:" + id, document.fileName()
				+ " (" + document.size() + " B, sha256 " + document.sha256() + ")", reason);
	}

	/** Several uploads of one post (the scans of an intake form): see {@link Batch}. */
	public Batch batch() {
		return new Batch();
	}

	/**
	 * The uploads of one post: each file is checked and kept as it is {@linkplain #add added} (a refused one throws,
	 * the others stay), and their rows and audit lines are written by {@link #save()}, one statement each, in the
	 * caller's transaction. Files kept but never saved are unreferenced leftovers, as after a rollback.
	 */
	public final class Batch {

		private final List<StoredDocument> kept = new ArrayList<>();

		private Batch() {
		}

		private Batch(List<StoredDocument> documents) {
			kept.addAll(documents);
		}

		/** Checks and keeps one upload; refuses a missing or empty upload and one over the maximum size. */
		public StoredDocument add(String agencyCode, String fileName, String contentType, InputStream content) {
			StoredDocument document = keepUpload(agencyCode, fileName, contentType, content, settings.maxSize().toBytes());
			kept.add(document);
			return document;
		}

		/** Writes the rows and audit lines of the uploads kept so far. */
		public void save() {
			rows.insertAll(kept);
			audit.recordAll(kept.stream().map(d -> new AuditTrail.Line("DOCUMENT_STORED", d.agencyCode(),
					"stored_document:" + d.id(), null, d.fileName() + " (" + d.size() + " B, sha256 " + d.sha256() + ")"))
				.toList());
			kept.clear();
		}
	}

	private StoredDocument keepUpload(String agencyCode, String fileName, String contentType, InputStream content,
			long limit) {
		if (agencyCode == null || agencyCode.isBlank()) {
			throw refused("documents.error.no-agency");
		}
		if (content == null || fileName == null || fileName.isBlank()) {
			throw refused("documents.error.missing");
		}
		String agency = agencyCode.strip();
		if (!AGENCY.matcher(agency).matches()) {
			throw refused("documents.error.no-agency");
		}
		try (InputStream in = content) {
			byte[] head = in.readNBytes(IN_MEMORY);
			long size;
			String sha256;
			String relativePath;
			if (head.length < IN_MEMORY) {
				// the whole upload is in memory (a scan usually is): checked, hashed and written once, in place
				size = head.length;
				checkSize(fileName, size, limit);
				sha256 = DocumentFolder.sha256(head);
				relativePath = folder.keep(agency, head, sha256);
			}
			else {
				DocumentFolder.Received received = folder.receive(head, in, limit, () -> tooLarge(limit));
				size = received.size();
				sha256 = received.sha256();
				relativePath = folder.keep(agency, received);
			}
			return new StoredDocument(UUID.randomUUID(), agency, clean(fileName),
					contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.strip(),
					size, sha256, relativePath, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS),
					AuditTrail.currentActor());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void checkSize(String fileName, long size, long limit) {
		if (size == 0) {
			throw refused("documents.error.empty", fileName);
		}
		if (size > limit) {
			throw tooLarge(limit);
		}
	}

	private DocumentRefusedException tooLarge(long limit) {
		return refused("documents.error.too-large", megabytes(limit));
	}

	/** A limit in whole megabytes as people read it (10485760 B is "10"), at least 1. */
	static String megabytes(long bytes) {
		double mb = bytes / (1024.0 * 1024.0);
		return mb >= 1 && mb == Math.floor(mb) ? String.valueOf((long) mb)
				: String.format(Locale.ROOT, "%.1f", Math.max(mb, 0.1)).replace('.', ',');
	}

	public Optional<StoredDocument> find(UUID id) {
		return rows.find(id);
	}

	/**
	 * Opens a stored file after checking that its bytes still match the recorded SHA-256; a changed or missing file
	 * gives a {@link DocumentIntegrityException}, an unknown id a {@link NoSuchElementException}.
	 */
	public InputStream open(UUID id) {
		return open(find(id).orElseThrow(() -> unknown(id)));
	}

	/** {@link #open(UUID)} for a document already read. */
	public InputStream open(StoredDocument document) {
		Path file = location(document);
		try {
			if (!folder.holds(file) || !Files.isRegularFile(file)) {
				throw integrity(document, "documents.error.file-missing");
			}
			if (Files.size(file) != document.size() || !DocumentFolder.sha256(file).equals(document.sha256())) {
				throw integrity(document, "documents.error.tampered");
			}
			return Files.newInputStream(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	NoSuchElementException unknown(UUID id) {
		return new NoSuchElementException(messages.getMessage("documents.error.unknown", new Object[] { id }, VIETNAMESE));
	}

	/** Where the bytes of a stored document are on disk (for operators and tests; read them through {@link #open}). */
	Path location(StoredDocument document) {
		return folder.location(document.relativePath());
	}

	/** The file name as the user gave it, without any folder part, in NFC. */
	private static String clean(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		return Normalizer.normalize(name.isEmpty() ? "tai-lieu" : name, Normalizer.Form.NFC);
	}

	private DocumentRefusedException refused(String key, Object... arguments) {
		return new DocumentRefusedException(key, messages.getMessage(key, arguments, VIETNAMESE), arguments);
	}

	private DocumentIntegrityException integrity(StoredDocument document, String key) {
		return new DocumentIntegrityException(document.id(), key, messages.getMessage(key,
				new Object[] { document.fileName(), document.id() }, VIETNAMESE));
	}
}
