package vn.motcua.dossier;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;

import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

/**
 * The officer (or service account) who acts on a dossier, as the application layer needs to know them: the user name,
 * the agencies in which they hold each role, and whether they administer the whole installation. Built from the
 * signed-in {@link Authentication} by whichever channel they came through (page, API).
 */
public record ActingOfficer(String username, Map<OfficerRole, Set<String>> agenciesByRole, boolean installationAdmin) {

	public ActingOfficer {
		agenciesByRole = Map.copyOf(agenciesByRole);
	}

	/** The signed-in officer: roles per agency from the authorities the identity module grants. */
	public static ActingOfficer of(Authentication authentication) {
		Map<OfficerRole, Set<String>> roles = new EnumMap<>(OfficerRole.class);
		for (OfficerRole role : OfficerRole.values()) {
			roles.put(role, Set.copyOf(AgencyAccess.agenciesWhere(authentication, role)));
		}
		return new ActingOfficer(authentication.getName(), roles, AgencyAccess.isInstallationAdmin(authentication));
	}

	/** Whether they may see the dossiers of the agency: a member of it in any role, or the installation's administrator. */
	public boolean canSee(String agencyCode) {
		return installationAdmin || agenciesByRole.values().stream().anyMatch(agencies -> agencies.contains(agencyCode));
	}

	/**
	 * Whether they act in {@code role} for the agency: they hold it there, or administer the installation, or (for any
	 * role but the specialist's, which is personal: a dossier is assigned to one person) administer the agency.
	 */
	public boolean holds(String agencyCode, OfficerRole role) {
		return installationAdmin || agenciesWhere(role).contains(agencyCode)
				|| (role != OfficerRole.SPECIALIST && agenciesWhere(OfficerRole.ADMINISTRATOR).contains(agencyCode));
	}

	/** The agencies where they hold {@code role} themselves. */
	public Set<String> agenciesWhere(OfficerRole role) {
		return agenciesByRole.getOrDefault(role, Set.of());
	}
}
