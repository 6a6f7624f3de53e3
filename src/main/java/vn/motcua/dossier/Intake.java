package vn.motcua.dossier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.calendar.DueDate;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.catalogue.ServiceLevel;
import vn.motcua.documents.DocumentStore;
import vn.motcua.dossier.IntakeRefused.Problem;
import vn.motcua.dossier.IntakeRequest.HandedDocument;
import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnamTime;

/**
 * The one-stop counter's intake (tiếp nhận hồ sơ): checks what is handed in against the procedure version in force,
 * then accepts it (Mẫu 01, the clock starts), asks for completion (Mẫu 02) or refuses it (Mẫu 03). Online dossiers
 * are first {@linkplain #submit submitted}, then accepted or answered by the counter.
 */
@Service
public class Intake {

	private final Catalogue catalogue;

	private final DeadlineCalendar calendar;

	private final DocumentStore store;

	private final Dossiers dossiers;

	private final DossierEvents events;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<ApplicantMessages> messages;

	Intake(Catalogue catalogue, DeadlineCalendar calendar, DocumentStore store, Dossiers dossiers, DossierEvents events,
			Clock clock, org.springframework.beans.factory.ObjectProvider<ApplicantMessages> messages) {
		this.messages = messages;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.store = store;
		this.dossiers = dossiers;
		this.events = events;
		this.clock = clock;
	}

	/** Accepts a dossier at the counter: every check must pass; returns the received dossier with its code and due date. */
	@Transactional
	public Dossier accept(IntakeRequest request, String actor) {
		Optional<Dossier> repeated = repeated(request);
		if (repeated.isPresent()) {
			return repeated.get();
		}
		ProcedureVersion version = procedure(request);
		List<Problem> problems = check(request, version, true);
		if (!problems.isEmpty()) {
			throw new IntakeRefused(problems);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Dossier dossier = submitted(request, version, now, actor);
		acceptNow(dossier, version, now, actor, request.feeConditionsHolding());
		return save(dossier, request, now);
	}

	/**
	 * The dossier already saved under {@code submissionToken}, if any, for a caller that must tell a repeated post from
	 * a new one (the API answers 200 or 201). Holds the token until the caller's transaction ends, so a simultaneous
	 * repeat waits for this one.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public Optional<Dossier> savedUnder(java.util.UUID submissionToken) {
		dossiers.lockSubmissionToken(submissionToken);
		return dossiers.findByToken(submissionToken);
	}

	/** Does not accept it yet: the applicant gets Mẫu 02 listing what is missing, once and completely. */
	@Transactional
	public Dossier requestCompletion(IntakeRequest request, String missing, String actor) {
		return notAccepted(request, DossierStatus.INCOMPLETE_AT_INTAKE, missing, actor);
	}

	/** Refuses it at intake (Mẫu 03) with the reason; it is never counted as received. */
	@Transactional
	public Dossier refuse(IntakeRequest request, String reason, String actor) {
		return notAccepted(request, DossierStatus.REFUSED_AT_INTAKE, reason, actor);
	}

	/** An online (or kiosk) submission: saved with its code, waiting for the counter to accept or answer it. */
	@Transactional
	public Dossier submit(IntakeRequest request, String actor) {
		Optional<Dossier> repeated = repeated(request);
		if (repeated.isPresent()) {
			return repeated.get();
		}
		ProcedureVersion version = procedure(request);
		List<Problem> problems = check(request, version, true);
		if (!problems.isEmpty()) {
			throw new IntakeRefused(problems);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		return save(submitted(request, version, now, actor), request, now);
	}

	/** The counter accepts a submitted (online) dossier: the clock starts now. */
	@Transactional
	public Dossier acceptSubmitted(String code, String actor) {
		Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> new DossierNotFound(code));
		ProcedureVersion version = catalogue.version(dossier.procedure().versionId())
			.orElseThrow(() -> new DossierTransitionRefused("dossier.refused.procedureUnknown"));
		acceptNow(dossier, version, OffsetDateTime.now(clock), actor, java.util.Set.of());
		dossiers.update(dossier);
		events.publish(dossier, "DOSSIER_RECEIVED");
		return dossier;
	}

	/** The counter answers a submitted (online) dossier with Mẫu 02 (incomplete) or Mẫu 03 (refused). */
	@Transactional
	public Dossier declineSubmitted(String code, DossierStatus outcome, String reason, String actor) {
		Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> new DossierNotFound(code));
		dossier.decline(outcome, reason, OffsetDateTime.now(clock), actor);
		dossiers.update(dossier);
		events.publish(dossier, outcome.name());
		return dossier;
	}

