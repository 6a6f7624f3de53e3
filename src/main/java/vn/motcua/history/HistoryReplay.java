package vn.motcua.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Decision;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierHistory;
import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnamTime;

/**
 * Checks one history line (legal-rules.md §5) and has the dossier replay it ({@link DossierHistory}): the format of
 * every value, the commune, the procedure version in force on the day of receipt (or, failing that, a version of the
 * code), then the events through the dossier's own verbs, which refuse a sequence the law does not allow with their
 * own reason, said after the event's number. Every problem is said in Vietnamese; a line with a problem gives no
 * dossier. One instance serves one import (it caches agencies and procedures).
 */
final class HistoryReplay {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final int MAX_CODE_LENGTH = 64;

	private final DossierHistory history;

	private final Catalogue catalogue;

	private final Agencies agencies;

	private final Predicate<String> mayImportFor;

	private final ImportFiles files;

	private final MessageSource messages;

	private final Set<String> active;

	private final Map<String, List<ProcedureVersion>> procedures = new HashMap<>();

	private final Map<String, Optional<Agency>> knownAgencies = new HashMap<>();

	HistoryReplay(DossierHistory history, Catalogue catalogue, Agencies agencies, Predicate<String> mayImportFor,
			ImportFiles files, MessageSource messages) {
		this.history = history;
		this.catalogue = catalogue;
		this.agencies = agencies;
		this.mayImportFor = mayImportFor;
		this.files = files;
		this.messages = messages;
		this.active = agencies.active().stream().map(Agency::code).collect(Collectors.toSet());
	}

	/** A document of the line: its kind and name, and the path of its file inside the ZIP (null: not digitised). */
	record Attachment(DossierDocument.Kind kind, String name, String file) {
	}

	/** The outcome of one line: the replayed dossier and the files of its documents, or the reasons why not. */
	record Outcome(Dossier dossier, List<Attachment> attachments, List<String> errors) {
	}

	Outcome replay(HistoryLine line) {
		List<String> errors = new ArrayList<>();
		line.shapeErrors().forEach(field -> errors.add(say("imports.error.notAList", field)));
		if (line.code() == null) {
			errors.add(say("imports.error.codeMissing"));
		}
		else if (line.code().length() > MAX_CODE_LENGTH) {
			errors.add(say("imports.error.codeTooLong"));
		}
		String agency = agency(line.agency(), errors);
		SubmissionChannel channel = channel(line.channel(), errors);
		if (line.applicantName() == null) {
			errors.add(say("imports.error.applicantNameMissing"));
		}
		Applicant applicant = applicant(line, errors);
		OffsetDateTime received = null;
		if (line.receivedAt() == null) {
			errors.add(say("imports.error.receivedAtMissing"));
		}
		else {
			received = instant("receivedAt", line.receivedAt(), errors);
		}
		LocalDate receivedDay = received == null ? null : day(received);
		ProcedureVersion version = procedure(line.procedureCode(), receivedDay, errors);
		LocalDate given = line.dueDate() == null ? null : date("dueDate", line.dueDate(), errors);
		if (given != null && receivedDay != null && given.isBefore(receivedDay)) {
			errors.add(say("imports.error.dueBeforeReceipt", given, receivedDay));
		}
		List<DossierHistory.Event> events = events(line.events(), received, errors);
		List<Attachment> attachments = attachments(line.documents(), errors);
		if (!errors.isEmpty()) {
			return new Outcome(null, attachments, errors);
		}
		List<DossierDocument> documents = attachments.stream()
			.map(a -> new DossierDocument(a.kind(), a.name(), true, 1, null))
			.toList();
		DossierHistory.Replayed replayed = history.replay(new DossierHistory.Recorded(line.code(), agency, version,
				channel, applicant, received, given, documents, events));
		if (replayed.refusal() != null) {
			int n = replayed.refusedEvent();
			errors.add(n == 0 ? replayed.refusal().message(messages, VIETNAMESE)
					: say("imports.error.refusedByDossier", n, events.get(n - 1).type(),
							replayed.refusal().message(messages, VIETNAMESE)));
			return new Outcome(null, attachments, errors);
		}
		int n = 0;
		for (Attachment attachment : attachments) {
			n++;
			if (attachment.kind() == DossierDocument.Kind.RESULT && replayed.dossier().decision() != Decision.APPROVED) {
				errors.add(say("imports.error.resultWithoutApproval", n));
			}
		}
		return new Outcome(errors.isEmpty() ? replayed.dossier() : null, attachments, errors);
	}

