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
 * specialist (assignment is personal); the installation's administrator as every role. That is
 * {@link #permits}, which {@link DossierActions#perform} enforces (403). The dossier's state then narrows down what a
 * page offers ({@link #allowed}); an action the state does not allow is refused by the aggregate ({@link Dossier})
 * with the law's reason (409), not here.
 */
public final class DossierPermissions {

	private DossierPermissions() {
	}

	/** The actions the officer may take on the dossier now: their role allows it and the dossier's state calls for it. */
	public static Set<DossierAction> allowed(Dossier d, ActingOfficer officer) {
		Set<DossierAction> actions = EnumSet.noneOf(DossierAction.class);
		for (DossierAction action : DossierAction.values()) {
			if (permits(action, d, officer) && applies(action, d)
					&& (action != DossierAction.TRANSFER_BACK || !answerable(d, officer).isEmpty())) {
				actions.add(action);
			}
		}
		return actions;
	}

	/**
	 * Whether the officer's role in the dossier's commune (and, for a specialist, the assignment) lets them take the
	 * action, whatever the dossier's state; when the state does not allow it, the aggregate says why.
	 */
	public static boolean permits(DossierAction action, Dossier d, ActingOfficer officer) {
		if (!officer.canSee(d.agencyCode())) {
			// another commune consulted (liên thông) works the dossier read-only, except for its own answer
			return action == DossierAction.TRANSFER_BACK && consulted(d, officer);
		}
		boolean counter = officer.holds(d.agencyCode(), OfficerRole.RECEIVING_OFFICER);
		boolean leader = officer.holds(d.agencyCode(), OfficerRole.LEADER);
		boolean specialist = officer.holds(d.agencyCode(), OfficerRole.SPECIALIST)
				&& (officer.username().equals(d.specialist()) || officer.installationAdmin());
		return switch (action) {
			case ACCEPT, DECLINE, RETURN, SUPPLEMENT_RECEIVE, PAYMENT, SCAN -> counter;
			case ASSIGN, STOP, TRANSFER_BACK, ISSUE_STOP, REVOKE_LINK -> counter || leader;
			case PROPOSE -> specialist || leader;
			case DECIDE, SEND_BACK, EXTEND -> leader;
			case RESULT, SUPPLEMENT_REQUEST, TRANSFER_OUT -> counter || leader || specialist;
		};
	}

	/** Whether the dossier's state calls for the action (what the page offers; the aggregate checks the law itself). */
	static boolean applies(DossierAction action, Dossier d) {
		DossierStatus s = d.status();
		boolean underway = s == DossierStatus.RECEIVED || s == DossierStatus.IN_REVIEW;
		return switch (action) {
			case ACCEPT, DECLINE -> s == DossierStatus.SUBMITTED;
			case ASSIGN -> underway;
			case PROPOSE -> s == DossierStatus.IN_REVIEW;
			case DECIDE, SEND_BACK -> s == DossierStatus.AWAITING_DECISION;
			case RESULT -> (s == DossierStatus.RESOLVED || s == DossierStatus.RETURNED) && d.decision() == Decision.APPROVED;
			case RETURN -> s == DossierStatus.RESOLVED;
			case SUPPLEMENT_REQUEST -> s.clockRuns();
			case SUPPLEMENT_RECEIVE -> s == DossierStatus.AWAITING_SUPPLEMENT;
			case EXTEND -> s.clockRuns() && d.extendedDueDate() == null;
			case STOP -> s.isOpen();
			case TRANSFER_OUT -> underway && d.openTransfer() == null;
			case TRANSFER_BACK -> !d.openTransfers().isEmpty();
			case ISSUE_STOP -> s == DossierStatus.WITHDRAWAL_REQUESTED;
			case REVOKE_LINK -> true;
			case PAYMENT, SCAN -> d.receivedAt() != null;
		};
	}

	/**
	 * Whether the officer may see the dossier: an officer of its commune, or of another commune of the installation it
	 * was transferred to (liên thông, NĐ 61/2018 Art. 19.5), which works it from its own account.
	 */
	public static boolean mayView(Dossier d, ActingOfficer officer) {
		return officer.canSee(d.agencyCode()) || consulted(d, officer);
	}

	/** Whether the officer belongs to a commune of the installation the dossier was transferred to. */
	static boolean consulted(Dossier d, ActingOfficer officer) {
		return d.transfers().stream().anyMatch(t -> t.agencyCode() != null && officer.canSee(t.agencyCode()));
	}

	/**
	 * Whether the officer may record the answer of this transfer: for a commune of the installation, its own officers
	 * (the answer is theirs, NĐ 61/2018 Art. 19.6); for an outside body, the receiving one-stop (its counter or leader),
	 * which receives the answer on paper or by the body's own system.
	 */
	public static boolean mayAnswer(InteragencyTransfer t, Dossier d, ActingOfficer officer) {
		if (t.agencyCode() != null) {
			return officer.canSee(t.agencyCode());
		}
		return officer.holds(d.agencyCode(), OfficerRole.RECEIVING_OFFICER)
				|| officer.holds(d.agencyCode(), OfficerRole.LEADER);
	}

	/** The transfers still out whose answer the officer may record now (what the dossier page offers them). */
	public static java.util.List<InteragencyTransfer> answerable(Dossier d, ActingOfficer officer) {
		return d.openTransfers().stream().filter(t -> mayAnswer(t, d, officer)).toList();
	}

	/** Whether the account may receive dossiers for the agency (intake at the counter or through the API). */
	public static boolean mayReceive(String agencyCode, ActingOfficer officer) {
		return officer.holds(agencyCode, OfficerRole.RECEIVING_OFFICER);
	}

}
