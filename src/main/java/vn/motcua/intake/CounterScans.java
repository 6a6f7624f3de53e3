package vn.motcua.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;

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

	/** Stores each new upload of the form and checks the ids it carries; a refused file is an error on its line. */
	void keep(CounterFormData form, BindingResult errors) {
		transaction.executeWithoutResult(status -> keepAll(form, errors));
	}

	private void keepAll(CounterFormData form, BindingResult errors) {
		DocumentStore.Batch scans = store.batch();
		for (int i = 0; i < form.getDocuments().size(); i++) {
			CounterFormData.Line line = form.getDocuments().get(i);
			var upload = line.getScan();
			boolean chosen = upload != null && upload.getOriginalFilename() != null && !upload.getOriginalFilename().isBlank();
			if (chosen && form.getAgencyCode() != null) {
				try {
					// the store refuses an empty file itself (asking the upload for its size first would copy it)
					var stored = scans.add(form.getAgencyCode(), upload.getOriginalFilename(), upload.getContentType(),
							upload.getInputStream());
					line.setScanId(stored.id().toString());
					line.setScanName(stored.fileName());
				}
				catch (DocumentRefusedException refused) {
					errors.rejectValue("documents[" + i + "].handed", "documents.error.empty".equals(refused.messageKey())
							? "dossier.counter.scanEmpty" : "dossier.counter.scanRefused", new Object[] { line.getName() }, null);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			else if (!CounterFormMapping.blank(line.getScanId())) {
				Optional<UUID> id = CounterFormMapping.uuid(line.getScanId());
				boolean ours = id.flatMap(store::find).filter(d -> d.agencyCode().equals(form.getAgencyCode())).isPresent();
				if (!ours) {
					line.setScanId(null);
					line.setScanName(null);
				}
			}
			line.setScan(null);
		}
		scans.save();
	}
}