	/**
	 * The applicant of the line: a citizen with an ID unless the optional {@code kind} / {@code identifier} say
	 * otherwise (an {@code ORGANISATION} is identified by its tax code); numbers are kept as the earlier system gave
	 * them (it may hold 9-digit ID cards). Unknown or contradicting values are errors.
	 */
	private Applicant applicant(HistoryLine line, List<String> errors) {
		HistoryLine.Who who = line.who();
		Applicant.Kind kind = Applicant.Kind.CITIZEN;
		if (who.kind() != null) {
			try {
				kind = Applicant.Kind.valueOf(who.kind());
			}
			catch (IllegalArgumentException e) {
				errors.add(say("imports.error.applicantKindUnknown", who.kind()));
			}
		}
		Applicant.Identifier identifier = kind == Applicant.Kind.ORGANISATION ? Applicant.Identifier.TAX_CODE
				: Applicant.Identifier.CITIZEN_ID;
		if (who.identifier() != null) {
			try {
				identifier = Applicant.Identifier.valueOf(who.identifier());
				if (who.kind() != null && identifier.kind() != kind) {
					errors.add(say("imports.error.applicantIdentifierMismatch", who.identifier(), who.kind()));
				}
			}
			catch (IllegalArgumentException e) {
				errors.add(say("imports.error.applicantIdentifierUnknown", who.identifier()));
			}
		}
		Applicant.Representative.Basis basis = null;
		if (who.representativeBasis() != null) {
			try {
				basis = Applicant.Representative.Basis.valueOf(who.representativeBasis());
			}
			catch (IllegalArgumentException e) {
				errors.add(say("imports.error.representativeBasisUnknown", who.representativeBasis()));
			}
		}
		if (who.representativeName() == null && (who.representativeIdNumber() != null
				|| who.representativePhone() != null || who.authorisationPaper() != null)) {
			errors.add(say("imports.error.representativeNameMissing"));
		}
		Applicant.Representative representative = who.representativeName() == null ? null
				: new Applicant.Representative(who.representativeName(), who.representativeIdNumber(),
						who.representativePhone(), who.authorisationPaper(), basis);
		return new Applicant(identifier, line.applicantName() == null ? "" : line.applicantName(),
				line.applicantIdNumber(), line.applicantPhone(), line.applicantAddress(), null,
				who.legalRepresentative(), representative);
	}

	/** The events of the line with their values read; an event with a problem is left out (its reason is said). */
	private List<DossierHistory.Event> events(List<HistoryLine.Event> events, OffsetDateTime received,
			List<String> errors) {
		List<DossierHistory.Event> read = new ArrayList<>();
		OffsetDateTime previous = received;
		int n = 0;
		for (HistoryLine.Event event : events) {
			n++;
			DossierHistory.EventType type = eventType(event.type());
			if (type == null) {
				errors.add(say("imports.error.eventTypeUnknown", n, event.type() == null ? "" : event.type()));
				continue;
			}
			if (event.at() == null) {
				errors.add(say("imports.error.eventAtMissing", n, type));
				continue;
			}
			OffsetDateTime at = instant("events[" + n + "].at", event.at(), errors);
			if (at == null) {
				continue;
			}
			if (previous != null && at.isBefore(previous)) {
				errors.add(say("imports.error.eventOutOfOrder", n, type));
			}
			previous = previous == null || at.isAfter(previous) ? at : previous;
			Decision outcome = null;
			LocalDate newDueDate = null;
			if (type == DossierHistory.EventType.RESOLVED) {
				outcome = outcome(event, n, errors);
			}
			if (type == DossierHistory.EventType.EXTENDED) {
				if (event.newDueDate() == null) {
					errors.add(say("imports.error.extendedWithoutDate", n));
				}
				else {
					newDueDate = date("events[" + n + "].newDueDate", event.newDueDate(), errors);
				}
			}
			read.add(new DossierHistory.Event(type, at, event.reason(), outcome, newDueDate));
		}
		return read;
	}

