package vn.motcua.dossier;

import java.util.EnumSet;
import java.util.Set;

import vn.motcua.shared.OfficerRole;

/**
 * Who may do what to a dossier, given its state: the one-stop's division of work (NĐ 118/2025/NĐ-CP Art. 14–17; the
 * roles of docs/dossier.md). The receiving officer (cán bộ tiếp nhận) accepts, assigns, handles supplements, records a
 * withdrawal and returns the result; the specialist (chuyên viên) reviews only the dossiers assigned to them and
 * proposes; the leader (lãnh đạo) assigns, decides, extends (Mẫu 04) and stops. An officer acts only in the communes
 * (agencies) where they hold the role; an agency's administrator counts as its receiving officer and leader, never as a
 * specialist (assignment is personal); the installation's administrator as every role. The dossier's state then
 * narrows it down; the aggregate ({@link Dossier}) still checks the law itself. Pages ask this what to show,
 * {@link DossierActions#perform} enforces it.
 */
public final class DossierPermissions {

	private DossierPermissions() {
	}

	/** The actions the officer may take on the dossier now. */
	public static Set<DossierAction> allowed(Dossier d, ActingOfficer officer) {
		Set<DossierAction> actions = EnumSet.noneOf(DossierAction.class);
		if (!officer.canSee(d.agencyCode())) {
			return actions;
		}
		boolean counter = officer.holds(d.agencyCode(), OfficerRole.RECEIVING_OFFICER);
		boolean leader = officer.holds(d.agencyCode(), OfficerRole.LEADER);
		boolean specialist = officer.holds(d.agencyCode(), OfficerRole.SPECIALIST)
				&& (officer.username().equals(d.specialist()) || officer.installationAdmin());
		DossierStatus s = d.status();
		boolean underway = s == DossierStatus.RECEIVED || s == DossierStatus.IN_REVIEW;
		add(actions, s == DossierStatus.SUBMITTED && counter, DossierAction.ACCEPT, DossierAction.DECLINE);
		add(actions, underway && (counter || leader), DossierAction.ASSIGN);
		add(actions, s == DossierStatus.IN_REVIEW && (specialist || leader), DossierAction.PROPOSE);
		add(actions, s == DossierStatus.AWAITING_DECISION && leader, DossierAction.DECIDE, DossierAction.SEND_BACK);
		add(actions, (s == DossierStatus.RESOLVED || s == DossierStatus.RETURNED) && d.decision() == Decision.APPROVED
				&& (counter || leader || specialist), DossierAction.RESULT);
		add(actions, s == DossierStatus.RESOLVED && counter, DossierAction.RETURN);
		add(actions, s.clockRuns() && (counter || specialist || leader), DossierAction.SUPPLEMENT_REQUEST);
		add(actions, s == DossierStatus.AWAITING_SUPPLEMENT && counter, DossierAction.SUPPLEMENT_RECEIVE);
		add(actions, s.clockRuns() && leader && d.extendedDueDate() == null, DossierAction.EXTEND);
		add(actions, s.isOpen() && (counter || leader), DossierAction.STOP);
		add(actions, underway && d.openTransfer() == null && (counter || leader || specialist),
				DossierAction.TRANSFER_OUT);
		add(actions, d.openTransfer() != null && (counter || leader), DossierAction.TRANSFER_BACK);
		add(actions, s == DossierStatus.WITHDRAWAL_REQUESTED && (counter || leader), DossierAction.ISSUE_STOP);
		add(actions, counter || leader, DossierAction.REVOKE_LINK);
		add(actions, d.receivedAt() != null && counter, DossierAction.PAYMENT, DossierAction.SCAN);
		return actions;
	}

	/** Whether the account may receive dossiers for the agency (intake at the counter or through the API). */
	public static boolean mayReceive(String agencyCode, ActingOfficer officer) {
		return officer.holds(agencyCode, OfficerRole.RECEIVING_OFFICER);
	}

	private static void add(Set<DossierAction> actions, boolean when, DossierAction... granted) {
		if (when) {
			actions.addAll(java.util.List.of(granted));
		}
	}
}
