package vn.motcua.identity;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a fresh installation, creates the administrator {@code admin} with the password from
 * {@code MOTCUA_ADMIN_PASSWORD}; when that is unset, with a random password printed once in the log.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final OfficerAccounts accounts;

	private final String configuredPassword;

	FirstAdministrator(OfficerAccounts accounts, @Value("${motcua.admin-password:}") String configuredPassword) {
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean generated = configuredPassword == null || configuredPassword.isBlank();
		String password = generated ? randomPassword() : configuredPassword;
		boolean created;
		try {
			created = accounts.createInstallationAdmin(USERNAME, password);
		}
		catch (OfficerAccountException refused) {
			throw new IllegalStateException("MOTCUA_ADMIN_PASSWORD is refused (" + refused.messageKey()
					+ "): use at least 8 characters, not a common password, not 'admin' with a few characters added");
		}
		if (created) {
			if (generated) {
				log.warn("""

						==============================================================
						  First administrator created: user 'admin', password: {}
						  This password is shown only once. Change it after signing in.
						==============================================================""", password);
			}
			else {
				log.info("First administrator 'admin' created with the password from MOTCUA_ADMIN_PASSWORD");
			}
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
