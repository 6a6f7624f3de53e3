package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.calendar.DueDate;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.documents.DocumentStore;
import vn.motcua.dossier.IntakeRequest.Scan;
import vn.motcua.identity.Officer;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnamTime;
import vn.motcua.shared.VietnameseMessages;

/**
 * Processing after intake: assignment, the specialist's proposal, the leader's decision, the result, the return; and
 * the side paths: supplement, extension with apology, stop. Each action loads the dossier, lets it check the law,
 * saves it (refused if someone else changed it meanwhile), records the step and publishes what happened.
 * <p>
 * Each verb comes twice: public, acting now (jobs, tests, the applicant's own requests), and package-private with the
 * instant it happened, which {@link DossierActions} passes after checking the officer (the API's {@code at}). That
 * pairing makes it longer than 300 lines; splitting the verbs apart would spread the one order they all follow.
 */
@Service
public class DossierWorkflow {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Dossiers dossiers;

	private final DeadlineCalendar calendar;

	private final DocumentStore store;

	private final DossierEvents events;

	private final OfficerAccounts officers;

	private final SupplementLapseRules lapseRules;

	private final DossierPapers forms;

	private final Clock clock;

	private final VietnameseMessages words;

	private final vn.motcua.agency.Agencies installationAgencies;

	/** Working days after receipt within which a supplement may still be requested (NĐ 61/2018 Art. 19.4: 3). */
	private final int supplementRequestDays;

	private final vn.motcua.documents.KeptSignatures kept;