	private Decision outcome(HistoryLine.Event event, int n, List<String> errors) {
		if (event.outcome() == null) {
			errors.add(say("imports.error.resolvedWithoutOutcome", n));
			return null;
		}
		try {
			return Decision.valueOf(event.outcome().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			errors.add(say("imports.error.outcomeUnknown", n, event.outcome()));
			return null;
		}
	}

	private List<Attachment> attachments(List<HistoryLine.Document> documents, List<String> errors) {
		List<Attachment> attachments = new ArrayList<>();
		int n = 0;
		for (HistoryLine.Document document : documents) {
			n++;
			DossierDocument.Kind kind = null;
			try {
				kind = DossierDocument.Kind.valueOf(String.valueOf(document.kind()).toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				errors.add(say("imports.error.documentKindUnknown", n, document.kind() == null ? "" : document.kind()));
			}
			String name = document.name() != null ? document.name() : lastSegment(document.file());
			if (name == null) {
				errors.add(say("imports.error.documentNameMissing", n));
			}
			if (document.file() != null && !files.contains(document.file())) {
				errors.add(say("imports.error.fileMissing", n, document.file()));
			}
			attachments.add(new Attachment(kind, name, document.file()));
		}
		return attachments;
	}

	private String agency(String code, List<String> errors) {
		if (code == null) {
			if (active.size() != 1) {
				errors.add(say(active.isEmpty() ? "imports.error.noActiveCommune" : "imports.error.agencyMissing"));
				return null;
			}
			code = active.iterator().next();
		}
		else if (!active.contains(code)) {
			Optional<Agency> known = knownAgencies.computeIfAbsent(code, agencies::find);
			errors.add(say(known.isEmpty() ? "imports.error.agencyUnknown" : "imports.error.agencyInactive", code));
			return null;
		}
		if (!mayImportFor.test(code)) {
			errors.add(say("imports.error.agencyForbidden", code));
			return null;
		}
		return code;
	}

	private SubmissionChannel channel(String channel, List<String> errors) {
		try {
			return SubmissionChannel.valueOf(String.valueOf(channel).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			errors.add(say("imports.error.channelUnknown", channel == null ? "" : channel));
			return null;
		}
	}

	/** The version in force on the day of receipt; failing that the latest before it, or the earliest one. */
	private ProcedureVersion procedure(String code, LocalDate on, List<String> errors) {
		if (code == null) {
			errors.add(say("imports.error.procedureMissing"));
			return null;
		}
		if (procedures.size() > 10_000) {
			procedures.clear();
		}
		List<ProcedureVersion> versions = procedures.computeIfAbsent(code, catalogue::history);
		if (versions.isEmpty()) {
			errors.add(say("imports.error.procedureUnknown", code));
			return null;
		}
		if (on == null) {
			return null;
		}
		Comparator<ProcedureVersion> byEffectiveDate = Comparator.comparing(ProcedureVersion::effectiveFrom);
		return versions.stream()
			.filter(v -> !v.effectiveFrom().isAfter(on) && !v.abolishedOn(on))
			.max(byEffectiveDate)
			.or(() -> versions.stream().filter(v -> !v.effectiveFrom().isAfter(on)).max(byEffectiveDate))
			.orElse(versions.get(0));
	}

	private OffsetDateTime instant(String field, String text, List<String> errors) {
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException e) {
			errors.add(say("imports.error.instantMalformed", field, text));
			return null;
		}
	}

	private LocalDate date(String field, String text, List<String> errors) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			errors.add(say("imports.error.dateMalformed", field, text));
			return null;
		}
	}

	private static DossierHistory.EventType eventType(String type) {
		try {
			return type == null ? null : DossierHistory.EventType.valueOf(type.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static LocalDate day(OffsetDateTime at) {
		return at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
	}

	private static String lastSegment(String path) {
		if (path == null) {
			return null;
		}
		String name = path.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		return name.isEmpty() ? null : name;
	}

	String say(String key, Object... arguments) {
		Object[] shown = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			shown[i] = arguments[i] instanceof Number number ? number.toString() : String.valueOf(arguments[i]);
		}
		return messages.getMessage(key, shown, VIETNAMESE);
	}
}
