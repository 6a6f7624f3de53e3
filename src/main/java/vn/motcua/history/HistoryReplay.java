package vn.motcua.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Decision;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierHistory;
import vn.motcua.history.LineDocuments.Attachment;
import vn.motcua.shared.SubmissionChannel;

/**
 * Checks one history line (legal-rules.md §5) and has the dossier replay it ({@link DossierHistory}): the format of
 * every value, the commune, the procedure version in force on the day of receipt (or, failing that, a version of the
 * code), then the events through the dossier's own verbs, which refuse a sequence the law does not allow with their
 * own reason, said after the event's number. Every problem is said in Vietnamese; a line with a problem gives no
 * dossier. One instance serves one import (it caches agencies and procedures). The parts of the line are read by
 * {@link LineApplicant}, {@link LineEvents} and {@link LineDocuments}, their formats by {@link LineValues}.
 */
final class HistoryReplay {

	private static final int MAX_CODE_LENGTH = 64;

	private final DossierHistory history;

	private final Catalogue catalogue;

	private final Agencies agencies;

	private final Predicate<String> mayImportFor;

	private final ImportMessages messages;

	private final LineValues values;

	private final LineApplicant lineApplicant;

	private final LineEvents lineEvents;

	private final LineDocuments lineDocuments;

	private final Set<String> active;

	private final Map<String, List<ProcedureVersion>> procedures = new HashMap<>();

	private final Map<String, Optional<Agency>> knownAgencies = new HashMap<>();

	HistoryReplay(DossierHistory history, Catalogue catalogue, Agencies agencies, Predicate<String> mayImportFor,
			ImportFiles files, ImportMessages messages) {
		this.history = history;
		this.catalogue = catalogue;
		this.agencies = agencies;
		this.mayImportFor = mayImportFor;
		this.messages = messages;
		this.values = new LineValues(messages);
		this.lineApplicant = new LineApplicant(messages);
		this.lineEvents = new LineEvents(messages, values);
		this.lineDocuments = new LineDocuments(messages, files);
		this.active = agencies.active().stream().map(Agency::code).collect(Collectors.toSet());
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
		Applicant applicant = lineApplicant.read(line, errors);
		OffsetDateTime received = null;
		if (line.receivedAt() == null) {
			errors.add(say("imports.error.receivedAtMissing"));
		}
		else {
			received = values.instant("receivedAt", line.receivedAt(), errors);
		}
		LocalDate receivedDay = received == null ? null : LineValues.day(received);
		ProcedureVersion version = procedure(line.procedureCode(), receivedDay, errors);
		LocalDate given = line.dueDate() == null ? null : values.date("dueDate", line.dueDate(), errors);
		if (given != null && receivedDay != null && given.isBefore(receivedDay)) {
			errors.add(say("imports.error.dueBeforeReceipt", given, receivedDay));
		}
		List<DossierHistory.Event> events = lineEvents.read(line.events(), received, errors);
		List<Attachment> attachments = lineDocuments.read(line.documents(), errors);
		if (!errors.isEmpty()) {
			return new Outcome(null, attachments, errors);
		}
		List<DossierDocument> listed = attachments.stream()
			.map(a -> new DossierDocument(a.kind(), a.name(), true, 1, null))
			.toList();
		DossierHistory.Replayed replayed = history.replay(new DossierHistory.Recorded(line.code(), agency, version,
				channel, applicant, received, given, listed, events));
		if (replayed.refusal() != null) {
			int n = replayed.refusedEvent();
			errors.add(n == 0 ? messages.say(replayed.refusal())
					: say("imports.error.refusedByDossier", n, events.get(n - 1).type(),
							messages.say(replayed.refusal())));
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

	private String say(String key, Object... arguments) {
		return messages.say(key, arguments);
	}
}
