package vn.motcua.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import vn.motcua.identity.Officer.Membership;
import vn.motcua.shared.AgencyAccess;

/**
 * Loads an officer for sign-in: authorities per agency and role, whether the account is active, and its security stamp
 * (the session ends when the stamp changes).
 */
@Service
class OfficerDetailsService implements UserDetailsService {

	private final Officers officers;

	OfficerDetailsService(Officers officers) {
		this.officers = officers;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Officer officer = officers.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("no officer " + username));
		String hash = officers.passwordHash(officer.username()).orElseThrow();
		return new OfficerPrincipal(officer.id(), officer.username(), officer.fullName(), hash, officer.active(),
				officers.securityStamp(officer.username()), authorities(officer));
	}

	static List<GrantedAuthority> authorities(Officer officer) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (officer.installationAdmin()) {
			authorities.add(new SimpleGrantedAuthority(AgencyAccess.INSTALLATION_ADMIN));
			authorities.add(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"));
		}
		for (Membership membership : officer.memberships()) {
			authorities.add(new SimpleGrantedAuthority(AgencyAccess.authority(membership.agencyCode(), membership.role())));
			SimpleGrantedAuthority role = new SimpleGrantedAuthority("ROLE_" + membership.role().name());
			if (!authorities.contains(role)) {
				authorities.add(role);
			}
		}
		return authorities;
	}
}
