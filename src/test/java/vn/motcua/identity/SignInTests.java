package vn.motcua.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in: wrong passwords, deactivated accounts, CSRF, and the audit lines they leave (throttling: SignInThrottlingTests). */
@MotCuaTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWrongPasswordSaysSoInVietnameseAndIsAudited() throws Exception {
		accounts.create("tranvanbinh", "Trần Văn Bình", "dung-mat-khau", Set.of("14908"), Set.of(OfficerRole.SPECIALIST));
		mvc.perform(formLogin("/login").user("tranvanbinh").password("sai-mat-khau"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login?error"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
		assertThat(auditActions("tranvanbinh")).contains("SIGN_IN_FAILED");

		mvc.perform(formLogin("/login").user("tranvanbinh").password("dung-mat-khau")).andExpect(redirectedUrl("/"));
		assertThat(auditActions("tranvanbinh")).contains("SIGN_IN");
	}

	@Test
	void aFewWrongPasswordsThenTheRightOneSignIn() throws Exception {
		Officer officer = accounts.create("lethihoa", "Lê Thị Hoa", "dung-mat-khau", Set.of("14908"),
				Set.of(OfficerRole.LEADER));
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(formLogin("/login").user("lethihoa").password("sai-" + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user("lethihoa").password("dung-mat-khau")).andExpect(redirectedUrl("/"));
		accounts.resetPassword(officer.id(), "mat-khau-moi-1");
		mvc.perform(formLogin("/login").user("lethihoa").password("mat-khau-moi-1")).andExpect(redirectedUrl("/"));
		assertThat(auditActions("lethihoa")).contains("SIGN_IN_FAILED", "SIGN_IN").doesNotContain("ACCOUNT_LOCKED");
	}

	@Test
	void aDeactivatedOfficerCannotSignIn() throws Exception {
		Officer officer = accounts.create("phamvancuong", "Phạm Văn Cường", "dung-mat-khau", Set.of("14908"),
				Set.of(OfficerRole.RECEIVING_OFFICER));
		accounts.setActive(officer.id(), false);
		mvc.perform(formLogin("/login").user("phamvancuong").password("dung-mat-khau"))
			.andExpect(redirectedUrl("/login?disabled"));
		mvc.perform(get("/login?disabled")).andExpect(content().string(
				org.hamcrest.Matchers.containsString("Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.")));
	}

	@Test
	void signInWithoutTheCsrfTokenIsRefused() throws Exception {
		// Without a token (no session yet, or an expired one) the form is refused and the officer is asked to sign in again.
		mvc.perform(post("/login").param("username", "admin").param("password", "admin-test-password"))
			.andExpect(redirectedUrl("/login?expired"))
			.andExpect(unauthenticated());
		mvc.perform(post("/login").with(csrf()).param("username", "admin").param("password", "admin-test-password"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void pagesNeedASignInAndPasswordsAreStoredHashed() throws Exception {
		mvc.perform(get("/admin/officers")).andExpect(redirectedUrl("/login"));
		String hash = jdbc.sql("select password_hash from officer where username = 'admin'").query(String.class).single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("admin-test-password");
	}

	private java.util.List<String> auditActions(String actor) {
		return jdbc.sql("select action from audit_entry where actor = ? order by id").param(actor).query(String.class)
			.list();
	}
}
