package vn.motcua.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.MotCuaTest;
import vn.motcua.feedback.PetitionDeadlines;
import vn.motcua.feedback.PetitionDesk;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.identity.SignIns.attempt;

/**
 * Issue 12 item 4: a commune's administrator stays in their commune. An officer shared with another commune is
 * changed only by someone who administers every commune they work in; installation-wide settings (petition
 * deadlines) belong to the installation's administrator. Each refusal is audited.
 */
@MotCuaTest
class CommuneAdministratorScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	PetitionDesk petitions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCommuneAdministratorCannotResetDeactivateOrStripAnOfficerSharedWithAnotherCommune() throws Exception {
		Officer shared = accounts.create("chung-hai-xa", "Cán bộ Hai Xã", "mat-khau-hai-xa", Set.of("14908", "00070"),
				Set.of(OfficerRole.SPECIALIST));
		RequestPostProcessor thienPhu = administratorOf("quantri-thienphu", "14908");

		mvc.perform(post("/admin/officers/" + shared.id() + "/password").with(thienPhu).with(csrf())
				.param("newPassword", "mat-khau-chiem-quyen"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/officers/" + shared.id()).with(thienPhu).with(csrf()).param("username", "chung-hai-xa")
				.param("fullName", "Cán bộ Hai Xã").param("agencies", "14908").param("roles", "SPECIALIST"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/officers/" + shared.id() + "/active").with(thienPhu).with(csrf())
				.param("active", "false"))
			.andExpect(status().isForbidden());

		Officer after = accounts.find(shared.id()).orElseThrow();
		assertThat(after.agencies()).containsExactlyInAnyOrder("14908", "00070");
		assertThat(after.active()).isTrue();
		assertThat(attempt(mvc, "chung-hai-xa", "mat-khau-hai-xa", "203.0.113.60")).isEqualTo("/");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'OFFICER_CHANGE_REFUSED' and target = ?"
				+ " and actor = 'quantri-thienphu'").param("chung-hai-xa").query(Long.class).single()).isEqualTo(3);

		mvc.perform(get("/admin/officers/" + shared.id()).with(thienPhu))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cán bộ này còn công tác ở đơn vị bạn không quản trị.")))
			.andExpect(content().string(not(containsString("newPassword"))));
	}

	@Test
	void whoeverAdministersEveryCommuneOfTheOfficerMayChangeThem() throws Exception {
		Officer shared = accounts.create("chung-hai-xa-2", "Cán bộ Hai Xã", "mat-khau-hai-xa", Set.of("14908", "00070"),
				Set.of(OfficerRole.SPECIALIST));
		Officer local = accounts.create("chi-thien-phu", "Cán bộ Thiên Phủ", "mat-khau-thien-phu", Set.of("14908"),
				Set.of(OfficerRole.SPECIALIST));
		mvc.perform(post("/admin/officers/" + shared.id() + "/password")
				.with(administratorOf("quantri-hai-xa", "14908", "00070")).with(csrf())
				.param("newPassword", "mat-khau-moi-hai-xa"))
			.andExpect(redirectedUrl("/admin/officers"));
		mvc.perform(post("/admin/officers/" + local.id() + "/password")
				.with(administratorOf("quantri-thienphu", "14908")).with(csrf())
				.param("newPassword", "mat-khau-moi-thien-phu"))
			.andExpect(redirectedUrl("/admin/officers"));
	}

	@Test
	void onlyTheInstallationAdministratorChangesThePetitionDeadlines() throws Exception {
		PetitionDeadlines before = petitions.deadlines();
		mvc.perform(post("/admin/phan-anh").with(administratorOf("quantri-thienphu", "14908")).with(csrf())
				.param("refuseWithin", "1").param("moreInfoWithin", "1").param("answerWithin", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/phan-anh").with(administratorOf("quantri-thienphu", "14908")))
			.andExpect(status().isForbidden());
		assertThat(petitions.deadlines()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_DENIED' and target = ?"
				+ " and actor = 'quantri-thienphu'").param("POST /admin/phan-anh").query(Long.class).single())
			.isEqualTo(1);

		mvc.perform(post("/admin/phan-anh").with(installationAdmin()).with(csrf())
				.param("refuseWithin", String.valueOf(before.refuseWithin()))
				.param("moreInfoWithin", String.valueOf(before.moreInfoWithin()))
				.param("answerWithin", String.valueOf(before.answerWithin())))
			.andExpect(redirectedUrl("/admin/phan-anh"));

		mvc.perform(post("/admin/phan-anh").with(installationAdmin()).with(csrf())
				.param("refuseWithin", "hai").param("moreInfoWithin", "0").param("answerWithin", "15"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					org.hamcrest.Matchers.containsString("Nhập số ngày làm việc, số nguyên từ 1 đến 60.")));
		mvc.perform(post("/admin/phan-anh").with(installationAdmin()).with(csrf())
				.param("refuseWithin", "5").param("moreInfoWithin", "2").param("answerWithin", "15"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Thời hạn không hợp lệ: từ chối ≤ yêu cầu bổ sung ≤ trả lời, tối đa 60 ngày làm việc.")));
		assertThat(petitions.deadlines()).as("nothing saved on bad input").isEqualTo(before);
	}

	private static RequestPostProcessor administratorOf(String username, String... agencies) {
		SimpleGrantedAuthority[] authorities = new SimpleGrantedAuthority[agencies.length + 1];
		authorities[0] = new SimpleGrantedAuthority("ROLE_ADMINISTRATOR");
		for (int i = 0; i < agencies.length; i++) {
			authorities[i + 1] = new SimpleGrantedAuthority(AgencyAccess.authority(agencies[i], OfficerRole.ADMINISTRATOR));
		}
		return user(username).authorities(authorities);
	}

	private static RequestPostProcessor installationAdmin() {
		return user("admin").authorities(new SimpleGrantedAuthority(AgencyAccess.INSTALLATION_ADMIN),
				new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"));
	}
}
