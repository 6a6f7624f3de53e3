package vn.motcua.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.agency.Agencies;
import vn.motcua.audit.AuditTrail;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.documents.DocumentStore;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierHistory;
import vn.motcua.dossier.ImportBatchWriter;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.Utf8Lines;

/**
 * Migration of dossiers from an earlier system (legal-rules.md §5): JSON Lines, one dossier per line, or a ZIP
 * holding {@code dossiers.jsonl} and the files it refers to. The file is read line by line and written in batches
 * with {@code COPY}, so its size does not matter; good lines go in, each bad line is reported with its number and
 * reasons. Idempotent by dossier code: a line whose code a dossier already has is <em>skipped</em>, never updated, so
 * importing the same file twice changes nothing. Imported dossiers are ordinary dossiers afterwards (same tables,
 * same meaning of every column, steps by the actor {@code import}), each replayed through the dossier's own verbs
 * ({@link DossierHistory}), so that history obeys the same rules as the counter; they publish no events (nobody is
 * notified of history) and the import writes one audit line with its counts.
 */
@Service
public class DossierHistoryImport {

	static final int BATCH_SIZE = 2_000;

	/** A batch is also written once its lines hold this many characters (long lines: memory stays bounded). */
	static final long BATCH_CHARS = 8L * 1024 * 1024;

	/**
	 * Rejected lines listed in the report; the others are counted in one last entry (a file of millions of bad
	 * lines must not fill the memory with their reasons).
	 */
	static final int LISTED = 10_000;

