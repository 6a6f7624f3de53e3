package vn.motcua.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.Officer.Membership;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.VietnameseMessages;

/**
 * Creating, editing, deactivating officers, resetting their passwords, and an officer changing their own. Every
 * change is checked, audited (before → after) and committed together with its audit line, or not at all; a refused
 * password is audited too. Deactivation, a new password or changed roles raise the account's security stamp, which
 * ends its open sessions ({@link SessionFollowsAccount}).
 */
@Service
public class OfficerAccounts {

	private final Officers officers;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final SignInThrottle throttle;

	private final AuditTrail audit;

	private final VietnameseMessages words;

	OfficerAccounts(Officers officers, PasswordEncoder passwords, PasswordPolicy policy, SignInThrottle throttle,
			AuditTrail audit, MessageSource messages) {
		this.words = new VietnameseMessages(messages);
		this.officers = officers;
		this.passwords = passwords;
		this.policy = policy;
		this.throttle = throttle;
		this.audit = audit;
	}

	public Optional<Officer> find(long id) {
		return officers.findById(id);
	}

	public Optional<Officer> findByUsername(String username) {
		return officers.findByUsername(username);
	}

	/**
	 * The officer's position (chức vụ, e.g. “Phó Chủ tịch”), printed under their signature on the notices they sign
	 * (Nghị định 30/2020/NĐ-CP Phụ lục I, mục II.8), or empty when none is set.
	 */
	public Optional<String> position(String username) {
		return officers.position(username);
	}

	/** Sets or clears ({@code null}/blank) an officer's position, audited before → after. */
	@Transactional
	public void setPosition(long id, String position) {
		Officer officer = officers.findById(id).orElseThrow(() -> new OfficerAccountException(null, "officer.notFound"));
		String before = officers.position(officer.username()).orElse(null);
		String after = position == null || position.isBlank() ? null
				: java.text.Normalizer.normalize(position.strip(), java.text.Normalizer.Form.NFC);
		if (java.util.Objects.equals(before, after)) {
			return;
		}
		officers.setPosition(id, after);
		audit.record("OFFICER_POSITION_SET", first(officer.agencies()), officer.username(), before, after);
	}

	/**
	 * The officer's e-mail address, where the daily digest and the notices meant for them are sent (issue 16 item 5),
	 * or empty when none is set.
	 */
	public Optional<String> email(String username) {
		return officers.email(username);
	}

	/** Sets or clears ({@code null}/blank) an officer's e-mail address, audited before → after. */
	@Transactional
	public void setEmail(long id, String email) {
		Officer officer = officers.findById(id).orElseThrow(() -> new OfficerAccountException(null, "officer.notFound"));
		String before = officers.email(officer.username()).orElse(null);
		String after = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
		if (java.util.Objects.equals(before, after)) {
			return;
		}
		officers.setEmail(id, after);
		audit.record("OFFICER_EMAIL_SET", first(officer.agencies()), officer.username(), before, after);
	}

	/** The e-mail address of every active officer who has one, by user name. */
	public Map<String, String> activeEmails() {
		return officers.activeEmails();
	}

	/** The user names of the active officers holding {@code role} in the agency. */
	public List<String> activeHolding(String agencyCode, OfficerRole role) {
		return officers.activeHolding(agencyCode, role);
	}

	/** Every officer ({@code agencies == null}) or those holding a role in one of the agencies. */
	public List<Officer> list(Collection<String> agencies) {
		return officers.findAll(agencies);
	}

	@Transactional
	public Officer create(String username, String fullName, String password, Set<String> agencies,
			Set<OfficerRole> roles) {
		policy.check("password", password, username);
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
		Set<Membership> memberships = memberships(agencies, roles);
		officers.replaceMemberships(id, memberships);
		boolean rightsChanged = !memberships.equals(before.memberships());
		if (rightsChanged) {
			officers.raiseSecurityStamp(id);
		}
		Officer after = officers.findById(id).orElseThrow();
		audit.record("OFFICER_UPDATED", first(agencies), before.username(), before.describe(),
				after.describe() + (rightsChanged ? "; sessions ended" : ""));
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
				officer.username(), String.valueOf(officer.active()), active + "; sessions ended");
	}

	/** An administrator sets a new password; the officer's open sessions end. */
	@Transactional(noRollbackFor = OfficerAccountException.class)
	public void resetPassword(long id, String newPassword) {
		Officer officer = officers.findById(id).orElseThrow(() -> new OfficerAccountException(null, "officer.notFound"));
		try {
			policy.check("newPassword", newPassword, officer.username());
		}
		catch (OfficerAccountException refused) {
			audit.record("PASSWORD_RESET_REFUSED", first(officer.agencies()), officer.username(), null,
					refused.messageKey());
			throw refused;
		}
		officers.setPasswordHash(id, passwords.encode(newPassword));
		audit.record("PASSWORD_RESET", first(officer.agencies()), officer.username(), null, "sessions ended");
	}

	/**
	 * The signed-in officer changes their own password, proving who they are with the current one. A wrong current
	 * password counts as a failed sign-in from {@code address} (so a stolen session cannot guess it quickly), and a
	 * try that comes too soon after failures is refused before the password is checked. Every session of the
	 * account ends, this one included.
	 */
	@Transactional(noRollbackFor = OfficerAccountException.class)
	public void changeOwnPassword(String username, String currentPassword, String newPassword, String repeated,
			String address) {
		Officer officer = officers.findByUsername(username)
			.orElseThrow(() -> new OfficerAccountException(null, "officer.notFound"));
		SignInThrottle.Wait wait = throttle.waitBefore(username, address);
		if (wait != null) {
			refuse(officer, "currentPassword", "account.password.wait",
					wait.scope() + "; retry after " + wait.seconds() + " s", wait.seconds());
		}
		String hash = officers.passwordHash(officer.username()).orElseThrow();
		if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
			throttle.recordFailure(username, address);
			refuse(officer, "currentPassword", "account.password.currentWrong", "wrong current password", null);
		}
		try {
			policy.check("newPassword", newPassword, officer.username());
		}
		catch (OfficerAccountException refused) {
			refuse(officer, refused.field(), refused.messageKey(), refused.messageKey(), null);
		}
		if (!newPassword.equals(repeated)) {
			refuse(officer, "repeatedPassword", "account.password.mismatch", "repeated password differs", null);
		}
		officers.setPasswordHash(officer.id(), passwords.encode(newPassword));
		audit.record("PASSWORD_CHANGED", first(officer.agencies()), officer.username(), null, "sessions ended");
	}

	private void refuse(Officer officer, String field, String messageKey, String reason, Long waitSeconds) {
		audit.record("PASSWORD_CHANGE_REFUSED", first(officer.agencies()), officer.username(), null, reason);
		throw new OfficerAccountException(field, messageKey, waitSeconds);
	}

	/**
	 * Creates the installation's first administrator unless an account with that name exists; its password must pass
	 * the same rules as every other ({@link PasswordPolicy}).
	 */
	@Transactional
	boolean createInstallationAdmin(String username, String password) {
		if (officers.usernameTaken(username)) {
			return false;
		}
		policy.check("password", password, username);
		officers.insert(username, words.say("officer.installationAdmin.fullName"), passwords.encode(password), true);
		audit.recordAs("system", "OFFICER_CREATED", null, username, null, "installation administrator");
		return true;
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
