package vn.motcua;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

/**
 * The officers of Xã Thiên Phủ (14908) that the tests hand dossiers to: the workflow refuses to assign a dossier to a
 * specialist, or propose it to a leader, who has no active account with that role in the dossier's agency. Created
 * once in every test context, before the first test.
 */
@Component
class WorkflowStaff {

	static final String AGENCY = "14908";

	private static final Map<String, OfficerRole> STAFF = Map.of(
			"chuyenvien", OfficerRole.SPECIALIST,
			"chuyenvien.hop.viec", OfficerRole.SPECIALIST,
			"chuyenvien.khac", OfficerRole.SPECIALIST,
			"lanhdao", OfficerRole.LEADER);

	private final OfficerAccounts accounts;

	WorkflowStaff(OfficerAccounts accounts) {
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void create() {
		STAFF.forEach((username, role) -> {
			if (accounts.findByUsername(username).isEmpty()) {
				accounts.create(username, "Cán bộ " + username, "mat-khau-kiem-thu", Set.of(AGENCY), Set.of(role));
			}
		});
	}
}