	/** The longest line read (1 MiB; a dossier with its events and documents is a few kilobytes). */
	static final int MAX_LINE_BYTES = 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(DossierHistoryImport.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DossierHistory history;

	private final Catalogue catalogue;

	private final Agencies agencies;

	private final DocumentStore store;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final DataSize maxUnpacked;

	private final DataSize maxUpload;

	DossierHistoryImport(DossierHistory history, Catalogue catalogue, Agencies agencies,
			DocumentStore store, AuditTrail audit, MessageSource messages,
			@Value("${motcua.imports.max-unpacked-size:2GB}") DataSize maxUnpacked,
			@Value("${spring.servlet.multipart.max-request-size:512MB}") DataSize maxUpload) {
		this.maxUnpacked = maxUnpacked;
		this.maxUpload = maxUpload;
		this.history = history;
		this.catalogue = catalogue;
		this.agencies = agencies;
		this.store = store;
		this.audit = audit;
		this.messages = messages;
	}

	/** Imports a JSON Lines body (UTF-8), for the agencies the signed-in user may see. */
	public ImportReport importJsonLines(InputStream body) {
		return importRead(lines(new Utf8Lines(body, MAX_LINE_BYTES)), ImportFiles.NONE, currentUserMay());
	}

	/**
	 * Imports a ZIP file holding {@code dossiers.jsonl} and the files it refers to. Refused as a whole, before any line
	 * is imported, when its directory is larger than {@link ZipImportFiles#MAX_DIRECTORY_BYTES} or its entries
	 * unpack to more than {@code motcua.imports.max-unpacked-size} (a ZIP bomb): 413 with the reason.
	 */
	public ImportReport importZip(Path zipFile) {
		Optional<ZipImportFiles> opened;
		try {
			opened = ZipImportFiles.open(zipFile, maxUnpacked.toBytes());
		}
		catch (ZipImportFiles.DirectoryTooLarge e) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, say("imports.error.zipDirectoryTooLarge",
					megabytes(e.size()), megabytes(ZipImportFiles.MAX_DIRECTORY_BYTES)));
		}
		catch (ZipImportFiles.UnpackedTooLarge e) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, say("imports.error.unpackedTooLarge",
					megabytes(maxUnpacked.toBytes())));
		}
		catch (IOException | RuntimeException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, say("imports.error.notZip"));
		}
		try (ZipImportFiles zip = opened.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
				say("imports.error.zipWithoutJsonl")));
				InputStream lines = zip.lines()) {
			return importRead(lines(new Utf8Lines(lines, MAX_LINE_BYTES)), zip, currentUserMay());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The largest upload (page or API body) taken: {@code MOTCUA_MAX_UPLOAD}. */
	long maxUpload() {
		return maxUpload.toBytes();
	}

	private static Iterator<Utf8Lines.Line> lines(Utf8Lines reader) {
		return new Iterator<>() {

			private Utf8Lines.Line next = read();

			@Override
			public boolean hasNext() {
				return next != null;
			}

			@Override
			public Utf8Lines.Line next() {
				Utf8Lines.Line line = next;
				next = read();
				return line;
			}

			private Utf8Lines.Line read() {
				try {
					return reader.next();
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		};
	}

	/**
	 * Lines already in memory (the demo data generator), numbered from 1, for the agencies {@code mayImportFor}
	 * accepts.
	 */
	public ImportReport importLines(Iterator<String> lines, ImportFiles files, Predicate<String> mayImportFor) {
		return importRead(new Iterator<>() {

			private int number;

			@Override
			public boolean hasNext() {
				return lines.hasNext();
			}

			@Override
			public Utf8Lines.Line next() {
				return new Utf8Lines.Line(++number, lines.next(), null);
			}
		}, files, mayImportFor);
	}

	/**
	 * The one code path of every import (API, page, demo data): lines in, report out. A line too long or not UTF-8 is
	 * a rejected line with its reason, like any other bad line.
	 */
	private ImportReport importRead(Iterator<Utf8Lines.Line> lines, ImportFiles files, Predicate<String> mayImportFor) {
		long started = System.nanoTime();
		HistoryReplay replay = new HistoryReplay(history, catalogue, agencies, mayImportFor, files, messages);
		Run run = new Run(replay, files);
		ExecutorService writing = Executors.newSingleThreadExecutor(task -> new Thread(task, "dossier-import-writer"));
		try (ImportBatchWriter writer = history.batchWriter()) {
			run.writer = writer;
			Future<?> inFlight = null;
			try {
				while (lines.hasNext()) {
					Utf8Lines.Line read = lines.next();
					int number = read.number();
					String line = read.text();
					if (read.problem() == Utf8Lines.Problem.TOO_LONG) {
						run.refuse(number, replay.say("imports.error.lineTooLong", megabytes(MAX_LINE_BYTES)));
					}
					else if (read.problem() == Utf8Lines.Problem.NOT_UTF8) {
						run.refuse(number, replay.say("imports.error.notUtf8"));
					}
					else {
						if (number == 1 && line.startsWith("\uFEFF")) {
							line = line.substring(1);
						}
						if (!line.isBlank()) {
							run.read(number, line);
							run.pendingChars += line.length();
						}
					}
					if (run.pending.size() >= BATCH_SIZE || run.pendingChars >= BATCH_CHARS) {
						List<Pending> batch = run.takePending();
						await(inFlight);
						inFlight = writing.submit(new DelegatingSecurityContextCallable<>(() -> {
							run.flush(batch);
							return null;
						}));
					}
				}
				await(inFlight);
				run.flush(run.takePending());
			}
			finally {
				settle(inFlight);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("dossier import failed: " + e.getMessage(), e);
		}
		finally {
			writing.shutdownNow();
		}
		int rejectedLines = run.rejected.size() + run.unlisted;
		if (run.unlisted > 0) {
			run.rejected.add(new ImportReport.Rejection(run.firstUnlisted, null,
					List.of(replay.say("imports.error.moreRejected", run.unlisted, LISTED))));
		}
		ImportReport report = new ImportReport(run.imported, run.rejected, run.skipped);
		audit.record("DOSSIERS_IMPORTED", run.agencies.size() == 1 ? run.agencies.iterator().next() : null,
				"dossier-import", null, "imported=" + report.imported() + ", skipped=" + report.skipped()
						+ ", rejected=" + rejectedLines);
		log.info("Dossier history import: {} imported, {} skipped, {} rejected in {} ms", report.imported(),
				report.skipped(), rejectedLines, (System.nanoTime() - started) / 1_000_000);
		return report;
	}

	/** Lets the batch being written finish before its connection is closed (a no-op once it was awaited). */
	private static void settle(Future<?> batch) {
		try {
			await(batch);
		}
		catch (SQLException | RuntimeException ignored) {
			// the first failure is the one reported
		}
	}

	/** Waits for the batch being written; its failure fails the import. */
	private static void await(Future<?> batch) throws SQLException {
		if (batch == null) {
			return;
		}
		try {
			batch.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("dossier import interrupted", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof SQLException sql) {
				throw sql;
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	private Predicate<String> currentUserMay() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user == null ? agency -> true : agency -> AgencyAccess.canSee(user, agency);
	}

	static String megabytes(long bytes) {
		long mb = bytes / (1024 * 1024);
		return mb >= 1 ? String.valueOf(mb) : String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0))
			.replace('.', ',');
	}

	String say(String key, Object... arguments) {
		return messages.getMessage(key, arguments, java.util.Locale.forLanguageTag("vi"));
	}

	/** A line read, waiting for its batch. */
	private record Pending(int line, String code, Dossier dossier, List<HistoryReplay.Attachment> attachments,
			List<String> errors) {
	}

	/** The state of one import: the batch being filled, the counts, the rejected lines. */
	private final class Run {

		final HistoryReplay replay;

		final ImportFiles files;

		ImportBatchWriter writer;

		final List<Pending> pending = new ArrayList<>();

		final List<ImportReport.Rejection> rejected = new ArrayList<>();

		/** Rejected lines past the {@link #LISTED} first, only counted; the first of them. */
		int unlisted;

		int firstUnlisted;

		/** Characters of the lines read into the batch being filled. */
		long pendingChars;

		final Set<String> agencies = new HashSet<>();

		int imported;

		int skipped;

		/** Files stored in this import, by agency and path: a file several lines refer to is stored once. */
		final Map<String, UUID> stored = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, UUID> eldest) {
				return size() > 10_000;
			}
		};

		Run(HistoryReplay replay, ImportFiles files) {
			this.replay = replay;
			this.files = files;
		}

		void refuse(int number, String reason) {
			pending.add(new Pending(number, null, null, List.of(), new ArrayList<>(List.of(reason))));
		}

		void read(int number, String text) {
			JsonNode node;
			try {
				node = JSON.readTree(text);
			}
			catch (JacksonException e) {
				pending.add(new Pending(number, null, null, List.of(),
						new ArrayList<>(List.of(replay.say("imports.error.notJson")))));
				return;
			}
			if (node == null || !node.isObject()) {
				pending.add(new Pending(number, null, null, List.of(),
						new ArrayList<>(List.of(replay.say("imports.error.notAnObject")))));
				return;
			}
			HistoryLine line = HistoryLine.read(node);
			HistoryReplay.Outcome outcome = replay.replay(line);
			pending.add(new Pending(number, line.code(), outcome.dossier(), outcome.attachments(),
					new ArrayList<>(outcome.errors())));
		}

		List<Pending> takePending() {
			List<Pending> batch = new ArrayList<>(pending);
			pending.clear();
			pendingChars = 0;
			return batch;
		}

		/** Writes a batch (on the writer thread, while the next batch is read). */
		void flush(List<Pending> pending) throws SQLException {
			if (pending.isEmpty()) {
				return;
			}
			try {
				writer.begin();
				markRepeatedCodes(pending);
				List<Pending> good = pending.stream().filter(p -> p.errors().isEmpty()).toList();
				Set<String> existing = writer.existing(good.stream().map(Pending::code).toList());
				List<ImportBatchWriter.Row> rows = new ArrayList<>();
				for (Pending p : good) {
					if (existing.contains(p.code())) {
						skipped++;
						continue;
					}
					List<DossierDocument> documents = storeFiles(p);
					if (p.errors().isEmpty()) {
						rows.add(new ImportBatchWriter.Row(p.dossier(), documents));
						agencies.add(p.dossier().agencyCode());
					}
				}
				writer.write(rows);
				writer.commit();
				imported += rows.size();
			}
			catch (SQLException e) {
				writer.rollback();
				throw e;
			}
			catch (IOException | RuntimeException e) {
				writer.rollback();
				throw new IllegalStateException(e.getMessage(), e);
			}
			for (Pending p : pending) {
				if (!p.errors().isEmpty()) {
					if (rejected.size() < LISTED) {
						rejected.add(new ImportReport.Rejection(p.line(), p.code(), p.errors()));
					}
					else if (unlisted++ == 0) {
						firstUnlisted = p.line();
					}
				}
			}
		}

		/** A code seen on an earlier line of the file (in this batch or an earlier one) rejects the later line. */
		private void markRepeatedCodes(List<Pending> pending) throws SQLException {
			Map<String, Integer> first = new LinkedHashMap<>();
			for (Pending p : pending) {
				if (p.code() == null) {
					continue;
				}
				Integer earlier = first.putIfAbsent(p.code(), p.line());
				if (earlier != null) {
					p.errors().add(replay.say("imports.error.duplicateInFile", p.code(), earlier));
				}
			}
			Map<String, Integer> earlierBatches = writer.earlierLines(first);
			for (Pending p : pending) {
				Integer earlier = p.code() == null ? null : earlierBatches.get(p.code());
				if (earlier != null && first.get(p.code()) == p.line()) {
					p.errors().add(replay.say("imports.error.duplicateInFile", p.code(), earlier));
				}
			}
		}

		private List<DossierDocument> storeFiles(Pending p) {
			List<DossierDocument> documents = new ArrayList<>();
			int n = 0;
			for (HistoryReplay.Attachment attachment : p.attachments()) {
				n++;
				UUID id = null;
				if (attachment.file() != null) {
					String key = p.dossier().agencyCode() + '\u0000' + attachment.file();
					id = stored.get(key);
					if (id == null) {
						try (InputStream in = files.open(attachment.file()).orElseThrow()) {
							String name = Path.of(attachment.file().replace('\\', '/')).getFileName().toString();
							String type = URLConnection.guessContentTypeFromName(name);
							id = store.store(p.dossier().agencyCode(), name, type, in).id();
							stored.put(key, id);
						}
						catch (IOException | RuntimeException e) {
							p.errors().add(replay.say("imports.error.fileNotStored", n, attachment.file(),
									String.valueOf(e.getMessage())));
							continue;
						}
					}
				}
				DossierDocument listed = p.dossier().documents().get(n - 1);
				documents.add(new DossierDocument(listed.kind(), listed.name(), listed.original(), listed.copies(), id));
			}
			return documents;
		}
	}
}
