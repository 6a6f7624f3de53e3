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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.identity.SignIns.session;

/**
 * Issue 12 item 3: deactivating an officer, resetting their password or taking a role away ends the sessions they
 * already have, at their very next request; a change that takes no right away leaves them signed in.
 */
@MotCuaTest
class SessionFollowsAccountTests {

	static final String ADDRESS = "203.0.113.50";

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDeactivatedOfficersOpenSessionEndsAtOnce() throws Exception {
		Officer officer = officer("tasession-a", Set.of(OfficerRole.RECEIVING_OFFICER));
		MockHttpSession session = session(mvc, "tasession-a", PASSWORD, ADDRESS);
		mvc.perform(get("/counter").session(session)).andExpect(status().isOk());

		accounts.setActive(officer.id(), false);
		mvc.perform(get("/counter").session(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SESSION_ENDED' and target = ?")
			.param("tasession-a").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aPasswordResetEndsTheOfficersOpenSessions() throws Exception {
		Officer officer = officer("tasession-b", Set.of(OfficerRole.SPECIALIST));
		MockHttpSession session = session(mvc, "tasession-b", PASSWORD, ADDRESS);
		accounts.resetPassword(officer.id(), "mat-khau-dat-lai-moi");
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void takingARoleAwayEndsTheSessionButRenamingDoesNot() throws Exception {
		Officer officer = officer("tasession-c", Set.of(OfficerRole.RECEIVING_OFFICER, OfficerRole.SPECIALIST));
		MockHttpSession session = session(mvc, "tasession-c", PASSWORD, ADDRESS);

		accounts.update(officer.id(), "Tạ Phiên Đổi Tên", Set.of("14908"),
				Set.of(OfficerRole.RECEIVING_OFFICER, OfficerRole.SPECIALIST));
		mvc.perform(get("/counter").session(session)).andExpect(status().isOk());

		accounts.update(officer.id(), "Tạ Phiên Đổi Tên", Set.of("14908"), Set.of(OfficerRole.SPECIALIST));
		mvc.perform(get("/counter").session(session)).andExpect(redirectedUrl("/login?expired"));
		MockHttpSession again = session(mvc, "tasession-c", PASSWORD, ADDRESS);
		mvc.perform(get("/counter").session(again)).andExpect(status().isForbidden());
	}

	@Test
	void anHtmxRequestOfAnEndedSessionIsSentToTheSignInPage() throws Exception {
		Officer officer = officer("tasession-d", Set.of(OfficerRole.SPECIALIST));
		MockHttpSession session = session(mvc, "tasession-d", PASSWORD, ADDRESS);
		accounts.setActive(officer.id(), false);
		mvc.perform(get("/").session(session).header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login?expired"));
	}

	static final String PASSWORD = "mat-khau-phien-lam-viec";

	private Officer officer(String username, Set<OfficerRole> roles) {
		return accounts.create(username, "Tạ Phiên", PASSWORD, Set.of("14908"), roles);
	}
}
