package vn.motcua.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (NIST SP 800-63B §5.1.1.2, OWASP ASVS 2.1): at least 8 characters, at most 72 bytes
 * (what bcrypt reads), not one of the common passwords in {@code identity/common-passwords.txt} (made by
 * {@code scripts/common-passwords.py}), and not just the user name or the installation's name with a few characters
 * added. No rules about mixing kinds of characters: length and rarity are what count.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_BYTES = 72;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("identity/common-passwords.txt");
	}

	/** Refuses a password that breaks a rule, naming the field and the message to show. */
	void check(String field, String password, String username) {
		if (password == null || password.isBlank()) {
			throw new OfficerAccountException(field, "officer.password.required");
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new OfficerAccountException(field, "officer.password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new OfficerAccountException(field, "officer.password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower)) {
			throw new OfficerAccountException(field, "officer.password.common");
		}
		if (remainsTooShort(lower, username) || remainsTooShort(lower, "motcua")) {
			throw new OfficerAccountException(field, "officer.password.likeUsername");
		}
	}

	/** Whether the password is little more than the word: fewer than 8 characters left once the word is taken out. */
	private static boolean remainsTooShort(String password, String word) {
		if (word == null || word.isBlank()) {
			return false;
		}
		String lowerWord = word.strip().toLowerCase(Locale.ROOT);
		return password.contains(lowerWord) && password.replace(lowerWord, "").length() < MIN_LENGTH;
	}

	private static Set<String> load(String resource) {
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(line -> passwords.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + resource, e);
		}
		return Set.copyOf(passwords);
	}
}
