package vn.motcua.identity;

import jakarta.validation.constraints.Size;

/**
 * An officer's form to change their own password, as posted. The rules (the current password right, the new one
 * strong, both typed the same) are {@link OfficerAccounts#changeOwnPassword}'s, shown on the field it names
 * ({@link OfficerAccountException}); the form bounds only the length, so that no password hash is computed over
 * megabytes. A password is never sent back to the page.
 */
record OwnPasswordFormData(
		@Size(max = 200, message = "{officer.password.tooLong}") String currentPassword,
		@Size(max = 200, message = "{officer.password.tooLong}") String newPassword,
		@Size(max = 200, message = "{officer.password.tooLong}") String repeatedPassword) {

	static OwnPasswordFormData empty() {
		return new OwnPasswordFormData(null, null, null);
	}
}
