package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.UUID;

import vn.motcua.documents.PaperSignatures;

/**
 * A form issued for a dossier, as kept in the document store: which, when, by whom; {@code storedDocumentId} the copy
 * to give out (the personally signed one once signed), {@code signature} the personal signature asked of the person
 * named on its signature block (null: the paper carries the organisation's signature only, or none).
 */
public record IssuedPaper(OneStopPaper form, UUID storedDocumentId, OffsetDateTime issuedAt, String issuedBy,
		PaperSignatures.Request signature) {
}