	private Dossier notAccepted(IntakeRequest request, DossierStatus outcome, String reason, String actor) {
		Optional<Dossier> repeated = repeated(request);
		if (repeated.isPresent()) {
			return repeated.get();
		}
		ProcedureVersion version = procedure(request);
		List<Problem> problems = check(request, version, false);
		if (reason == null || reason.isBlank()) {
			problems.add(new Problem("reason", "dossier.intake.reasonRequired"));
		}
		if (!problems.isEmpty()) {
			throw new IntakeRefused(problems);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Dossier dossier = submitted(request, version, now, actor);
		dossier.decline(outcome, reason, now, actor);
		return save(dossier, request, now);
	}

	/**
	 * Accepts now: the due date, and the fee due after the exemptions that apply, a conditional one only when the
	 * counter ticked its condition (e.g. khai tử đúng hạn, Luật Hộ tịch 60/2014/QH13 Điều 11 khoản 1 điểm b).
	 */
	private void acceptNow(Dossier dossier, ProcedureVersion version, OffsetDateTime now, String actor,
			java.util.Set<Integer> feeConditionsHolding) {
		DueDate due = calendar.dueDate(dossier.agencyCode(), now, version.timeLimit(), version.cutOff());
		vn.motcua.catalogue.FeeAssessment fees = catalogue.assessFees(version.id(), dossier.channel(),
				now.atZoneSameInstant(VietnamTime.ZONE).toLocalDate(), feeConditionsHolding);
		String conditionalExemption = fees.exemptionsApplied().stream().filter(e -> e.conditional()).findFirst()
			.map(e -> e.description()).orElse(null);
		dossier.accept(now, actor, due.startDate(), due.dueDate(), due.dueAt(), fees.totalDueVnd(), conditionalExemption);
	}

	private Dossier submitted(IntakeRequest request, ProcedureVersion version, OffsetDateTime now, String actor) {
		Map<Integer, RequiredDocument> required = version.requiredDocuments().stream()
			.collect(Collectors.toMap(RequiredDocument::position, Function.identity()));
		List<DossierDocument> documents = new ArrayList<>();
		DocumentStore.Batch scans = store.batch();
		for (HandedDocument handed : request.documents()) {
			RequiredDocument document = required.get(handed.requiredPosition());
			if (document == null || document.shownOnly()) {
				continue; // a paper only shown (xuất trình) is checked, not received: it is not on the receipt
			}
			var scan = handed.storedScanId() != null ? handed.storedScanId()
					: handed.scan() == null || handed.scan().empty() ? null
					: scans.add(request.agencyCode(), handed.scan().fileName(), handed.scan().contentType(),
							open(handed.scan())).id();
			documents.add(new DossierDocument(DossierDocument.Kind.COMPONENT, document.name(), handed.original(),
					Math.max(1, handed.copies()), scan));
		}
		scans.save();
		ProcedureSnapshot snapshot = ProcedureSnapshot.of(version);
		return Dossier.submitted(request.agencyCode(), snapshot, request.channel(), request.assisted(),
				request.applicant(), documents, now, actor);
	}

	private static java.io.InputStream open(IntakeRequest.Scan scan) {
		try {
			return scan.open();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private Dossier save(Dossier dossier, IntakeRequest request, OffsetDateTime now) {
		dossiers.insert(dossier, now.atZoneSameInstant(VietnamTime.ZONE).toLocalDate(), request.submissionToken());
		messages.ifAvailable(m -> m.chosen(dossier, request.channelsChosen()));
		events.publish(dossier, "DOSSIER_" + dossier.status().name());
		return dossier;
	}

	/**
	 * The dossier already saved under this post's submission token, if any. Two identical posts at the same instant
	 * queue here (a transaction-scoped lock on the token), so the second sees the first one's dossier once it is
	 * committed instead of colliding with it on the unique token.
	 */
	private Optional<Dossier> repeated(IntakeRequest request) {
		if (request.submissionToken() == null) {
			return Optional.empty();
		}
		dossiers.lockSubmissionToken(request.submissionToken());
		return dossiers.findByToken(request.submissionToken());
	}

	private ProcedureVersion procedure(IntakeRequest request) {
		return catalogue.inForce(request.procedureCode(), OffsetDateTime.now(clock)
			.atZoneSameInstant(VietnamTime.ZONE).toLocalDate())
			.orElseThrow(() -> new IntakeRefused(List.of(new Problem("procedureCode", "dossier.intake.procedureNotInForce",
					request.procedureCode()))));
	}

	/**
	 * The checks at the door; {@code complete} adds the completeness checks that only acceptance needs: every mandatory
	 * document, and every conditional one whose case was ticked, is handed in with its scan; a paper only shown
	 * (xuất trình) is never asked for (Nghị định 118/2025/NĐ-CP Điều 15 khoản 1: only what the published procedure
	 * requires; Luật Hộ tịch 60/2014/QH13 Điều 2 khoản 2: identity papers are shown).
	 */
	private static List<Problem> check(IntakeRequest request, ProcedureVersion version, boolean complete) {
		List<Problem> problems = ApplicantCheck.problems(request.applicant(), complete);
		if (request.messageChannels() != null) {
			problems.addAll(ApplicantCheck.channelProblems(request.applicant(), request.messageChannels()));
		}
		if (request.channel() == SubmissionChannel.ONLINE && version.serviceLevel() == ServiceLevel.IN_PERSON) {
			problems.add(new Problem("channel", "dossier.intake.notOnline"));
		}
		if (!complete) {
			return problems;
		}
		for (RequiredDocument required : version.requiredDocuments()) {
			if (required.shownOnly()) {
				continue;
			}
			Optional<HandedDocument> handed = request.documents().stream()
				.filter(d -> d.requiredPosition() == required.position()).findFirst();
			if (handed.isEmpty()) {
				if (required.requiredWhen(request.casesApplying().contains(required.position()))) {
					problems.add(new Problem("documents[" + required.position() + "]", required.mandatory()
							? "dossier.intake.documentMissing" : "dossier.intake.documentMissingForCase", required.name()));
				}
			}
			else if (!handed.get().scanned()) {
				problems.add(new Problem("documents[" + required.position() + "]", "dossier.intake.scanMissing",
						required.name()));
			}
		}
		return problems;
	}
}
