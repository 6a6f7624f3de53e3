package vn.motcua.workload;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStep;
import vn.motcua.dossier.DossierStepRecorded;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

/**
 * Writes the officers' notices of a step, in the dossier's own transaction: to the specialist a dossier is assigned to
 * (step {@code ASSIGNED}, Nghị định 118/2025/NĐ-CP Art. 17: the one-stop desk hands the dossier to the competent
 * unit), and to the leader when the specialist proposes a decision (steps {@code PROPOSED_APPROVED} and
 * {@code PROPOSED_REFUSED}: the leader named on the step, or every leader of the agency when none was named). A
 * synchronous listener that returns at once for every other step: a listener on every step through the event
 * publication registry cost a fifth of the intake's throughput (docs/architecture.md, "Events"). The notice's
 * occasion is the step's number, so a step told twice makes one notice.
 */
@Component
class OfficerNoticeListener {

	private final DossierWorkflow dossiers;

	private final OfficerAccounts officers;

	private final OfficerNotices notices;

	private final Clock clock;

	OfficerNoticeListener(DossierWorkflow dossiers, OfficerAccounts officers, OfficerNotices notices, Clock clock) {
		this.dossiers = dossiers;
		this.officers = officers;
		this.notices = notices;
		this.clock = clock;
	}

	@EventListener
	void on(DossierStepRecorded event) {
		NoticeKind kind = switch (event.action()) {
			case ASSIGNED -> NoticeKind.ASSIGNED;
			case PROPOSED_APPROVED, PROPOSED_REFUSED -> NoticeKind.AWAITING_DECISION;
			default -> null;
		};
		if (kind == null) {
			return;
		}
		Dossier dossier = dossiers.find(event.code()).orElseThrow();
		DossierStep step = dossier.steps().get(event.stepNumber() - 1);
		List<String> to = step.handedTo() != null ? List.of(step.handedTo())
				: kind == NoticeKind.AWAITING_DECISION ? officers.activeHolding(event.agencyCode(), OfficerRole.LEADER)
						: List.of();
		String occasion = String.valueOf(event.stepNumber());
		notices.add(to.stream()
			.map(username -> new OfficerNotices.New(username, event.agencyCode(), event.code(), kind, occasion,
					officers.email(username).orElse(null)))
			.toList(), OffsetDateTime.now(clock));
	}
}
