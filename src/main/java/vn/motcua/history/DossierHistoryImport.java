package vn.motcua.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.agency.Agencies;
import vn.motcua.audit.AuditTrail;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.documents.DocumentStore;
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

	/** The longest line read (1 MiB; a dossier with its events and documents is a few kilobytes). */
	static final int MAX_LINE_BYTES = 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(DossierHistoryImport.class);

	private final DossierHistory history;

	private final Catalogue catalogue;

	private final Agencies agencies;

	private final DocumentStore store;

	private final AuditTrail audit;

	private final ImportMessages messages;

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
		this.messages = new ImportMessages(messages);
	}

	/** Imports a JSON Lines body (UTF-8), for the agencies the signed-in user may see. */
	public ImportReport importJsonLines(InputStream body) {
		return importRead(StreamedLines.of(new Utf8Lines(body, MAX_LINE_BYTES)), ImportFiles.NONE, currentUserMay());
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
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
					say("imports.error.zipDirectoryTooLarge", ImportMessages.megabytes(e.size()),
							ImportMessages.megabytes(ZipImportFiles.MAX_DIRECTORY_BYTES)));
		}
		catch (ZipImportFiles.UnpackedTooLarge e) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, say("imports.error.unpackedTooLarge",
					ImportMessages.megabytes(maxUnpacked.toBytes())));
		}
		catch (IOException | RuntimeException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, say("imports.error.notZip"));
		}
		try (ZipImportFiles zip = opened.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
				say("imports.error.zipWithoutJsonl")));
				InputStream lines = zip.lines()) {
			return importRead(StreamedLines.of(new Utf8Lines(lines, MAX_LINE_BYTES)), zip, currentUserMay());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The largest upload (page or API body) taken: {@code MOTCUA_MAX_UPLOAD}. */
	long maxUpload() {
		return maxUpload.toBytes();
	}

	/**
	 * Lines already in memory (the demo data generator), numbered from 1, for the agencies {@code mayImportFor}
	 * accepts.
	 */
	public ImportReport importLines(Iterator<String> lines, ImportFiles files, Predicate<String> mayImportFor) {
		return importRead(StreamedLines.numbered(lines), files, mayImportFor);
	}

	/**
	 * The one code path of every import (API, page, demo data): lines in ({@link ImportBatches}), report out
	 * ({@link ImportRun}), one audit line with the counts.
	 */
	private ImportReport importRead(Iterator<Utf8Lines.Line> lines, ImportFiles files, Predicate<String> mayImportFor) {
		long started = System.nanoTime();
		HistoryReplay replay = new HistoryReplay(history, catalogue, agencies, mayImportFor, files, messages);
		ImportRun run;
		try (ImportBatchWriter writer = history.batchWriter()) {
			run = new ImportRun(replay, messages, new ImportedFiles(files, store, messages), writer);
			ImportBatches.run(lines, run);
		}
		catch (SQLException e) {
			throw new IllegalStateException("dossier import failed: " + e.getMessage(), e);
		}
		ImportReport report = run.report();
		int rejectedLines = run.rejectedLines();
		audit.record("DOSSIERS_IMPORTED", run.soleAgency(), "dossier-import", null, "imported=" + report.imported()
				+ ", skipped=" + report.skipped() + ", rejected=" + rejectedLines);
		log.info("Dossier history import: {} imported, {} skipped, {} rejected in {} ms", report.imported(),
				report.skipped(), rejectedLines, (System.nanoTime() - started) / 1_000_000);
		return report;
	}

	private Predicate<String> currentUserMay() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user == null ? agency -> true : agency -> AgencyAccess.canSee(user, agency);
	}

	String say(String key, Object... arguments) {
		return messages.say(key, arguments);
	}
}
