package vn.motcua.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.identity.SignIns.attempt;
import static vn.motcua.identity.SignIns.from;
import static vn.motcua.identity.SignIns.session;

/**
 * Issue 12 item 2, passwords: an officer changes their own password (with the current one, CSRF on, every session
 * ended afterwards); common and too-short passwords are refused wherever a password is set; refusals are audited.
 */
@MotCuaTest
class OwnPasswordTests {

	static final String ADDRESS = "203.0.113.40";

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerChangesTheirOwnPasswordFromTheMenuAndEverySessionEnds() throws Exception {
		accounts.create("luongvantoan", "Lương Văn Toàn", "toan-mat-khau-cu", Set.of("14908"),
				Set.of(OfficerRole.RECEIVING_OFFICER));
		MockHttpSession other = session(mvc, "luongvantoan", "toan-mat-khau-cu", "203.0.113.41");
		MockHttpSession session = session(mvc, "luongvantoan", "toan-mat-khau-cu", ADDRESS);
		mvc.perform(get("/").session(session))
			.andExpect(content().string(containsString("href=\"/account/password\"")));
		mvc.perform(get("/account/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu hiện tại")));

		mvc.perform(change(session, "toan-mat-khau-cu", "toan-mat-khau-moi", "toan-mat-khau-moi"))
			.andExpect(redirectedUrl("/login?passwordChanged"));
		mvc.perform(get("/login?passwordChanged"))
			.andExpect(content().string(containsString("Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.")));
		mvc.perform(get("/").session(other)).andExpect(redirectedUrl("/login?expired"));

		assertThat(attempt(mvc, "luongvantoan", "toan-mat-khau-cu", ADDRESS)).isEqualTo("/login?error");
		assertThat(attempt(mvc, "luongvantoan", "toan-mat-khau-moi", ADDRESS)).isEqualTo("/");
		assertThat(audit("luongvantoan", "PASSWORD_CHANGED")).isEqualTo(1);
	}

	@Test
	void withoutTheCsrfTokenThePasswordIsNotChanged() throws Exception {
		accounts.create("hathithuy", "Hà Thị Thủy", "thuy-mat-khau-cu", Set.of("14908"), Set.of(OfficerRole.SPECIALIST));
		MockHttpSession session = session(mvc, "hathithuy", "thuy-mat-khau-cu", ADDRESS);
		mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
		mvc.perform(post("/account/password").session(session).with(from(ADDRESS))
				.param("currentPassword", "thuy-mat-khau-cu").param("newPassword", "thuy-mat-khau-moi")
				.param("repeatedPassword", "thuy-mat-khau-moi"))
			.andExpect(status().isForbidden());
		assertThat(attempt(mvc, "hathithuy", "thuy-mat-khau-cu", ADDRESS)).isEqualTo("/");
	}

	@Test
	void aWrongCurrentPasswordACommonOneOrAMismatchIsRefusedInVietnameseAndAudited() throws Exception {
		accounts.create("kieuvanbao", "Kiều Văn Bảo", "bao-mat-khau-cu", Set.of("14908"), Set.of(OfficerRole.SPECIALIST));
		MockHttpSession session = session(mvc, "kieuvanbao", "bao-mat-khau-cu", ADDRESS);

		mvc.perform(change(session, "doan-sai", "bao-mat-khau-moi", "bao-mat-khau-moi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
		for (String common : new String[] { "matkhau123", "12345678", "Admin123", "iloveyou" }) {
			mvc.perform(change(session, "bao-mat-khau-cu", common, common))
				.andExpect(content().string(containsString("Mật khẩu này quá phổ biến, rất dễ bị đoán.")));
		}
		mvc.perform(change(session, "bao-mat-khau-cu", "kieuvanbao1", "kieuvanbao1"))
			.andExpect(content().string(containsString("không được chỉ là tên đăng nhập")));
		mvc.perform(change(session, "bao-mat-khau-cu", "ngan", "ngan"))
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 8 ký tự.")));
		mvc.perform(change(session, "bao-mat-khau-cu", "bao-mat-khau-moi", "bao-mat-khau-khac"))
			.andExpect(content().string(containsString("Mật khẩu nhập lại không khớp với mật khẩu mới.")));

		assertThat(audit("kieuvanbao", "PASSWORD_CHANGE_REFUSED")).isEqualTo(8);
		assertThat(audit("kieuvanbao", "PASSWORD_CHANGED")).isZero();
		assertThat(attempt(mvc, "kieuvanbao", "bao-mat-khau-cu", "203.0.113.42")).as("the old password still works")
			.isEqualTo("/");
	}

	@Test
	void guessingTheCurrentPasswordFromAStolenSessionIsSlowedLikeASignIn() throws Exception {
		accounts.create("quachthiyen", "Quách Thị Yến", "yen-mat-khau-cu", Set.of("14908"), Set.of(OfficerRole.SPECIALIST));
		MockHttpSession session = session(mvc, "quachthiyen", "yen-mat-khau-cu", "203.0.113.43");
		String page = "";
		for (int i = 0; i < 12 && !page.contains("Vui lòng thử lại sau"); i++) {
			page = mvc.perform(change(session, "doan-" + i, "yen-mat-khau-moi", "yen-mat-khau-moi")).andReturn()
				.getResponse().getContentAsString();
		}
		assertThat(page).contains("Đã nhập sai nhiều lần. Vui lòng thử lại sau");
	}

	@Test
	void administratorsCannotSetCommonPasswordsEither() throws Exception {
		assertThatThrownBy(() -> accounts.create("tonthatthinh", "Tôn Thất Thịnh", "password123", Set.of("14908"),
				Set.of(OfficerRole.SPECIALIST)))
			.isInstanceOf(OfficerAccountException.class).hasMessage("officer.password.common");
		Officer officer = accounts.create("tonthatthinh", "Tôn Thất Thịnh", "thinh-mat-khau-dai", Set.of("14908"),
				Set.of(OfficerRole.SPECIALIST));
		assertThatThrownBy(() -> accounts.resetPassword(officer.id(), "anhyeuem123"))
			.isInstanceOf(OfficerAccountException.class).hasMessage("officer.password.common");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PASSWORD_RESET_REFUSED' and target = ?")
			.param("tonthatthinh").query(Long.class).single()).isEqualTo(1);
	}

	private static org.springframework.test.web.servlet.RequestBuilder change(MockHttpSession session, String current,
			String newPassword, String repeated) {
		return post("/account/password").session(session).with(csrf()).with(from(ADDRESS))
			.param("currentPassword", current).param("newPassword", newPassword).param("repeatedPassword", repeated);
	}

	private long audit(String target, String action) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and target = ?").params(action, target)
			.query(Long.class).single();
	}
}
