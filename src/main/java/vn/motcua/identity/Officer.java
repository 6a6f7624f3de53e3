package vn.motcua.identity;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.motcua.shared.OfficerRole;

/**
 * An officer's account (tài khoản cán bộ): who they are, in which agencies they hold which roles, and the state of
 * whether they may sign in.
 */
public record Officer(long id, String username, String fullName, boolean active, boolean installationAdmin,
		Set<Membership> memberships) {

	/** A role held in one agency. */
	public record Membership(String agencyCode, OfficerRole role) implements Comparable<Membership> {

		@Override
		public int compareTo(Membership other) {
			int byAgency = agencyCode.compareTo(other.agencyCode);
			return byAgency != 0 ? byAgency : role.compareTo(other.role);
		}
	}

	public Set<String> agencies() {
		return memberships.stream().map(Membership::agencyCode).collect(Collectors.toCollection(TreeSet::new));
	}

	public Set<OfficerRole> roles() {
		return memberships.stream().map(Membership::role).collect(Collectors.toCollection(TreeSet::new));
	}

	/** How the account reads in the audit log: its name, state and roles. */
	String describe() {
		return "fullName=" + fullName + "; active=" + active + "; roles=" + new TreeSet<>(memberships);
	}
}
