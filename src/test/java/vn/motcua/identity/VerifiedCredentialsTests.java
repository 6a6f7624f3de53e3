package vn.motcua.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14 item 5: HTTP Basic on /api/** hashes a service account's password once a minute, not on every call; a
 * remembered sign-in never outlives a change of the account, and a wrong password is never remembered.
 */
@MotCuaTest
class VerifiedCredentialsTests {

	static final String PASSWORD = "mat-khau-tich-hop-nho";

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	VerifiedCredentials verified;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVerifiedPasswordIsNotHashedAgainButADeactivatedAccountIsRefusedAtOnce() throws Exception {
		Officer officer = accounts.create("tich-hop-nho-a", "Tích hợp nhớ", PASSWORD, Set.of("14908"),
				Set.of(OfficerRole.SPECIALIST));
		mvc.perform(get("/api/v1/agencies").with(httpBasic("tich-hop-nho-a", PASSWORD))).andExpect(status().isOk());

		// The stored hash changes behind the cache's back (the security stamp does not): the remembered sign-in is
		// used, which proves the password was not checked against the hash again.
		jdbc.sql("update officer set password_hash = ? where id = ?")
			.params(encoder.encode("mot-mat-khau-khac-han"), officer.id()).update();
		mvc.perform(get("/api/v1/agencies").with(httpBasic("tich-hop-nho-a", PASSWORD))).andExpect(status().isOk());

		accounts.setActive(officer.id(), false);
		mvc.perform(get("/api/v1/agencies").with(httpBasic("tich-hop-nho-a", PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(verified.recall(attempt("tich-hop-nho-a", PASSWORD))).isNull();
	}

	@Test
	void aPasswordResetDropsTheRememberedSignIn() throws Exception {
		Officer officer = accounts.create("tich-hop-nho-b", "Tích hợp nhớ", PASSWORD, Set.of("14908"),
				Set.of(OfficerRole.SPECIALIST));
		mvc.perform(get("/api/v1/agencies").with(httpBasic("tich-hop-nho-b", PASSWORD))).andExpect(status().isOk());
		accounts.resetPassword(officer.id(), "mat-khau-dat-lai-tich-hop");
		mvc.perform(get("/api/v1/agencies").with(httpBasic("tich-hop-nho-b", PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/agencies").with(httpBasic("tich-hop-nho-b", "mat-khau-dat-lai-tich-hop")))
			.andExpect(status().isOk());
	}

	@Test
	void aWrongPasswordIsNeverRemembered() throws Exception {
		accounts.create("tich-hop-nho-c", "Tích hợp nhớ", PASSWORD, Set.of("14908"), Set.of(OfficerRole.SPECIALIST));
		mvc.perform(get("/api/v1/agencies").with(httpBasic("tich-hop-nho-c", "sai-mat-khau-roi")))
			.andExpect(status().isUnauthorized());
		assertThat(verified.recall(attempt("tich-hop-nho-c", "sai-mat-khau-roi"))).isNull();

		mvc.perform(get("/api/v1/agencies").with(httpBasic("tich-hop-nho-c", PASSWORD))).andExpect(status().isOk());
		assertThat(verified.recall(attempt("tich-hop-nho-c", PASSWORD))).isNotNull();
		assertThat(verified.recall(attempt("tich-hop-nho-c", "sai-mat-khau-roi"))).isNull();
	}

	@Test
	void theKeyHoldsADigestNeverThePassword() {
		VerifiedCredentials.Key key = VerifiedCredentials.Key.of("tich-hop", PASSWORD);
		assertThat(key.toString()).doesNotContain(PASSWORD);
		assertThat(key.passwordDigest()).hasSize(64);
	}

	private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}
}
