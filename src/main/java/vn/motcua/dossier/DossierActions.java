package vn.motcua.dossier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.DossierCommand.Accept;
import vn.motcua.dossier.DossierCommand.Assign;
import vn.motcua.dossier.DossierCommand.AttachResult;
import vn.motcua.dossier.DossierCommand.AttachScan;
import vn.motcua.dossier.DossierCommand.Decide;
import vn.motcua.dossier.DossierCommand.Decline;
import vn.motcua.dossier.DossierCommand.Extend;
import vn.motcua.dossier.DossierCommand.IssueStop;
import vn.motcua.dossier.DossierCommand.Propose;
import vn.motcua.dossier.DossierCommand.ReceiveSupplement;
import vn.motcua.dossier.DossierCommand.RecordPayment;
import vn.motcua.dossier.DossierCommand.RequestSupplement;
import vn.motcua.dossier.DossierCommand.ReturnResult;
import vn.motcua.dossier.DossierCommand.RevokeLink;
import vn.motcua.dossier.DossierCommand.SendBack;
import vn.motcua.dossier.DossierCommand.Stop;
import vn.motcua.dossier.DossierCommand.TransferBack;
import vn.motcua.dossier.DossierCommand.TransferOut;

/**
 * The one door through which an officer acts on a dossier, whatever the channel (the dossier page, the API, any
 * future one). In one transaction it finds the dossier (only in the officer's communes: otherwise as if it did not
 * exist), refuses if it changed since the version the officer saw ({@link StaleDossierVersion}), refuses an action
 * their role, commune or assignment does not allow ({@link DossierActionDenied}, {@link DossierPermissions#permits}),
 * refuses a time in the future, then lets the workflow and the aggregate do it: the law's refusals stay
 * {@link DossierTransitionRefused}. Jobs, the import and the applicant's own online requests are not officers and call
 * the workflow directly. A component scan is attached only to a dossier already received (NĐ 118/2025/NĐ-CP Art.
 * 17.1(c), TT 01/2023/TT-VPCP Art. 8: the one-stop digitises the papers it received; an online submission waiting
 * for intake is the applicant's own files).
 */
@Service
public class DossierActions {

	private final Dossiers dossiers;

	private final DossierWorkflow workflow;

	private final Intake intake;

	private final FeePayments payments;

	private final DossierLinks links;

	private final Clock clock;

	DossierActions(Dossiers dossiers, DossierWorkflow workflow, Intake intake, FeePayments payments, DossierLinks links,
			Clock clock) {
		this.dossiers = dossiers;
		this.workflow = workflow;
		this.intake = intake;
		this.payments = payments;
		this.links = links;
		this.clock = clock;
	}

	/** The dossier, if the officer may see its commune (or was consulted on it); otherwise {@link DossierNotFound}, as if it did not exist. */
	public Dossier visible(String code, ActingOfficer officer) {
		return dossiers.findByCode(code).filter(d -> DossierPermissions.mayView(d, officer))
			.orElseThrow(() -> DossierNotFound.of(code));
	}

	/** What the officer may do to the dossier now: what a page shows. */
	public Set<DossierAction> allowed(Dossier dossier, ActingOfficer officer) {
		return DossierPermissions.allowed(dossier, officer);
	}

	/** Performs the command now; see {@link #perform(String, Integer, ActingOfficer, DossierCommand, OffsetDateTime)}. */
	@Transactional
	public Dossier perform(String code, Integer seenVersion, ActingOfficer officer, DossierCommand command) {
		return perform(code, seenVersion, officer, command, null);
	}

