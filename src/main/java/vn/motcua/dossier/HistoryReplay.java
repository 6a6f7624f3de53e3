package vn.motcua.dossier;

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
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.calendar.DueDate;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.dossier.ImportedDossier.Attachment;
import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnamTime;

/**
 * Checks one history line and replays its events the way the dossier's state machine would have run them
 * (legal-rules.md §2–3, §5): the procedure version in force on the day of receipt (or, failing that, a version of
 * the code), the due date D from the line or computed with the calendar, supplement cycles moving D per the
 * procedure's policy, one extension, the decision, the return, a stop. Every problem is said in Vietnamese; a line
 * with a problem gives no dossier. One instance serves one import (it caches agencies and procedures).
 */
final class HistoryReplay {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final int MAX_CODE_LENGTH = 64;

	private final DeadlineCalendar calendar;

	private final Catalogue catalogue;

	private final Agencies agencies;

	private final Predicate<String> mayImportFor;

	private final ImportFiles files;

	private final MessageSource messages;

	private final Set<String> active;

	private final Map<String, List<ProcedureVersion>> procedures = new HashMap<>();

	private final Map<String, Optional<Agency>> knownAgencies = new HashMap<>();

	HistoryReplay(DeadlineCalendar calendar, Catalogue catalogue, Agencies agencies, Predicate<String> mayImportFor,
			ImportFiles files, MessageSource messages) {
		this.calendar = calendar;
		this.catalogue = catalogue;
		this.agencies = agencies;
		this.mayImportFor = mayImportFor;
		this.files = files;
		this.messages = messages;
		this.active = agencies.active().stream().map(Agency::code).collect(Collectors.toSet());
	}

	/** The outcome of one line: the dossier to import, or the reasons why not. */
	record Outcome(ImportedDossier dossier, List<String> errors) {
	}

	Outcome replay(int lineNumber, HistoryLine line) {
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
		HistoryTimeline timeline = agency != null && version != null && received != null
				? new HistoryTimeline(this, calendar, agency, version, received, given) : null;
		replayEvents(line.events(), timeline, received, errors);
		List<Attachment> attachments = attachments(line.documents(), timeline, errors);
		if (!errors.isEmpty()) {
			return new Outcome(null, errors);
		}
		ProcedureSnapshot snapshot = ProcedureSnapshot.of(version);
		LocalDate due = timeline.dueDate();
		OffsetDateTime dueAt = due.atTime(calendar.closingTime(agency)).atZone(VietnamTime.ZONE).toOffsetDateTime();
		return new Outcome(new ImportedDossier(lineNumber, line.code(), agency, snapshot, channel, applicant,
				catalogue.assessFees(version.id(), channel, receivedDay).totalDueVnd(), timeline.status, received, timeline.start, due, dueAt, timeline.extended,
				timeline.extensionReason, timeline.decision, timeline.decisionReason, timeline.resolvedOn,
				timeline.closingReason, timeline.supplements, timeline.steps, attachments), List.of());
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

	private void replayEvents(List<HistoryLine.Event> events, HistoryTimeline timeline, OffsetDateTime received,
			List<String> errors) {
		OffsetDateTime previous = received;
		int n = 0;
		for (HistoryLine.Event event : events) {
			n++;
			HistoryTimeline.EventType type = eventType(event.type());
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
			String problem = timeline == null ? dryCheck(type, event, n) : timeline.apply(type, event, at, n);
			if (problem != null) {
				errors.add(problem);
			}
		}
	}

	/** The checks an event gets when the dossier cannot be replayed (its receipt, agency or procedure is wrong). */
	private String dryCheck(HistoryTimeline.EventType type, HistoryLine.Event event, int n) {
		if (type == HistoryTimeline.EventType.RESOLVED && event.outcome() == null) {
			return say("imports.error.resolvedWithoutOutcome", n);
		}
		return null;
	}

	private List<Attachment> attachments(List<HistoryLine.Document> documents, HistoryTimeline timeline,
			List<String> errors) {
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
			if (kind == DossierDocument.Kind.RESULT && timeline != null && timeline.decision != Decision.APPROVED) {
				errors.add(say("imports.error.resultWithoutApproval", n));
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

	private static HistoryTimeline.EventType eventType(String type) {
		try {
			return type == null ? null : HistoryTimeline.EventType.valueOf(type.toUpperCase(Locale.ROOT));
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
