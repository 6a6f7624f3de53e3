package vn.motcua.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.MotCuaTest;
import vn.motcua.agency.NoticeSigning;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A commune's administrator gives an officer a position (chức vụ) and sets who signs Mẫu 04 and Mẫu 05 with which
 * authority (Nghị định 30/2020/NĐ-CP Art. 13), on Vietnamese admin pages; another commune's administrator cannot.
 */
@MotCuaTest
class NoticeSigningAdministrationTests {

	static final String AGENCY = "16417";

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	NoticeSigning signing;

	@Test
	void anAdministratorSetsAPositionAndTheSignerOfTheApology(@Autowired vn.motcua.agency.Agencies agencies)
			throws Exception {
		agencies.setActive(AGENCY, true);
		Officer deputy = accounts.findByUsername("phochutich.dq").orElseGet(() -> accounts.create("phochutich.dq",
				"Lê Thị Mai", "mat-khau-kiem-thu", Set.of(AGENCY), Set.of(OfficerRole.LEADER)));
		mvc.perform(post("/admin/officers/" + deputy.id()).with(admin(AGENCY)).with(csrf())
				.param("username", deputy.username()).param("fullName", "Lê Thị Mai").param("position", "Phó Chủ tịch")
				.param("agencies", AGENCY).param("roles", "LEADER"))
			.andExpect(status().is3xxRedirection());
		assertThat(accounts.position("phochutich.dq")).contains("Phó Chủ tịch");
		mvc.perform(get("/admin/officers/" + deputy.id()).with(admin(AGENCY)))
			.andExpect(content().string(containsString("Chức vụ")))
			.andExpect(content().string(containsString("name=\"position\" value=\"Ph")));

		mvc.perform(post("/admin/officers/signing").param("agency", AGENCY).param("paper", "APOLOGY")
				.param("authority", "TM").param("signer", "phochutich.dq").with(admin(AGENCY)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(signing.setup(AGENCY, NoticeSigning.Paper.APOLOGY))
			.isEqualTo(new NoticeSigning.Setup(NoticeSigning.Paper.APOLOGY, NoticeSigning.Authority.TM, "phochutich.dq"));
		mvc.perform(get("/admin/officers/signing").param("agency", AGENCY).with(admin(AGENCY)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thẩm quyền ký thông báo")))
			.andExpect(content().string(containsString("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")))
			.andExpect(content().string(containsString("Lê Thị Mai – Phó Chủ tịch")));
	}

	@Test
	void aSignerFromOutsideTheAgencyIsRefusedAndNothingChanges() throws Exception {
		NoticeSigning.Setup before = signing.setup(AGENCY, NoticeSigning.Paper.STOP_NOTICE);
		mvc.perform(post("/admin/officers/signing").param("agency", AGENCY).param("paper", "STOP_NOTICE")
				.param("authority", "KT").param("signer", "lanhdao").with(admin(AGENCY)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(signing.setup(AGENCY, NoticeSigning.Paper.STOP_NOTICE)).isEqualTo(before);
		mvc.perform(post("/admin/officers/signing").param("agency", AGENCY).param("paper", "STOP_NOTICE")
				.param("authority", "KT.").with(admin(AGENCY)).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("failureText",
					"Trang đã gửi một giá trị không đọc được. Hãy tải lại trang rồi thực hiện lại."));
		assertThat(signing.setup(AGENCY, NoticeSigning.Paper.STOP_NOTICE)).isEqualTo(before);
	}

	@Test
	void anotherCommunesAdministratorCannotSeeOrChangeIt() throws Exception {
		mvc.perform(get("/admin/officers/signing").param("agency", AGENCY).with(admin("14908")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/officers/signing").param("agency", AGENCY).param("paper", "APOLOGY")
				.param("authority", "HEAD").with(admin("14908")).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theSignatureLinesFollowTheDecree() {
		assertThat(NoticeSigning.titleLines(NoticeSigning.Paper.APOLOGY, NoticeSigning.Authority.TM, "Chủ tịch"))
			.containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
		assertThat(NoticeSigning.titleLines(NoticeSigning.Paper.APOLOGY, NoticeSigning.Authority.TM, null))
			.containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
		assertThat(NoticeSigning.titleLines(NoticeSigning.Paper.STOP_NOTICE, NoticeSigning.Authority.KT, "Phó Giám đốc"))
			.containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
		assertThat(NoticeSigning.titleLines(NoticeSigning.Paper.APOLOGY, NoticeSigning.Authority.Q, null))
			.containsExactly("Q. CHỦ TỊCH");
		assertThat(NoticeSigning.titleLines(NoticeSigning.Paper.STOP_NOTICE, NoticeSigning.Authority.HEAD, "Giám đốc"))
			.containsExactly("GIÁM ĐỐC");
	}

	private static RequestPostProcessor admin(String agency) {
		return user("quantri." + agency).authorities(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
				new SimpleGrantedAuthority("AGENCY_" + agency + "_ADMINISTRATOR"));
	}
}
