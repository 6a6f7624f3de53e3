package vn.motcua.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.Officer.Membership;
import vn.motcua.shared.OfficerRole;

/**
 * Creating, editing, deactivating officers and resetting their passwords. Every change is checked, audited
 * (before → after) and committed together with its audit line, or not at all.
 */
@Service
public class OfficerAccounts {

	static final int MIN_PASSWORD_LENGTH = 8;

	private final Officers officers;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	OfficerAccounts(Officers officers, PasswordEncoder passwords, AuditTrail audit) {
		this.officers = officers;
		this.passwords = passwords;
		this.audit = audit;
	}

	public Optional<Officer> find(long id) {
		return officers.findById(id);
	}

	public Optional<Officer> findByUsername(String username) {
		return officers.findByUsername(username);
	}

	/** Every officer ({@code agencies == null}) or those holding a role in one of the agencies. */
	public List<Officer> list(Collection<String> agencies) {
		return officers.findAll(agencies);
	}

	@Transactional
	public Officer create(String username, String fullName, String password, Set<String> agencies,
			Set<OfficerRole> roles) {
		checkPassword(password);
		if (officers.usernameTaken(username)) {
			throw new OfficerAccountException("username", "officer.username.taken");
		}
		long id = officers.insert(username, fullName, passwords.encode(password), false);
		officers.replaceMemberships(id, memberships(agencies, roles));
		Officer created = officers.findById(id).orElseThrow();
		audit.record("OFFICER_CREATED", first(agencies), username, null, created.describe());
		return created;
	}

	@Transactional
	public Officer update(long id, String fullName, Set<String> agencies, Set<OfficerRole> roles) {
		Officer before = officers.findById(id).orElseThrow(() -> new OfficerAccountException(null, "officer.notFound"));
		officers.updateProfile(id, fullName);
		officers.replaceMemberships(id, memberships(agencies, roles));
		Officer after = officers.findById(id).orElseThrow();
		audit.record("OFFICER_UPDATED", first(agencies), before.username(), before.describe(), after.describe());
		return after;
	}

	@Transactional
	public void setActive(long id, boolean active) {
		Officer officer = officers.findById(id).orElseThrow(() -> new OfficerAccountException(null, "officer.notFound"));
		if (officer.installationAdmin() && !active) {
			throw new OfficerAccountException(null, "officer.cannotDeactivateInstallationAdmin");
		}
		officers.setActive(id, active);
		audit.record(active ? "OFFICER_ACTIVATED" : "OFFICER_DEACTIVATED", first(officer.agencies()),
				officer.username(), String.valueOf(officer.active()), String.valueOf(active));
	}

	@Transactional
	public void resetPassword(long id, String newPassword) {
		checkPassword(newPassword);
		Officer officer = officers.findById(id).orElseThrow(() -> new OfficerAccountException(null, "officer.notFound"));
		officers.setPasswordHash(id, passwords.encode(newPassword));
		audit.record("PASSWORD_RESET", first(officer.agencies()), officer.username(), null, null);
	}

	/** Creates the installation's first administrator unless an account with that name exists. */
	@Transactional
	boolean createInstallationAdmin(String username, String password) {
		if (officers.usernameTaken(username)) {
			return false;
		}
		officers.insert(username, "Quản trị hệ thống", passwords.encode(password), true);
		audit.recordAs("system", "OFFICER_CREATED", null, username, null, "installation administrator");
		return true;
	}

	private static void checkPassword(String password) {
		if (password == null || password.isBlank()) {
			throw new OfficerAccountException("password", "officer.password.required");
		}
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw new OfficerAccountException("password", "officer.password.tooShort");
		}
	}

	private static Set<Membership> memberships(Set<String> agencies, Set<OfficerRole> roles) {
		Set<Membership> memberships = new TreeSet<>();
		agencies.forEach(agency -> roles.forEach(role -> memberships.add(new Membership(agency, role))));
		return memberships;
	}

	private static String first(Collection<String> agencies) {
		return agencies.isEmpty() ? null : agencies.iterator().next();
	}
}
