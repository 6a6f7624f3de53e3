package vn.motcua.shared;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which agencies a signed-in officer may see, read from the authorities the identity module grants:
 * {@code AGENCY_<code>_<ROLE>} per membership, and {@code INSTALLATION_ADMIN} for the administrator of the whole
 * installation. Every module filters its rows with this, without depending on the identity module.
 */
public final class AgencyAccess {

	public static final String INSTALLATION_ADMIN = "INSTALLATION_ADMIN";

	private static final String PREFIX = "AGENCY_";

	private AgencyAccess() {
	}

	public static String authority(String agencyCode, OfficerRole role) {
		return PREFIX + agencyCode + "_" + role.name();
	}

	public static boolean isInstallationAdmin(Authentication authentication) {
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(a -> INSTALLATION_ADMIN.equals(a.getAuthority()));
	}

	/** The agencies in which the officer holds any role. */
	public static Set<String> agencies(Authentication authentication) {
		return agenciesWhere(authentication, null);
	}

	/** The agencies in which the officer holds the given role ({@code null}: any role). */
	public static Set<String> agenciesWhere(Authentication authentication, OfficerRole role) {
		Set<String> agencies = new TreeSet<>();
		if (authentication == null) {
			return agencies;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name == null || !name.startsWith(PREFIX)) {
				continue;
			}
			int separator = name.indexOf('_', PREFIX.length());
			if (separator < 0) {
				continue;
			}
			if (role == null || name.substring(separator + 1).equals(role.name())) {
				agencies.add(name.substring(PREFIX.length(), separator));
			}
		}
		return agencies;
	}

	/** Whether the officer may see the rows of an agency: a member of it, or the installation's administrator. */
	public static boolean canSee(Authentication authentication, String agencyCode) {
		return isInstallationAdmin(authentication) || agencies(authentication).contains(agencyCode);
	}
}
