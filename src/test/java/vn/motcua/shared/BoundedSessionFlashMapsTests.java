package vn.motcua.shared;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import static org.assertj.core.api.Assertions.assertThat;

/** One-off messages after a redirect: a session that never follows its redirects keeps only the newest ones. */
class BoundedSessionFlashMapsTests {

	private final BoundedSessionFlashMaps manager = new BoundedSessionFlashMaps();

	private final MockHttpSession session = new MockHttpSession();

	@Test
	void postsWhoseRedirectsAreNeverFollowedKeepOnlyTheNewestMessagesAndTheNewestStillShows() {
		for (int i = 1; i <= 50; i++) {
			FlashMap message = new FlashMap();
			message.put("done", "dossier " + i);
			message.setTargetRequestPath("/dossiers/14908-261126-" + i);
			MockHttpServletRequest post = request("POST", "/counter/intake");
			manager.saveOutputFlashMap(message, post, new MockHttpServletResponse());
		}

		assertThat(kept()).hasSize(BoundedSessionFlashMaps.KEPT);
		assertThat(message("/dossiers/14908-261126-50")).isEqualTo("dossier 50");
		assertThat(message("/dossiers/14908-261126-1")).as("the oldest message was dropped").isNull();
		assertThat(kept()).hasSize(BoundedSessionFlashMaps.KEPT - 1);
	}

	private Object message(String page) {
		FlashMap shown = manager.retrieveAndUpdate(request("GET", page), new MockHttpServletResponse());
		return shown == null ? null : shown.get("done");
	}

	@SuppressWarnings("unchecked")
	private List<FlashMap> kept() {
		return (List<FlashMap>) session.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
	}

	private MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setSession(session);
		return request;
	}
}
