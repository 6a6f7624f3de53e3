package vn.motcua.dossier.api;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.dossier.ActingOfficer;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierPermissions;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.IntakeRefused.Problem;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.IntakeRequest.HandedDocument;
import vn.motcua.dossier.IntakeRequest.Scan;
import vn.motcua.dossier.MessageChannel;
import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnamTime;

/**
 * Intake through the API: reads the body into the counter's {@link IntakeRequest} and hands it to {@link Intake}, so
 * the checks and their Vietnamese messages are the counter's (Nghị định 118/2025/NĐ-CP Điều 15: only what the
 * published procedure requires, every paper received with its scan). The submission token makes a repeated post
 * return the dossier the first one created.
 */
@Component
class ApiIntake {

	private final Intake intake;

	private final Catalogue catalogue;

	private final Clock clock;

	ApiIntake(Intake intake, Catalogue catalogue, Clock clock) {
		this.intake = intake;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** The dossier received (or, for a token already used, the one received then) and whether this call created it. */
	record Outcome(Dossier dossier, boolean created) {
	}

	@Transactional
	Outcome receive(DossierIntakeRequest body, ActingOfficer officer) {
		if (body.agency() == null || body.agency().isBlank()) {
			throw new ApiInputRefused(List.of(new Problem("agency", "api.intake.agencyRequired")), true);
		}
		if (!DossierPermissions.mayReceive(body.agency().strip(), officer)) {
			throw new ApiIntakeDenied(body.agency().strip());
		}
		UUID token = token(body.submissionToken());
		Optional<Dossier> earlier = intake.savedUnder(token);
		if (earlier.isPresent()) {
			return new Outcome(earlier.get(), false);
		}
		return new Outcome(intake.accept(request(body, token), officer.username()), true);
	}

	private IntakeRequest request(DossierIntakeRequest body, UUID token) {
		List<Problem> problems = new ArrayList<>();
		SubmissionChannel channel = channel(body.channel(), problems);
		Applicant applicant = applicant(body.applicant(), problems);
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		ProcedureVersion version = body.procedureCode() == null ? null
				: catalogue.inForce(body.procedureCode().strip(), today).orElse(null);
		if (version == null) {
			problems.add(new Problem("procedureCode", "dossier.intake.procedureNotInForce",
					body.procedureCode() == null ? "" : body.procedureCode()));
		}
		Set<MessageChannel> messageChannels = messageChannels(body.messageChannels(), problems);
		List<HandedDocument> handed = new ArrayList<>();
		Set<Integer> casesApplying = new HashSet<>();
		List<DossierIntakeRequest.Document> documents = body.documents() == null ? List.of() : body.documents();
		for (int i = 0; i < documents.size() && version != null; i++) {
			DossierIntakeRequest.Document document = documents.get(i);
			String field = "documents[" + i + "]";
			if (document.kind() != null && !"COMPONENT".equals(document.kind().strip())) {
				problems.add(new Problem(field + ".kind", "api.intake.documentKind", document.kind()));
				continue;
			}
			Optional<RequiredDocument> required = required(version, document);
			if (required.isEmpty()) {
				problems.add(new Problem(field + ".name", "api.intake.documentUnknown",
						document.name() == null ? String.valueOf(document.position()) : document.name(), version.code()));
				continue;
			}
			RequiredDocument paper = required.get();
			if (!paper.mandatory()) {
				casesApplying.add(paper.position()); // handed in: its case applies, so it is checked in full
			}
			handed.add(new HandedDocument(paper.position(), document.original() == null || document.original(),
					document.copies() == null ? 1 : document.copies(), scan(document, field, problems)));
		}
		if (!problems.isEmpty()) {
			throw new ApiInputRefused(problems, true);
		}
		return new IntakeRequest(token, body.agency().strip(), version.code(), channel, false, applicant, handed,
				casesApplying, Set.of(), messageChannels);
	}

	/**
	 * The applicant's choice of messages (issue 16 item 4): absent, the default (SMS to a mobile number); each name one
	 * of {@link MessageChannel}, else a problem on {@code messageChannels[i]}. Whether the contacts allow the choice is
	 * the intake's check, as at the counter.
	 */
	private static Set<MessageChannel> messageChannels(List<String> names, List<Problem> problems) {
		if (names == null) {
			return null;
		}
		Set<MessageChannel> chosen = EnumSet.noneOf(MessageChannel.class);
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i) == null ? "" : names.get(i).strip().toUpperCase(Locale.ROOT);
			try {
				chosen.add(MessageChannel.valueOf(name));
			}
			catch (IllegalArgumentException e) {
				problems.add(new Problem("messageChannels[" + i + "]", "api.intake.messageChannelInvalid",
						String.valueOf(names.get(i))));
			}
		}
		return chosen;
	}

	private static UUID token(String text) {
		try {
			return UUID.fromString(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new ApiInputRefused(List.of(new Problem("submissionToken", "api.intake.tokenInvalid")), true);
		}
	}

	private static SubmissionChannel channel(String text, List<Problem> problems) {
		try {
			return SubmissionChannel.valueOf(text == null ? "DIRECT" : text.strip());
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem("channel", "api.intake.channelInvalid", text));
			return SubmissionChannel.DIRECT;
		}
	}

	/** Who applies; the identifier is whichever of the three numbers is given (exactly one). */
	private static Applicant applicant(DossierIntakeRequest.Applicant body, List<Problem> problems) {
		if (body == null) {
			problems.add(new Problem("applicant", "dossier.intake.nameRequired"));
			return null;
		}
		boolean organisation = "ORGANISATION".equals(body.kind() == null ? null : body.kind().strip());
		if (body.kind() != null && !organisation && !"CITIZEN".equals(body.kind().strip())) {
			problems.add(new Problem("applicant.kind", "api.intake.kindInvalid", body.kind()));
		}
		Map<Applicant.Identifier, String> numbers = new EnumMap<>(Applicant.Identifier.class);
		given(numbers, Applicant.Identifier.CITIZEN_ID, body.idNumber());
		given(numbers, Applicant.Identifier.TAX_CODE, body.taxCode());
		given(numbers, Applicant.Identifier.PASSPORT, body.passport());
		List<Applicant.Identifier> given = List.copyOf(numbers.keySet());
		String number = given.isEmpty() ? null : numbers.get(given.get(0));
		if (given.size() > 1) {
			problems.add(new Problem("applicant", "api.intake.oneIdentifier"));
		}
		Applicant.Identifier identifier = given.size() == 1 ? given.get(0)
				: organisation ? Applicant.Identifier.TAX_CODE : Applicant.Identifier.CITIZEN_ID;
		if (given.size() == 1 && (identifier == Applicant.Identifier.TAX_CODE) != organisation) {
			problems.add(new Problem("applicant", "api.intake.identifierNotForKind"));
		}
		return new Applicant(identifier, body.name(), number, body.phone(), body.address(), body.email(),
				body.legalRepresentative(), null);
	}

	private static void given(Map<Applicant.Identifier, String> numbers, Applicant.Identifier identifier, String number) {
		if (number != null && !number.isBlank()) {
			numbers.put(identifier, number.strip());
		}
	}

	private static Optional<RequiredDocument> required(ProcedureVersion version, DossierIntakeRequest.Document document) {
		if (document.position() != null) {
			return version.requiredDocuments().stream().filter(r -> r.position() == document.position()).findFirst();
		}
		String name = comparable(document.name());
		return version.requiredDocuments().stream().filter(r -> comparable(r.name()).equals(name)).findFirst();
	}

	private static Scan scan(DossierIntakeRequest.Document document, String field, List<Problem> problems) {
		if (document.content() == null || document.content().isBlank()) {
			return null; // the intake says the scan is missing, as at the counter
		}
		try {
			byte[] bytes = Base64.getMimeDecoder().decode(document.content());
			return new Scan(document.fileName() == null ? "ban-quet.pdf" : document.fileName(),
					document.contentType() == null ? "application/pdf" : document.contentType(), bytes);
		}
		catch (IllegalArgumentException e) {
			problems.add(new Problem(field + ".content", "api.intake.contentNotBase64"));
			return null;
		}
	}

	/** A name as typed or as catalogued, compared without case, extra spaces or Unicode composition differences. */
	private static String comparable(String name) {
		return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
			.toLowerCase(Locale.ROOT);
	}
}
