package vn.motcua.catalogue;

import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.VietnameseMessages;

/**
 * Changes an administrator makes by hand, each audited in the same transaction: a new procedure, a correction of a
 * version (same effective date), a new version (another effective date), an abolition.
 */
@Service
class CatalogueAdministration {

	private final Procedures procedures;

	private final AuditTrail audit;

	private final VietnameseMessages words;

	CatalogueAdministration(Procedures procedures, AuditTrail audit, MessageSource messages) {
		this.procedures = procedures;
		this.audit = audit;
		this.words = new VietnameseMessages(messages);
	}

	/** A new procedure; fails when the code is already in the catalogue. */
	@Transactional
	long create(ProcedureDraft draft) {
		if (procedures.exists(draft.code)) {
			throw new IllegalStateException("catalogue.code.taken");
		}
		long id = procedures.insert(draft);
		audit.record("CATALOGUE_PROCEDURE_CREATED", null, draft.code, null, CatalogueImport.describe(words, id, draft));
		return id;
	}

	/**
	 * Saves an edited version: the same effective date corrects it in place; another date makes a new version from
	 * that date (refused when the procedure already has a version from that day). Returns the id saved.
	 */
	@Transactional
	long save(ProcedureVersion existing, ProcedureDraft draft) {
		draft.code = existing.code();
		String before = CatalogueImport.describe(words, existing.id(), ProcedureDraft.of(existing));
		if (draft.effectiveFrom.equals(existing.effectiveFrom())) {
			procedures.replace(existing.id(), draft);
			audit.record("CATALOGUE_PROCEDURE_UPDATED", null, draft.code, before,
					CatalogueImport.describe(words, existing.id(), draft));
			return existing.id();
		}
		boolean taken = procedures.findVersions(existing.code()).stream()
			.anyMatch(v -> v.effectiveFrom().equals(draft.effectiveFrom));
		if (taken) {
			throw new IllegalStateException("catalogue.effectiveFrom.taken");
		}
		long id = procedures.insert(draft);
		audit.record("CATALOGUE_VERSION_CREATED", null, draft.code, before, CatalogueImport.describe(words, id, draft));
		return id;
	}

	@Transactional
	void abolish(String code, LocalDate on, String decision) {
		procedures.abolish(code, on, decision);
		audit.record("CATALOGUE_PROCEDURE_ABOLISHED", null, code, null, words.say("catalogue.audit.abolished", on, decision));
	}
}