	/**
	 * Performs the command as the officer, after the checks above.
	 *
	 * @param seenVersion the dossier's version the officer acted on; null: no check (an action that does not depend on
	 *        the dossier's state, such as recording a fee payment or revoking the QR link)
	 * @param at when it happened, for a channel that reports it afterwards (the API); null: now. Never after now, never
	 *        before the dossier's last step (the aggregate refuses that); only the workflow's own verbs take it
	 */
	@Transactional
	public Dossier perform(String code, Integer seenVersion, ActingOfficer officer, DossierCommand command,
			OffsetDateTime at) {
		Dossier dossier = visible(code, officer);
		if (seenVersion != null && dossier.version() != seenVersion) {
			throw new StaleDossierVersion(code, seenVersion, dossier.version());
		}
		if (!DossierPermissions.permits(command.action(), dossier, officer)) {
			throw new DossierActionDenied(code, command.action(), officer.username());
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (at != null && at.isAfter(now)) {
			throw new ActionTimeRefused("dossier.refused.atInFuture");
		}
		OffsetDateTime when = at == null ? now : at;
		String actor = officer.username();
		if (command instanceof Assign c) {
			return workflow.assign(code, c.specialist(), actor, when);
		}
		if (command instanceof Propose c) {
			return workflow.propose(code, c.proposal(), c.note(), blank(c.leader()) ? null : c.leader(), actor, when);
		}
		if (command instanceof SendBack c) {
			return workflow.sendBack(code, c.note(), actor, when);
		}
		if (command instanceof Decide c) {
			return workflow.decide(code, c.decision(), c.reason(), actor, when);
		}
		if (command instanceof ReturnResult c) {
			return workflow.returnResult(code, c.method(), actor, when);
		}
		if (command instanceof RequestSupplement c) {
			return workflow.requestSupplement(code, c.missing(), c.reason(), c.lateConfirmed(), actor, when);
		}
		if (command instanceof ReceiveSupplement) {
			return workflow.receiveSupplement(code, actor, when);
		}
		if (command instanceof Extend c) {
			return workflow.extend(code, c.newDueDate(), c.reason(), actor, when);
		}
		if (command instanceof Stop c) {
			return workflow.stop(code, c.requestChannel(), c.reason(), actor, when);
		}
		if (command instanceof IssueStop) {
			return workflow.issueStop(code, actor, when);
		}
		return performNow(dossier, command, officer, at);
	}

	/** The actions that only happen as the officer does them (files, hand-overs, intake decisions, fees, links). */
	private Dossier performNow(Dossier dossier, DossierCommand command, ActingOfficer officer, OffsetDateTime at) {
		String actor = officer.username();
		if (at != null) {
			throw new IllegalArgumentException(command.action() + " happens now; it takes no time");
		}
		String code = dossier.code();
		if (command instanceof Accept) {
			return intake.acceptSubmitted(code, actor);
		}
		if (command instanceof Decline c) {
			return intake.declineSubmitted(code, c.outcome(), c.reason(), actor);
		}
		if (command instanceof AttachResult c) {
			return workflow.attachResult(code, c.result(), actor);
		}
		if (command instanceof AttachScan c) {
			if (dossier.receivedAt() == null) {
				// an online submission's components are the applicant's own files until the counter accepts it
				throw new DossierTransitionRefused("dossier.refused.scanBeforeReceipt", dossier.status());
			}
			return workflow.attachComponentScan(code, c.index(), c.scan(), actor);
		}
		if (command instanceof TransferOut c) {
			return workflow.transferOut(code, c.consultations(), c.lead(), actor);
		}
		if (command instanceof TransferBack c) {
			return transferBack(dossier, c, officer);
		}
		if (command instanceof RecordPayment c) {
			payments.record(code, c.method(), c.receiptNumber(), c.amount(), c.paidOn(), actor);
			// the payment is a step: the dossier as it is now, with its new version
			return dossiers.findByCode(code).orElseThrow(() -> new DossierNotFound(code));
		}
		if (command instanceof RevokeLink) {
			links.revoke(dossier, actor);
			return dossier;
		}
		throw new IllegalStateException("not handled: " + command);
	}

	/**
	 * The answer of one agency consulted: the transfer named (or the only one out), whose answer this officer may
	 * record ({@link DossierPermissions#mayAnswer}): another commune of the installation answers for itself.
	 */
	private Dossier transferBack(Dossier dossier, TransferBack c, ActingOfficer officer) {
		java.util.List<InteragencyTransfer> open = dossier.openTransfers();
		InteragencyTransfer transfer = c.position() == null ? (open.size() == 1 ? open.get(0) : null)
				: open.stream().filter(t -> t.position() == c.position()).findFirst().orElse(null);
		if (transfer == null) {
			throw new DossierTransitionRefused(open.isEmpty() ? "dossier.refused.noOpenTransfer"
					: "dossier.refused.transferToAnswerUnknown");
		}
		if (!DossierPermissions.mayAnswer(transfer, dossier, officer)) {
			throw new DossierActionDenied(dossier.code(), c.action(), officer.username());
		}
		return workflow.transferBack(dossier.code(), transfer.position(), c.answer(), officer.username());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
