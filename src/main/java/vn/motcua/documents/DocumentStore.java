package vn.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.VietnamTime;

/**
 * Keeps files under {@code MOTCUA_DATA_DIR/documents}, content-addressed by SHA-256 per agency
 * ({@code <agency>/<first two hex digits>/<sha256>}), never overwriting a file: the same bytes stored twice share one
 * file but each store gets its own {@link StoredDocument} row. Every read verifies the checksum first.
 */
@Service
public class DocumentStore {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Uploads up to this size are read into memory and written once; larger ones go through a temporary file. */
	private static final int IN_MEMORY = 1024 * 1024;

	private static final Pattern AGENCY = Pattern.compile("[0-9A-Za-z_-]{1,5}");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	private final DocumentSettings settings;

	private final Path root;

	private final Set<Path> folders = ConcurrentHashMap.newKeySet();

	DocumentStore(JdbcClient jdbc, AuditTrail audit, Clock clock, MessageSource messages, DocumentSettings settings,
			@Value("${motcua.data-dir}") String dataDir) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
		this.settings = settings;
		this.root = Path.of(dataDir, "documents").toAbsolutePath().normalize();
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
		jdbc.sql("delete from stored_document where id = ?").param(id).update();
		Runnable deleteUnshared = () -> {
			boolean shared = jdbc.sql("select exists (select 1 from stored_document where relative_path = ?)")
				.param(document.relativePath()).query(Boolean.class).single();
			Path file = location(document);
			if (!shared && file.startsWith(root)) {
				deleteQuietly(file);
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
			insertAll(kept);
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
				sha256 = HexFormat.of().formatHex(digest().digest(head));
				relativePath = keep(agency, sha256, size, target -> write(target, head));
			}
			else {
				Received received = receive(head, in, limit);
				try {
					size = received.size();
					sha256 = received.sha256();
					relativePath = keep(agency, sha256, size, target -> link(received.file(), target));
				}
				finally {
					deleteQuietly(received.file());
				}
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
		return jdbc.sql("""
				select id, agency_code, file_name, content_type, size_bytes, sha256, relative_path, stored_at, stored_by
				from stored_document where id = ?""")
			.param(id)
			.query((rs, i) -> new StoredDocument(rs.getObject("id", UUID.class), rs.getString("agency_code"),
					rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
					rs.getString("sha256"), rs.getString("relative_path"),
					VietnamTime.read(rs, "stored_at"),
					rs.getString("stored_by")))
			.optional();
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
			if (!file.startsWith(root) || !Files.isRegularFile(file)) {
				throw integrity(document, "documents.error.file-missing");
			}
			if (Files.size(file) != document.size() || !sha256(file).equals(document.sha256())) {
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
		return root.resolve(document.relativePath()).normalize();
	}

	/** An upload copied to a temporary file, with its size and checksum computed during the copy. */
	private record Received(Path file, long size, String sha256) {
	}

	/**
	 * Copies a large upload ({@code head}, then the rest of {@code rest}) to a temporary file, refusing it as soon as
	 * it grows past the size limit.
	 */
	private Received receive(byte[] head, InputStream rest, long limit) throws IOException {
		Path temporary = Files.createTempFile(directory(root.resolve("incoming")), "upload-", ".part");
		MessageDigest digest = digest();
		long total = head.length;
		try (OutputStream out = Files.newOutputStream(temporary)) {
			if (total > limit) {
				throw tooLarge(limit);
			}
			digest.update(head);
			out.write(head);
			byte[] buffer = new byte[64 * 1024];
			for (int n; (n = rest.read(buffer)) > 0;) {
				total += n;
				if (total > limit) {
					throw tooLarge(limit);
				}
				digest.update(buffer, 0, n);
				out.write(buffer, 0, n);
			}
		}
		catch (RuntimeException | IOException e) {
			deleteQuietly(temporary);
			throw e;
		}
		return new Received(temporary, total, HexFormat.of().formatHex(digest.digest()));
	}

	/** Puts the bytes at a path that must not exist yet ({@link FileAlreadyExistsException} if it does). */
	private interface Placement {

		void place(Path target) throws IOException;
	}

	/**
	 * Puts the bytes at their content address without ever replacing a file: the placement fails if the target
	 * exists. An existing file with the same bytes is reused (stored before, or concurrently by someone else); a
	 * different one (damaged, or still being written) is left alone and the new bytes go beside it under a unique name.
	 */
	private String keep(String agency, String sha256, long size, Placement placement) throws IOException {
		String relative = agency + "/" + sha256.substring(0, 2) + "/" + sha256;
		Path target = root.resolve(relative);
		try {
			placeIn(directory(target.getParent()), target, placement);
		}
		catch (FileAlreadyExistsException e) {
			if (Files.size(target) == size && sha256(target).equals(sha256)) {
				return relative;
			}
			relative = relative + "-" + UUID.randomUUID();
			target = root.resolve(relative);
			placeIn(target.getParent(), target, placement);
		}
		target.toFile().setReadOnly();
		return relative;
	}

	/** Places the file, making its folder again if it was removed since it was made. */
	private void placeIn(Path folder, Path target, Placement placement) throws IOException {
		try {
			placement.place(target);
		}
		catch (NoSuchFileException e) {
			folders.remove(folder);
			directory(folder);
			placement.place(target);
		}
	}

	/** A folder of the store, made once (the folders made are remembered: making them is a few system calls). */
	private Path directory(Path folder) throws IOException {
		if (!folders.contains(folder)) {
			Files.createDirectories(folder);
			folders.add(folder);
		}
		return folder;
	}

	private static void write(Path target, byte[] bytes) throws IOException {
		OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		try (out) {
			out.write(bytes);
		}
		catch (IOException e) {
			deleteQuietly(target);
			throw e;
		}
	}

	private static void link(Path temporary, Path target) throws IOException {
		try {
			Files.createLink(target, temporary);
		}
		catch (UnsupportedOperationException e) {
			Files.move(temporary, target);
		}
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private void insertAll(List<StoredDocument> documents) {
		if (documents.isEmpty()) {
			return;
		}
		int n = documents.size();
		String[] ids = new String[n];
		String[] agencies = new String[n];
		String[] names = new String[n];
		String[] types = new String[n];
		long[] sizes = new long[n];
		String[] checksums = new String[n];
		String[] paths = new String[n];
		String[] times = new String[n];
		String[] actors = new String[n];
		for (int k = 0; k < n; k++) {
			StoredDocument d = documents.get(k);
			ids[k] = d.id().toString();
			agencies[k] = d.agencyCode();
			names[k] = d.fileName();
			types[k] = d.contentType();
			sizes[k] = d.size();
			checksums[k] = d.sha256();
			paths[k] = d.relativePath();
			times[k] = d.storedAt().toString();
			actors[k] = d.storedBy();
		}
		jdbc.sql("""
				insert into stored_document (id, agency_code, file_name, content_type, size_bytes, sha256,
				    relative_path, stored_at, stored_by)
				select * from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
				    cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as timestamptz[]), cast(? as text[]))""")
			.params(ids, agencies, names, types, sizes, checksums, paths, times, actors)
			.update();
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
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

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// a leftover in incoming/ is harmless
		}
	}
}
