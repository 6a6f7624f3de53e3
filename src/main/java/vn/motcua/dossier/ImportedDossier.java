package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.motcua.shared.SubmissionChannel;

/**
 * A dossier of an earlier system after its history line was checked and its events replayed: the values of an
 * ordinary dossier row as MotCua would have recorded them (due date D before any extension, the extended date,
 * the decision and the day of resolution, the supplement cycles, the steps by the actor {@code import}), plus the
 * documents still to be linked (their files are stored just before the row is written).
 */
record ImportedDossier(int line, String code, String agencyCode, ProcedureSnapshot procedure,
		SubmissionChannel channel, Applicant applicant, long feeDue, DossierStatus status, OffsetDateTime receivedAt, LocalDate startDate,
		LocalDate dueDate, OffsetDateTime dueAt, LocalDate extendedDueDate, String extensionReason, Decision decision,
		String decisionReason, LocalDate resolvedOn, String closingReason, List<SupplementCycle> supplements,
		List<DossierStep> steps, List<Attachment> attachments) {

	/** The actor recorded on the steps of an imported dossier. */
	static final String ACTOR = "import";

	/** A document of the line: its kind and name, and the path of its file inside the ZIP (null: not digitised). */
	record Attachment(DossierDocument.Kind kind, String name, String file) {
	}
}
