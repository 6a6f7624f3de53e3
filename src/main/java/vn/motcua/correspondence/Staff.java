package vn.motcua.correspondence;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.motcua.identity.Officer;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

/**
 * Who may act on the documents of an agency: its leaders direct incoming documents and approve and sign outgoing
 * ones, its clerks (văn thư) register, number and issue, any active officer of it drafts and handles.
 */
@Component
class Staff {

	private final OfficerAccounts accounts;

	Staff(OfficerAccounts accounts) {
		this.accounts = accounts;
	}

	/** Refuses with {@code refusalKey} unless {@code username} is an active officer holding {@code role} in the agency. */
	void require(String username, String agencyCode, OfficerRole role, String refusalKey) {
		if (!holds(username, agencyCode, role)) {
			throw new CorrespondenceRefused(refusalKey, username);
		}
	}

	/** Refuses unless {@code username} is an active officer of the agency, whatever the role. */
	void requireMember(String username, String agencyCode) {
		if (!holds(username, agencyCode, null)) {
			throw new CorrespondenceRefused("correspondence.refused.notAMember", username);
		}
	}

	boolean holds(String username, String agencyCode, OfficerRole role) {
		if (username == null || username.isBlank()) {
			return false;
		}
		return accounts.findByUsername(username.strip()).filter(Officer::active)
			.map(o -> o.memberships().stream()
				.anyMatch(m -> m.agencyCode().equals(agencyCode) && (role == null || m.role() == role)))
			.orElse(false);
	}

	/** The active officers of the agency holding the role ({@code null}: any), by name. */
	List<Officer> withRole(String agencyCode, OfficerRole role) {
		return accounts.list(Set.of(agencyCode)).stream().filter(Officer::active)
			.filter(o -> o.memberships().stream()
				.anyMatch(m -> m.agencyCode().equals(agencyCode) && (role == null || m.role() == role)))
			.toList();
	}

	String fullName(String username) {
		return username == null ? null
				: accounts.findByUsername(username).map(Officer::fullName).orElse(username);
	}
}
