package vn.motcua.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.motcua.audit.AuditTrail;

/**
 * Ends a signed-in session at its next request once the account has changed under it: deactivated, password reset
 * or changed, roles changed. The account's security stamp is read on every request of a signed-in officer (one
 * primary-key look-up) and compared with the stamp the session signed in with.
 */
class SessionFollowsAccount extends OncePerRequestFilter {

	private static final List<String> STATIC = List.of("/css/", "/js/", "/img/", "/webjars/", "/favicon.ico");

	private final Officers officers;

	private final AuditTrail audit;

	SessionFollowsAccount(Officers officers, AuditTrail audit) {
		this.officers = officers;
		this.audit = audit;
	}

	/** Static files carry no rights: no look-up for them. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return STATIC.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof OfficerPrincipal officer
				&& !officers.activeSecurityStamp(officer.getId()).map(s -> s == officer.getSecurityStamp())
					.orElse(false)) {
			audit.recordAs(officer.getUsername(), "SESSION_ENDED", null, officer.getUsername(), null,
					"account changed since sign-in");
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			String signIn = request.getContextPath() + "/login?expired";
			if ("true".equals(request.getHeader("HX-Request"))) {
				response.setHeader("HX-Redirect", signIn);
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			}
			else {
				response.sendRedirect(signIn);
			}
			return;
		}
		chain.doFilter(request, response);
	}
}
