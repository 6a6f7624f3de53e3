package vn.motcua.dossier.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.Authentication;

import vn.motcua.dossier.Decision;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierNotFound;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

/** Which dossier an officer may see, and which actions the dossier's state and the officer's roles allow. */
final class DossierPages {

	private DossierPages() {
	}

	/** The dossier, if the officer's agencies include its agency; otherwise as if it did not exist (404). */
	static Dossier visible(DossierWorkflow workflow, String code, Authentication officer) {
		return workflow.find(code).filter(d -> AgencyAccess.canSee(officer, d.agencyCode()))
			.orElseThrow(() -> DossierNotFound.of(code));
	}

	static boolean holds(Authentication officer, String agencyCode, OfficerRole role) {
		return AgencyAccess.isInstallationAdmin(officer)
				|| AgencyAccess.agenciesWhere(officer, role).contains(agencyCode)
				|| (role != OfficerRole.SPECIALIST
						&& AgencyAccess.agenciesWhere(officer, OfficerRole.ADMINISTRATOR).contains(agencyCode));
	}

	/** The actions shown (and accepted) on the dossier page. */
	static Set<String> allowed(Dossier d, Authentication officer) {
		boolean counter = holds(officer, d.agencyCode(), OfficerRole.RECEIVING_OFFICER);
		boolean leader = holds(officer, d.agencyCode(), OfficerRole.LEADER);
		boolean specialist = holds(officer, d.agencyCode(), OfficerRole.SPECIALIST)
				&& (officer.getName().equals(d.specialist()) || AgencyAccess.isInstallationAdmin(officer));
		Set<String> actions = new LinkedHashSet<>();
		DossierStatus s = d.status();
		if (s == DossierStatus.SUBMITTED && counter) {
			actions.add("accept");
			actions.add("decline");
		}
		if (EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_REVIEW).contains(s) && (counter || leader)) {
			actions.add("assign");
		}
		if (s == DossierStatus.IN_REVIEW && (specialist || leader)) {
			actions.add("propose");
		}
		if (s == DossierStatus.AWAITING_DECISION && leader) {
			actions.add("decide");
			actions.add("send-back");
		}
		if (EnumSet.of(DossierStatus.RESOLVED, DossierStatus.RETURNED).contains(s) && d.decision() == Decision.APPROVED
				&& (counter || leader || specialist)) {
			actions.add("result");
		}
		if (s == DossierStatus.RESOLVED && counter) {
			actions.add("return");
		}
		if (s.clockRuns() && (counter || specialist || leader)) {
			actions.add("supplement-request");
		}
		if (s == DossierStatus.AWAITING_SUPPLEMENT && counter) {
			actions.add("supplement-receive");
		}
		if (s.clockRuns() && leader && d.extendedDueDate() == null) {
			actions.add("extend");
		}
		if (s.isOpen() && (counter || leader)) {
			actions.add("stop");
		}
		if (EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_REVIEW).contains(s) && d.openTransfer() == null
				&& (counter || leader || specialist)) {
			actions.add("transfer-out");
		}
		if (d.openTransfer() != null && (counter || leader)) {
			actions.add("transfer-back");
		}
		if (s == DossierStatus.WITHDRAWAL_REQUESTED && (counter || leader)) {
			actions.add("issue-stop");
		}
		if (counter || leader) {
			actions.add("revoke-link");
		}
		if (d.receivedAt() != null && counter) {
			actions.add("payment");
			actions.add("scan");
		}
		return actions;
	}
}
