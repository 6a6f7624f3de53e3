package vn.motcua.workload;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of the signed-in officer's unread notices, shown next to "Thông báo" in the officers' navigation bar:
 * counted for the pages an officer opens (GET), not for a post, which mostly redirects (the counter's intake is one).
 */
@ControllerAdvice
class UnreadNoticesAdvice {

	private final OfficerNotices notices;

	UnreadNoticesAdvice(OfficerNotices notices) {
		this.notices = notices;
	}

	@ModelAttribute("unreadNotices")
	Long unreadNotices(Authentication authentication, HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return notices.unreadCount(authentication.getName());
	}
}