	DossierWorkflow(Dossiers dossiers, DeadlineCalendar calendar, DocumentStore store, DossierEvents events,
			OfficerAccounts officers, SupplementLapseRules lapseRules, DossierPapers forms,
			@org.springframework.beans.factory.annotation.Value("${motcua.dossier.supplement-request-days:3}") int supplementRequestDays,
			Clock clock, MessageSource messages, vn.motcua.agency.Agencies installationAgencies,
			vn.motcua.documents.KeptSignatures kept) {
		this.kept = kept;
		this.words = new VietnameseMessages(messages);
		this.installationAgencies = installationAgencies;
		this.lapseRules = lapseRules;
		this.forms = forms;
		this.supplementRequestDays = supplementRequestDays;
		this.dossiers = dossiers;
		this.officers = officers;
		this.calendar = calendar;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	public Optional<Dossier> find(String code) {
		return dossiers.findByCode(code);
	}

	@Transactional
	public Dossier assign(String code, String specialist, String actor) {
		return assign(code, specialist, actor, now());
	}

	Dossier assign(String code, String specialist, String actor, OffsetDateTime at) {
		return act(code, "DOSSIER_ASSIGNED", d -> {
			String colleague = specialist == null || specialist.isBlank() ? specialist
					: colleague(d, specialist, OfficerRole.SPECIALIST, "dossier.refused.notASpecialist");
			d.assign(colleague, at, actor);
		});
	}

	@Transactional
	public Dossier propose(String code, Decision proposed, String note, String leader, String actor) {
		return propose(code, proposed, note, leader, actor, now());
	}

	Dossier propose(String code, Decision proposed, String note, String leader, String actor, OffsetDateTime at) {
		return act(code, "DOSSIER_PROPOSED", d -> {
			String colleague = leader == null ? null : colleague(d, leader, OfficerRole.LEADER, "dossier.refused.notALeader");
			d.propose(proposed, note, colleague, at, actor);
		});
	}

	@Transactional
	public Dossier sendBack(String code, String note, String actor) {
		return sendBack(code, note, actor, now());
	}

	Dossier sendBack(String code, String note, String actor, OffsetDateTime at) {
		return act(code, "DOSSIER_SENT_BACK", d -> d.sendBack(note, at, actor));
	}

	/**
	 * The leader decides. A refusal after review is issued at once as a written notice with the reasons, signed by
	 * the competent person and kept with the dossier as its result (NĐ 61/2018 Art. 19.8).
	 */
	@Transactional
	public Dossier decide(String code, Decision decision, String reason, String actor) {
		return decide(code, decision, reason, actor, now());
	}

	Dossier decide(String code, Decision decision, String reason, String actor, OffsetDateTime at) {
		Dossier decided = act(code, "DOSSIER_" + decision.name(), d -> d.decide(decision, reason, at, actor));
		if (decision == Decision.REFUSED) {
			forms.issue(decided, OneStopPaper.REFUSAL_AFTER_REVIEW, actor);
		}
		return decided;
	}

	@Transactional
	public Dossier attachResult(String code, Scan result, String actor) {
		// kept signed (issue 17 item 4): a result signed already is checked and kept as is, an unsigned one is signed
		// with the organisation's key when configured
		return act(code, "DOSSIER_RESULT_DIGITISED", d -> d.attachResult(result == null ? null : result.fileName(),
				kept.keepSigned(storeScan(d, result), words.say("dossier.result.signReason", d.code()),
						forms.place(d.agencyCode()), actor),
				now(), actor));
	}

	@Transactional
	public Dossier attachComponentScan(String code, int index, Scan scan, String actor) {
		return act(code, "DOSSIER_COMPONENT_DIGITISED", d -> d.attachComponentScan(index, storeScan(d, scan), now(), actor));
	}

	@Transactional
	public Dossier returnResult(String code, String method, String actor) {
		return returnResult(code, method, actor, now());
	}

	Dossier returnResult(String code, String method, String actor, OffsetDateTime at) {
		return act(code, "DOSSIER_RETURNED", d -> d.returnResult(method, at, actor));
	}

	/**
	 * Asks for a supplement after acceptance (NĐ 61/2018 Art. 19.4). The request should go out within
	 * {@code motcua.dossier.supplement-request-days} (3) working days of receipt: later, it is refused unless the officer
	 * confirms it ({@code lateConfirmed}), and the audit trail records it as late
	 * ({@code DOSSIER_SUPPLEMENT_REQUESTED_LATE}). Where the procedure's sector law
	 * sets a time to supplement, the request carries the day it lapses ({@link SupplementLapseRules}).
	 */
	@Transactional
	public Dossier requestSupplement(String code, String missing, String reason, boolean lateConfirmed, String actor) {
		return requestSupplement(code, missing, reason, lateConfirmed, actor, now());
	}

	Dossier requestSupplement(String code, String missing, String reason, boolean lateConfirmed, String actor,
			OffsetDateTime at) {
		Dossier current = dossiers.findByCode(code).orElseThrow(() -> new DossierNotFound(code));
		LocalDate limit = supplementRequestLimit(current);
		LocalDate day = day(at);
		boolean late = limit != null && day.isAfter(limit);
		return act(code, late ? "DOSSIER_SUPPLEMENT_REQUESTED_LATE" : "DOSSIER_SUPPLEMENT_REQUESTED", d -> {
			if (late && !lateConfirmed) {
				throw new DossierTransitionRefused("dossier.refused.supplementRequestLate", limit, supplementRequestDays);
			}
			int remaining = calendar.workingDaysBetween(day, d.dueDate());
			LocalDate lapsesOn = lapseRules.lapsesOn(d.procedure().code(), day).orElse(null);
			d.requestSupplement(missing, reason, remaining, lapsesOn, at, actor);
		});
	}

	/** The last day a supplement may be requested without the late confirmation; null before receipt. */
	public LocalDate supplementRequestLimit(Dossier d) {
		return d.startDate() == null || !d.supplements().isEmpty() ? null
				: calendar.plusWorkingDays(d.startDate(), supplementRequestDays - 1);
	}

	/** The last day the applicant may supplement the outstanding request, when a sector rule sets one. */
	public Optional<LocalDate> supplementBy(Dossier d) {
		return d.supplementLapsesOn() == null || d.outstandingSupplement() == null ? Optional.empty()
				: Optional.of(d.supplementLapsesOn().minusDays(1));
	}

	@Transactional
	public Dossier receiveSupplement(String code, String actor) {
		return receiveSupplement(code, actor, now());
	}

	Dossier receiveSupplement(String code, String actor, OffsetDateTime at) {
		return act(code, "DOSSIER_SUPPLEMENT_RECEIVED", d -> {
			SupplementCycle cycle = d.outstandingSupplement();
			if (cycle == null) {
				throw new DossierTransitionRefused("dossier.refused.noSupplementOutstanding");
			}
			DueDate due = calendar.dueDateAfterSupplement(d.agencyCode(), d.procedure().timeLimit(),
					d.procedure().supplementPolicy(), d.dueDate(), cycle.requestedAt(), at, d.procedure().cutOff());
			d.receiveSupplement(at, actor, due.startDate(), due.dueDate(), due.dueAt());
		});
	}

	@Transactional
	public Dossier extend(String code, LocalDate newDueDate, String reason, String actor) {
		return extend(code, newDueDate, reason, actor, now());
	}

	/** The extension counts "at least one working day before the due date" from the day of {@code at}. */
	Dossier extend(String code, LocalDate newDueDate, String reason, String actor, OffsetDateTime at) {
		return act(code, "DOSSIER_EXTENDED", d -> d.extend(newDueDate, reason,
				calendar.mayExtend(d.dueDate(), day(at)), at, actor));
	}

	/**
	 * Liên thông: hands the dossier to {@code agency} with its share of the time limit in working days; see
	 * {@link #transferOut(String, java.util.List, int, String)}.
	 */
	@Transactional
	public Dossier transferOut(String code, String agency, int shareWorkingDays, String actor) {
		return transferOut(code, java.util.List.of(new DossierCommand.Consultation(agency, null, shareWorkingDays)), 0,
				actor);
	}

	/**
	 * Liên thông: hands the dossier to the agencies consulted, each with its share of the time limit in working days,
	 * counted by the receiving agency's calendar from now (the 15:00 cut-off included), as the one-stop writes it on
	 * the transfer slip (NĐ 61/2018 Art. 19.5; NĐ 118/2025 Art. 18). An agency given by its code must be another
	 * active commune of this installation: its name is the one of the reference list, and its officers answer.
	 */
	@Transactional
	public Dossier transferOut(String code, java.util.List<DossierCommand.Consultation> consultations, int lead,
			String actor) {
		return act(code, "DOSSIER_TRANSFERRED_OUT", d -> {
			OffsetDateTime now = now();
			java.util.List<InteragencyTransfer.Handoff> handoffs = new java.util.ArrayList<>();
			for (DossierCommand.Consultation c : consultations) {
				String agency = c.agency();
				String agencyCode = c.agencyCode() == null || c.agencyCode().isBlank() ? null : c.agencyCode().strip();
				if (agencyCode != null) {
					agency = installationAgencies.find(agencyCode)
						.filter(a -> a.active() && !a.code().equals(d.agencyCode())).map(a -> a.name())
						.orElseThrow(() -> new DossierTransitionRefused("dossier.refused.transferAgencyUnknown",
								shortened(c.agencyCode().strip())));
				}
				int days = c.shareWorkingDays();
				LocalDate shareDue = days < 1 ? today()
						: calendar.dueDate(d.agencyCode(), now, TimeLimit.workingDays(days)).dueDate();
				handoffs.add(new InteragencyTransfer.Handoff(agency, agencyCode, days, shareDue,
						words.say("dossier.step.transferShare", days, shareDue.format(DAY))));
			}
			d.transferOut(handoffs, lead, now, actor);
		});
	}

	/** Liên thông: the answer of the only agency still consulted came back (NĐ 61/2018 Art. 19.6–19.7). */
	@Transactional
	public Dossier transferBack(String code, String answer, String actor) {
		return act(code, "DOSSIER_TRANSFERRED_BACK", d -> d.transferBack(answer, now(), actor));
	}

	/**
	 * Liên thông: the answer of the agency consulted at {@code position} came back to the receiving one-stop, recorded
	 * by the one-stop or, for a commune of this installation, by that commune's officer (NĐ 61/2018 Art. 19.6–19.7).
	 */
	@Transactional
	public Dossier transferBack(String code, int position, String answer, String actor) {
		return act(code, "DOSSIER_TRANSFERRED_BACK", d -> d.transferBack(position, answer, now(), actor));
	}

	/**
	 * The applicant withdraws the dossier at the counter or by post (NĐ 118/2025 Art. 21.1; TT 03/2025 Art. 7): the
	 * request is recorded as the applicant's, then the one-stop issues the stop notice Mẫu 05 at once.
	 */
	@Transactional
	public Dossier stop(String code, SubmissionChannel channel, String reason, String actor) {
		return stop(code, channel, reason, actor, now());
	}

	Dossier stop(String code, SubmissionChannel channel, String reason, String actor, OffsetDateTime at) {
		return act(code, "DOSSIER_STOPPED", d -> {
			d.requestWithdrawal(channel, reason, at, actor);
			d.stop(at, actor);
		});
	}

	/**
	 * The applicant asks online, from the status page reached with the receipt's QR token, to withdraw the dossier
	 * (NĐ 118/2025 Art. 21.2): recorded as the applicant's request ({@code actor} "applicant"); the counter then issues
	 * the stop notice ({@link #issueStop}).
	 */
	@Transactional
	public Dossier requestWithdrawalOnline(String code, String reason, String actor) {
		return act(code, "DOSSIER_WITHDRAWAL_REQUESTED",
				d -> d.requestWithdrawal(SubmissionChannel.ONLINE, reason, now(), actor));
	}

	/** The one-stop issues the stop notice (Mẫu 05) on a withdrawal request that came online. */
	@Transactional
	public Dossier issueStop(String code, String actor) {
		return issueStop(code, actor, now());
	}

	Dossier issueStop(String code, String actor, OffsetDateTime at) {
		return act(code, "DOSSIER_STOPPED", d -> d.stop(at, actor));
	}

	private Dossier act(String code, String action, java.util.function.Consumer<Dossier> transition) {
		Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> new DossierNotFound(code));
		transition.accept(dossier);
		dossiers.update(dossier);
		events.publish(dossier, action);
		return dossier;
	}

	/**
	 * The officer a dossier is handed to must exist, be active and hold {@code role} in the dossier's own agency:
	 * whatever the page offered, a crafted post naming anyone else is refused here. Returns the account's username as
	 * stored.
	 */
	private String colleague(Dossier dossier, String username, OfficerRole role, String messageKey) {
		return officers.findByUsername(username.strip())
			.filter(Officer::active)
			.filter(o -> o.memberships().contains(new Officer.Membership(dossier.agencyCode(), role)))
			.map(Officer::username)
			.orElseThrow(() -> new DossierTransitionRefused(messageKey, shortened(username.strip())));
	}

	private static String shortened(String text) {
		return text.length() <= 60 ? text : text.substring(0, 60) + "…";
	}

	private java.util.UUID storeScan(Dossier dossier, Scan scan) {
		if (scan == null || scan.empty()) {
			throw new DossierTransitionRefused("dossier.refused.scanEmpty");
		}
		try {
			return store.store(dossier.agencyCode(), scan.fileName(), scan.contentType(), scan.open()).id();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private static LocalDate day(OffsetDateTime at) {
		return at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}
}
