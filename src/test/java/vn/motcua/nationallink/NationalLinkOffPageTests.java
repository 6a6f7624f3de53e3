package vn.motcua.nationallink;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.dossier.CompleteIntake;
import vn.motcua.dossier.Intake;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With {@code MOTCUA_DVCQG_URL} unset: the link's page says it is off and how to turn it on; dossier pages say nothing. */
@MotCuaTest
class NationalLinkOffPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void thePageSaysTheLinkIsOffAndHowToTurnItOn() throws Exception {
		mvc.perform(get("/admin/national-link").with(user("admin").authorities(
				new SimpleGrantedAuthority(AgencyAccess.INSTALLATION_ADMIN), new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Liên thông đang tắt"), containsString("MOTCUA_DVCQG_URL"),
					not(containsString("id=\"link-on\"")), containsString("Mã đơn vị trên Cổng"))));
		mvc.perform(get("/admin/national-link").with(user("tiepnhan").authorities(
				new SimpleGrantedAuthority("ROLE_RECEIVING_OFFICER"),
				new SimpleGrantedAuthority(AgencyAccess.authority("14908", OfficerRole.RECEIVING_OFFICER)))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDossierPageHasNoNationalPortalLineWhileTheLinkIsOff(@Autowired Intake intake,
			@Autowired Catalogue catalogue) throws Exception {
		String code = intake.accept(CompleteIntake.of(catalogue.inForce("1.004873", TestClock.today()).orElseThrow(),
				"Phan Văn Không Liên Thông"), "tiepnhan").code();
		mvc.perform(get("/dossiers/" + code).with(user("lanhdao").authorities(new SimpleGrantedAuthority("ROLE_LEADER"),
				new SimpleGrantedAuthority(AgencyAccess.authority("14908", OfficerRole.LEADER)))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(code), not(containsString("id=\"national-sync\"")))));
	}
}
