package vn.motcua.intake;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The counter's module started with only the modules it depends on: the receiving officer finds a procedure and gets
 * its intake form with the documents the catalogue requires.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class IntakeModuleTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theCounterFindsAProcedureAndOpensItsIntakeForm() throws Exception {
		mvc.perform(get("/counter").param("q", "tình trạng hôn nhân").with(counter()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1.004873")));
		mvc.perform(get("/counter/new").param("procedure", "1.004873").with(counter()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"documents[0].position\"")));
	}

	private static RequestPostProcessor counter() {
		return user("tiepnhan.module").authorities(new SimpleGrantedAuthority("ROLE_RECEIVING_OFFICER"),
				new SimpleGrantedAuthority("AGENCY_14908_RECEIVING_OFFICER"));
	}
}
