package vn.motcua.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
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

/** Administrators manage officers: validation in Vietnamese, nothing half-saved, agency scoping, audit. */
@MotCuaTest
class OfficerAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void missingFieldsAreListedInTheErrorSummaryAndNothingIsSaved() throws Exception {
		long before = officers();
		mvc.perform(post("/admin/officers").with(installationAdmin()).with(csrf())
				.param("username", "").param("fullName", "").param("password", "ngan"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Có lỗi cần sửa")))
			.andExpect(content().string(containsString("Nhập tên đăng nhập.")))
			.andExpect(content().string(containsString("Nhập họ và tên cán bộ.")))
			.andExpect(content().string(containsString("Chọn ít nhất một đơn vị công tác.")))
			.andExpect(content().string(containsString("Chọn ít nhất một vai trò.")));
		assertThat(officers()).isEqualTo(before);
	}

	@Test
	void aDuplicateUserNameIsRefusedWithAClearMessage() throws Exception {
		create("hoangvandung").andExpect(redirectedUrl("/admin/officers"));
		long before = officers();
		create("HoangVanDung")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên đăng nhập này đã có người dùng. Hãy chọn tên khác.")));
		assertThat(officers()).isEqualTo(before);
	}

	@Test
	void aShortPasswordIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/admin/officers").with(installationAdmin()).with(csrf()).param("username", "vuthimai")
				.param("fullName", "Vũ Thị Mai").param("password", "1234567").param("agencies", "14908")
				.param("roles", "SPECIALIST"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 8 ký tự.")))
			.andExpect(content().string(containsString("value=\"Vũ Thị Mai\"")));
		assertThat(accounts.findByUsername("vuthimai")).isEmpty();
	}

	@Test
	void creatingAnOfficerIsAuditedWithTheNewValues() throws Exception {
		create("dangthithu").andExpect(redirectedUrl("/admin/officers"));
		String after = jdbc.sql("select after_value from audit_entry where action = 'OFFICER_CREATED' and target = ?")
			.param("dangthithu").query(String.class).single();
		assertThat(after).contains("Đặng Thị Thu", "14908", "SPECIALIST");
	}

	@Test
	void anOfficersEmailAddressIsValidatedKeptAndAudited() throws Exception {
		mvc.perform(post("/admin/officers").with(installationAdmin()).with(csrf()).param("username", "thuy.thu")
				.param("fullName", "Hà Thị Thùy").param("password", "mat-khau-dai").param("email", "thuy@khong-dung")
				.param("agencies", "14908").param("roles", "SPECIALIST"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ")));
		assertThat(accounts.findByUsername("thuy.thu")).isEmpty();

		mvc.perform(post("/admin/officers").with(installationAdmin()).with(csrf()).param("username", "thuy.thu")
				.param("fullName", "Hà Thị Thùy").param("password", "mat-khau-dai")
				.param("email", " Thuy.Ha@ThienPhu.gov.vn ").param("agencies", "14908").param("roles", "SPECIALIST"))
			.andExpect(redirectedUrl("/admin/officers"));
		Officer created = accounts.findByUsername("thuy.thu").orElseThrow();
		assertThat(accounts.email("thuy.thu")).contains("thuy.ha@thienphu.gov.vn");
		mvc.perform(get("/admin/officers/{id}", created.id()).with(installationAdmin()))
			.andExpect(content().string(containsString("value=\"thuy.ha@thienphu.gov.vn\"")));
		assertThat(jdbc.sql("select after_value from audit_entry where action = 'OFFICER_EMAIL_SET' and target = ?")
			.param("thuy.thu").query(String.class).single()).isEqualTo("thuy.ha@thienphu.gov.vn");

		mvc.perform(post("/admin/officers/{id}", created.id()).with(installationAdmin()).with(csrf())
				.param("username", "thuy.thu").param("fullName", "Hà Thị Thùy").param("email", "")
				.param("agencies", "14908").param("roles", "SPECIALIST"))
			.andExpect(redirectedUrl("/admin/officers"));
		assertThat(accounts.email("thuy.thu")).isEmpty();
	}

	@Test
	void anAgencyAdministratorSeesOnlyTheOfficersOfTheirAgency() throws Exception {
		accounts.create("canbo-14908", "Cán bộ Thiên Phủ", "mat-khau-dai", Set.of("14908"), Set.of(OfficerRole.SPECIALIST));
		Officer elsewhere = accounts.create("canbo-00070", "Cán bộ Hoàn Kiếm", "mat-khau-dai", Set.of("00070"),
				Set.of(OfficerRole.SPECIALIST));
		var agencyAdmin = user("quantri-14908").authorities(
				new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
				new org.springframework.security.core.authority.SimpleGrantedAuthority(
						AgencyAccess.authority("14908", OfficerRole.ADMINISTRATOR)));
		mvc.perform(get("/admin/officers").with(agencyAdmin))
			.andExpect(content().string(containsString("Cán bộ Thiên Phủ")))
			.andExpect(content().string(not(containsString("Cán bộ Hoàn Kiếm"))));
		mvc.perform(get("/admin/officers/" + elsewhere.id()).with(agencyAdmin)).andExpect(status().isNotFound());
		mvc.perform(post("/admin/officers").with(agencyAdmin).with(csrf()).param("username", "lan-sang")
				.param("fullName", "Lấn Sang").param("password", "mat-khau-dai").param("agencies", "00070")
				.param("roles", "SPECIALIST"))
			.andExpect(content().string(containsString("Bạn chỉ được gán cán bộ vào đơn vị mình quản trị.")));
	}

	@Test
	void officersWithoutTheAdministratorRoleCannotManageAccounts() throws Exception {
		mvc.perform(get("/admin/officers").with(user("chuyenvien").roles("SPECIALIST"))).andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions create(String username) throws Exception {
		return mvc.perform(post("/admin/officers").with(installationAdmin()).with(csrf()).param("username", username)
			.param("fullName", "Đặng Thị Thu").param("password", "mat-khau-dai").param("agencies", "14908")
			.param("roles", "SPECIALIST"));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor installationAdmin() {
		return user("admin").authorities(
				new org.springframework.security.core.authority.SimpleGrantedAuthority(AgencyAccess.INSTALLATION_ADMIN),
				new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMINISTRATOR"));
	}

	private long officers() {
		return jdbc.sql("select count(*) from officer").query(Long.class).single();
	}
}
