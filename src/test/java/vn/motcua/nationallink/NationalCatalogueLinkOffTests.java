package vn.motcua.nationallink;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without {@code MOTCUA_DVCQG_URL} the comparison page says the link is off and offers no button. */
@MotCuaTest
class NationalCatalogueLinkOffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService officers;

	@Test
	void whenTheLinkIsOffThePageSaysSoAndNothingIsCompared() throws Exception {
		mvc.perform(get("/admin/catalogue").with(user(officers.loadUserByUsername("admin"))))
			.andExpect(content().string(containsString("href=\"/admin/national-link/catalogue\"")));
		mvc.perform(get("/admin/national-link/catalogue").with(user(officers.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Liên thông với Cổng Dịch vụ công quốc gia chưa được bật"),
					containsString("Chưa so sánh lần nào"), not(containsString("id=\"compare\"")))));
		mvc.perform(post("/admin/national-link/catalogue").with(user(officers.loadUserByUsername("admin")))
			.with(csrf()))
			.andExpect(redirectedUrl("/admin/national-link/catalogue"))
			.andExpect(flash().attribute("notice", "nationalCatalogue.linkOff"));
	}
}
