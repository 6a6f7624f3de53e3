package vn.motcua.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriUtils;

import vn.motcua.dossier.DossierStatusLookup;
import vn.motcua.shared.PublicPageCache;

/**
 * The public status page by code ({@code GET /public/ho-so/{code}}, no token) kept while the dossier's version is the
 * same: a look-up then costs one indexed query instead of four queries and a template. Any change of the dossier
 * raises its version; {@code motcua.portal.status-cache.ttl} bounds the rest (agency names, the calendar). The public
 * view holds nothing personal. Look-ups served from here still count against the {@link LookupLimiter}.
 */
@Component
class StatusPageCache extends PublicPageCache {

	private static final String PREFIX = "/public/ho-so/";

	private final DossierStatusLookup dossiers;

	private final LookupLimiter limiter;

	StatusPageCache(DossierStatusLookup dossiers, LookupLimiter limiter, LocaleResolver locales, Clock clock,
			@Value("${motcua.portal.status-cache.size:20000}") long size,
			@Value("${motcua.portal.status-cache.ttl:5m}") Duration ttl) {
		super(locales, clock, size, ttl);
		this.dossiers = dossiers;
		this.limiter = limiter;
	}

	@Override
	protected boolean handles(HttpServletRequest request) {
		String path = request.getRequestURI();
		return request.getParameterMap().isEmpty() && path.startsWith(PREFIX) && path.indexOf('/', PREFIX.length()) < 0;
	}

	@Override
	protected Optional<Object> stamp(HttpServletRequest request) {
		if (!limiter.take(request.getRemoteAddr())) {
			return Optional.empty(); // the limiter refuses it again, with its page
		}
		request.setAttribute(LookupLimiter.COUNTED, Boolean.TRUE);
		String code = UriUtils.decode(request.getRequestURI().substring(PREFIX.length()), "UTF-8").strip().toUpperCase();
		if (!StatusController.mayBeACode(code)) {
			return Optional.empty(); // not found, with its page, without asking the database
		}
		return dossiers.version(code).map(Object.class::cast); // empty: not found, with its page
	}
}
