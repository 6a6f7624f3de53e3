package vn.motcua.identity;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Signing in through the real form from a chosen client address, as the identity tests need. */
final class SignIns {

	private SignIns() {
	}

	/** Makes the request come from this client address. */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** Posts the sign-in form; the answer's redirect tells what happened ("/", "/login?error", "/login?wait=N" …). */
	static String attempt(MockMvc mvc, String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", username)
			.param("password", password)).andReturn().getResponse().getRedirectedUrl();
	}

	/** Signs in and returns the signed-in session. */
	static MockHttpSession session(MockMvc mvc, String username, String password, String address) throws Exception {
		MvcResult result = mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", username)
			.param("password", password)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + username).isEqualTo("/");
		return (MockHttpSession) result.getRequest().getSession(false);
	}
}
