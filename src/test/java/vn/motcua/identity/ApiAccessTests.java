package vn.motcua.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.shared.OfficerRole;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Service accounts call /api/** with HTTP Basic; refusals come back as JSON, not as a login page. */
@MotCuaTest
class ApiAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@Test
	void withoutCredentialsTheApiAnswers401AsJson() throws Exception {
		mvc.perform(get("/api/v1/agencies"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.error").value("unauthorized"));
		mvc.perform(get("/api/v1/agencies").with(httpBasic("admin", "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aServiceAccountWithoutTheRoleGets403AsJson() throws Exception {
		accounts.create("tich-hop", "Tài khoản tích hợp", "mat-khau-tich-hop", Set.of("14908"),
				Set.of(OfficerRole.SPECIALIST));
		mvc.perform(get("/api/v1/agencies").with(httpBasic("tich-hop", "mat-khau-tich-hop")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("14908"));
		mvc.perform(get("/api/v1/audit").with(httpBasic("tich-hop", "mat-khau-tich-hop")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.error").value("forbidden"));
	}

	@Test
	void theAdministratorReadsTheAuditLogOverTheApi() throws Exception {
		mvc.perform(get("/api/v1/audit").param("actor", "admin").with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].actor").value("admin"));
	}
}
