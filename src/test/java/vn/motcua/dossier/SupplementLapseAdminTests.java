package vn.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrators' page of the supplement lapse rules: set, refuse bad input, remove, audit, read-only for others. */
@MotCuaTest
class SupplementLapseAdminTests {

	static final String PAGE = "/admin/catalogue/supplement-lapses";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupplementLapseRules rules;

	@Autowired
	UserDetailsService officers;

	@Test
	void theInstallationAdministratorSetsAndRemovesARuleBothFieldsRequiredAndAudited() throws Exception {
		mvc.perform(post(PAGE).with(admin()).with(csrf()).param("procedureCode", "9.ADM-1").param("workingDays", "0")
				.param("legalBasis", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Có lỗi cần sửa"),
					containsString("Nhập số ngày làm việc từ 1 đến 250."),
					containsString("Nhập căn cứ pháp lý của thời hạn."))));
		mvc.perform(post(PAGE).with(admin()).with(csrf()).param("procedureCode", "").param("workingDays", "hai mươi")
				.param("legalBasis", "Luật Đất đai 2024, Điều 99"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nhập mã thủ tục."),
					containsString("Số ngày làm việc phải là một số nguyên từ 1 đến 250."),
					containsString("value=\"Luật Đất đai 2024, Điều 99\""))));
		assertThat(rules.rule("9.ADM-1")).as("nothing saved on bad input").isEmpty();

		mvc.perform(post(PAGE).with(admin()).with(csrf()).param("procedureCode", "9.ADM-1").param("workingDays", "20")
				.param("legalBasis", "Luật Đất đai 2024, Điều 99"))
			.andExpect(redirectedUrl(PAGE));
		assertThat(rules.rule("9.ADM-1")).contains(new SupplementLapseRules.Rule("9.ADM-1", 20, "Luật Đất đai 2024, Điều 99"));
		mvc.perform(get(PAGE).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Thời hạn bổ sung hồ sơ theo luật chuyên ngành"),
					containsString("9.ADM-1"), containsString("Luật Đất đai 2024, Điều 99"),
					containsString("Lưu thời hạn"))));
		assertThat(audit("SUPPLEMENT_LAPSE_RULE_SET")).isEqualTo("20 ngày làm việc; Luật Đất đai 2024, Điều 99");

		mvc.perform(post(PAGE + "/9.ADM-1/remove").with(admin()).with(csrf())).andExpect(redirectedUrl(PAGE));
		assertThat(rules.rule("9.ADM-1")).isEmpty();
		assertThat(jdbc.sql("select before_value from audit_entry where action = 'SUPPLEMENT_LAPSE_RULE_REMOVED' and target = '9.ADM-1' and actor = 'admin'")
			.query(String.class).single()).isEqualTo("20 ngày làm việc; Luật Đất đai 2024, Điều 99");
	}

	@Test
	void aCommuneAdministratorReadsTheRulesButCannotChangeThemAndOfficersCannotSeeThem() throws Exception {
		rules.set("9.ADM-2", 15, "Luật chuyên ngành (thử nghiệm)");
		RequestPostProcessor communeAdmin = user("quantrixa").roles("ADMINISTRATOR");
		mvc.perform(get(PAGE).with(communeAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("9.ADM-2"), containsString("Chỉ quản trị viên toàn hệ thống"),
					not(containsString("Lưu thời hạn")))));
		mvc.perform(post(PAGE).with(communeAdmin).with(csrf()).param("procedureCode", "9.ADM-2")
				.param("workingDays", "1").param("legalBasis", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post(PAGE + "/9.ADM-2/remove").with(communeAdmin).with(csrf())).andExpect(status().isForbidden());
		assertThat(rules.rule("9.ADM-2")).map(SupplementLapseRules.Rule::workingDays).contains(15);
		mvc.perform(get(PAGE).with(user("tiepnhan").roles("OFFICER"))).andExpect(status().isForbidden());
		rules.remove("9.ADM-2");
	}

	private String audit(String action) {
		return jdbc.sql("select after_value from audit_entry where action = ? and target = '9.ADM-1' and actor = 'admin'")
			.param(action).query(String.class).single();
	}

	private RequestPostProcessor admin() {
		return user(officers.loadUserByUsername("admin"));
	}
}
