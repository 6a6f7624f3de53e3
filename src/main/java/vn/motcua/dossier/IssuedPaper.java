package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A form issued for a dossier, as kept in the document store: which, when, by whom. */
public record IssuedPaper(OneStopPaper form, UUID storedDocumentId, OffsetDateTime issuedAt, String issuedBy) {
}
