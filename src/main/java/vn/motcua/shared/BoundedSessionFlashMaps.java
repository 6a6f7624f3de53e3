package vn.motcua.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The one-off messages shown after a redirect ("Đã tiếp nhận hồ sơ…"), kept in the session until the next page reads
 * them, as Spring does, but at most the newest {@value #KEPT}: a client that posts again and again without following
 * the redirects (a script, a stuck tab) cannot pile them up in memory, and every request no longer walks through
 * thousands of them.
 */
class BoundedSessionFlashMaps extends SessionFlashMapManager {

	static final int KEPT = 20;

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		int n = flashMaps.size();
		super.updateFlashMaps(n <= KEPT ? flashMaps : new CopyOnWriteArrayList<>(flashMaps.subList(n - KEPT, n)),
				request, response);
	}
}
