package vn.motcua.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;

import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.documents.DocumentRefusedException;
import vn.motcua.documents.DocumentStore;

/**
 * The scans posted with the counter's form, stored at once (all of one post in one transaction, before and apart
 * from the intake), so that a form sent back for correction keeps them by id; an id posted back is kept only when it
 * names a scan of the same commune.
 */
@Component
class CounterScans {

	private final DocumentStore store;

	private final TransactionTemplate transaction;

	CounterScans(DocumentStore store, TransactionTemplate transaction) {
		this.store = store;
		this.transaction = transaction;
	}

	/**
	 * Stores each new upload of the form and checks the ids it carries; a refused file is an error on its line. Answers
	 * the form with the scans kept by id (and no upload), a shown-only paper never with one.
	 */
	CounterFormData keep(CounterFormData form, ProcedureVersion version, BindingResult errors) {
		return transaction.execute(status -> keepAll(form, CounterFormMapping.requirements(version), errors));
	}

	private CounterFormData keepAll(CounterFormData form, Map<Integer, RequiredDocument> required,
			BindingResult errors) {
		DocumentStore.Batch scans = store.batch();
		List<CounterFormData.Line> lines = new ArrayList<>();
		for (int i = 0; i < form.documents().size(); i++) {
			CounterFormData.Line line = form.documents().get(i);
			RequiredDocument document = required.get(line.position());
			if (document == null || document.shownOnly()) {
				lines.add(line.withScan(null, null));
				continue;
			}
			var upload = line.scan();
			boolean chosen = upload != null && upload.getOriginalFilename() != null && !upload.getOriginalFilename().isBlank();
			if (chosen && form.agencyCode() != null) {
				try {
					// the store refuses an empty file itself (asking the upload for its size first would copy it)
					var stored = scans.add(form.agencyCode(), upload.getOriginalFilename(), upload.getContentType(),
							upload.getInputStream());
					lines.add(line.withScan(stored.id().toString(), stored.fileName()));
				}
				catch (DocumentRefusedException refused) {
					errors.rejectValue("documents[" + i + "].handed", "documents.error.empty".equals(refused.messageKey())
							? "dossier.counter.scanEmpty" : "dossier.counter.scanRefused", new Object[] { document.name() }, null);
					lines.add(line.withScan(line.scanId(), line.scanName()));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			else {
				Optional<UUID> id = CounterFormMapping.uuid(line.scanId());
				boolean ours = id.flatMap(store::find).filter(d -> d.agencyCode().equals(form.agencyCode())).isPresent();
				lines.add(ours ? line.withScan(line.scanId(), line.scanName()) : line.withScan(null, null));
			}
		}
		scans.save();
		return form.withDocuments(lines);
	}
}
