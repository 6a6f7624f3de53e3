package vn.motcua.identity;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in officer as Spring Security holds it: the account's id, full name and security stamp beside the
 * authorities.
 */
public class OfficerPrincipal extends User {

	private final long id;

	private final String fullName;

	private final long securityStamp;

	OfficerPrincipal(long id, String username, String fullName, String passwordHash, boolean enabled,
			long securityStamp, Collection<? extends GrantedAuthority> authorities) {
		super(username, passwordHash, enabled, true, true, true, authorities);
		this.id = id;
		this.fullName = fullName;
		this.securityStamp = securityStamp;
	}

	/** The account's security stamp when this session signed in; see {@link SessionFollowsAccount}. */
	long getSecurityStamp() {
		return securityStamp;
	}

	public long getId() {
		return id;
	}

	public String getFullName() {
		return fullName;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}
}
