package vn.motcua.portal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.audit.AuditTrail;
import vn.motcua.documents.DocumentRefusedException;
import vn.motcua.documents.DocumentStore;
import vn.motcua.documents.StoredDocument;

/**
 * The files of online drafts, kept by the {@link DocumentStore} (on disk, streamed), and the clean-up of abandoned
 * drafts: a draft never submitted and unchanged for {@code motcua.portal.drafts-keep} (default 7 days) is deleted
 * with its personal answers and its files, audited.
 */
@Service
class DraftFiles {

	private static final Logger log = LoggerFactory.getLogger(DraftFiles.class);

	/** The file types a draft takes. */
	private static final Set<String> FILE_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

	/** Drafts deleted per transaction by one sweep. */
	private static final int SWEEP_BATCH = 100;

	private final SubmissionDrafts drafts;

	private final DocumentStore store;

	private final AuditTrail audit;

	private final PortalSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DraftFiles(SubmissionDrafts drafts, DocumentStore store, AuditTrail audit, PortalSettings settings,
			PlatformTransactionManager transactions, Clock clock) {
		this.drafts = drafts;
		this.store = store;
		this.audit = audit;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Why an upload was not kept: the message key for the form, and the answer's status (null: 200 with the form). */
	record Refusal(String messageKey, HttpStatus status) {
	}

	/**
	 * Checks one uploaded file of a draft (a PDF or an image, at most {@link #maxFileSize()}) and keeps it as the
	 * draft's file for that document, streamed; null when kept, else why not (the file kept before, if any, stays).
	 */
	Refusal keepUpload(SubmissionDraft draft, int position, MultipartFile file) throws IOException {
		if (!FILE_TYPES.contains(file.getContentType())) {
			return new Refusal("portal.submit.error.fileType", null);
		}
		if (file.getSize() > maxFileSize()) {
			return new Refusal("portal.submit.error.fileTooLarge", HttpStatus.PAYLOAD_TOO_LARGE);
		}
		try (InputStream in = file.getInputStream()) {
			String name = Optional.ofNullable(file.getOriginalFilename()).filter(n -> !n.isBlank()).orElse("tep");
			// its own transaction (a call from inside this bean passes no proxy): rolled back when the store refuses it
			transaction.execute(status -> keep(draft, position, name, file.getContentType(), in, maxFileSize()));
			draft.files.put(position, name);
			return null;
		}
		catch (DocumentRefusedException refused) {
			boolean tooLarge = "documents.error.too-large".equals(refused.messageKey());
			return tooLarge ? new Refusal("portal.submit.error.fileTooLarge", HttpStatus.PAYLOAD_TOO_LARGE)
					: new Refusal("portal.submit.error.fileRequired", HttpStatus.BAD_REQUEST);
		}
	}

	/**
	 * The largest file one may upload to a draft: {@code motcua.portal.max-file-size}, or the document store's own
	 * limit if that is smaller.
	 */
	long maxFileSize() {
		return Math.min(settings.maxFileSize().toBytes(), store.maxSize());
	}

	/**
	 * Streams one upload into the document store for a required document of the draft (refused past
	 * {@code maxBytes} while it is read: nothing is kept then) and discards the file it replaces.
	 */
	@Transactional
	StoredDocument keep(SubmissionDraft draft, int position, String fileName, String contentType, InputStream content,
			long maxBytes) {
		StoredDocument stored = store.store(draft.agencyCode, fileName, contentType, content, maxBytes);
		drafts.saveFile(draft.id, position, stored, OffsetDateTime.now(clock))
			.ifPresent(replaced -> store.discard(replaced, "replaced in online draft " + draft.id));
		return stored;
	}

	/** Deletes the drafts abandoned for longer than {@code motcua.portal.drafts-keep}; answers how many. */
	@Scheduled(initialDelayString = "${motcua.portal.drafts-sweep-delay:PT10M}",
			fixedDelayString = "${motcua.portal.drafts-sweep-every:PT1H}")
	int deleteAbandoned() {
		OffsetDateTime before = OffsetDateTime.now(clock).minus(settings.draftsKeep());
		int deleted = 0;
		while (true) {
			Integer batch = transaction.execute(status -> {
				List<UUID> abandoned = drafts.abandonedSince(before, SWEEP_BATCH);
				for (UUID id : abandoned) {
					int files = 0;
					for (SubmissionDrafts.FileScan file : drafts.findFiles(id)) {
						if (file.storedDocumentId() != null) {
							store.discard(file.storedDocumentId(), "abandoned online draft " + id);
						}
						files++;
					}
					drafts.delete(id);
					audit.record("SUBMISSION_DRAFT_DELETED", null, "submission_draft:" + id, null,
							"abandoned since before " + before + ", " + files + " file(s)");
				}
				return abandoned.size();
			});
			deleted += batch == null ? 0 : batch;
			if (batch == null || batch < SWEEP_BATCH) {
				break;
			}
		}
		if (deleted > 0) {
			log.info("Deleted {} online drafts abandoned since before {}", deleted, before);
		}
		return deleted;
	}
}
