package vn.motcua.dossier.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierStep;

/**
 * A dossier as the API shows it: status, dates, the steps (events) and the documents without their files. No
 * personal identifiers (ID number, phone) leave through it.
 */
record DossierView(String code, String agency, String procedureCode, String procedureName, String channel,
		String status, int version, String applicantKind, String applicantName, OffsetDateTime submittedAt,
		OffsetDateTime receivedAt, LocalDate startDate, LocalDate dueDate, OffsetDateTime dueAt,
		LocalDate extendedDueDate, String specialist, String decision, LocalDate resolvedOn, List<Event> events,
		List<Document> documents) {

	record Event(OffsetDateTime at, String actor, String action, String from, String to, String handedTo, String note) {

		static Event of(DossierStep step) {
			return new Event(step.at(), step.actor(), step.action().name(), name(step.from()), name(step.to()), step.handedTo(),
					step.note());
		}
	}

	record Document(String kind, String name, boolean original, int copies, boolean digitised) {

		static Document of(DossierDocument document) {
			return new Document(document.kind().name(), document.name(), document.original(), document.copies(),
					document.digitised());
		}
	}

	/** The answer to an intake: {@code POST /api/v1/dossiers}. */
	record Received(String code, String status, OffsetDateTime receivedAt, LocalDate startDate, LocalDate dueDate,
			OffsetDateTime dueAt) {

		static Received of(Dossier d) {
			return new Received(d.code(), d.status().name(), d.receivedAt(), d.startDate(), d.dueDate(), d.dueAt());
		}
	}

	static DossierView of(Dossier d) {
		return new DossierView(d.code(), d.agencyCode(), d.procedure().code(), d.procedure().name(), d.channel().name(),
				d.status().name(), d.version(), d.applicant().kind().name(), d.applicant().name(), d.submittedAt(),
				d.receivedAt(), d.startDate(), d.dueDate(), d.dueAt(), d.extendedDueDate(), d.specialist(),
				name(d.decision()), d.resolvedOn(), d.steps().stream().map(Event::of).toList(),
				d.documents().stream().map(Document::of).toList());
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}
}
