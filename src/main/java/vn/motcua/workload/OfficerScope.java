package vn.motcua.workload;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.core.Authentication;

import vn.motcua.identity.Officer;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

/**
 * Whose due dossiers an officer is shown: every dossier of the agencies where they lead, administer or receive at the
 * counter ({@code whole}); in the agencies where they are only a specialist, the dossiers assigned to them
 * ({@code ownIn}). Never another agency's.
 */
record OfficerScope(String username, Set<String> whole, Set<String> ownIn) {

	private static final Set<OfficerRole> WHOLE = Set.of(OfficerRole.LEADER, OfficerRole.ADMINISTRATOR,
			OfficerRole.RECEIVING_OFFICER);

	static OfficerScope of(Authentication officer) {
		Set<String> whole = new TreeSet<>();
		WHOLE.forEach(role -> whole.addAll(AgencyAccess.agenciesWhere(officer, role)));
		Set<String> own = new TreeSet<>(AgencyAccess.agenciesWhere(officer, OfficerRole.SPECIALIST));
		own.removeAll(whole);
		return new OfficerScope(officer.getName(), whole, own);
	}

	static OfficerScope of(Officer officer) {
		Set<String> whole = new TreeSet<>();
		Set<String> own = new TreeSet<>();
		officer.memberships().forEach(m -> {
			if (WHOLE.contains(m.role())) {
				whole.add(m.agencyCode());
			}
			else if (m.role() == OfficerRole.SPECIALIST) {
				own.add(m.agencyCode());
			}
		});
		own.removeAll(whole);
		return new OfficerScope(officer.username(), whole, own);
	}
}
