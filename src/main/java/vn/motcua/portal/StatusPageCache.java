package vn.motcua.portal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UriUtils;

import vn.motcua.dossier.DossierStatusLookup;
import vn.motcua.shared.VietnamTime;

/**
 * The public status page by code ({@code GET /public/ho-so/{code}}, no token, nobody signed in) is the page citizens
 * reload most. Its HTML is kept per code and language together with the dossier's version and the day it was
 * rendered, and served again while both are the same: a look-up then costs one indexed query (the version) instead of
 * four queries and a template. Any change of the dossier raises its version, the countdown changes with the day, and
 * an entry is rendered again after {@code motcua.portal.status-cache.ttl} at the latest (agency names, the calendar).
 * The public view holds nothing personal, so keeping it in memory exposes nothing. Look-ups served from here still
 * count against the {@link LookupLimiter}.
 */
@Component
class StatusPageCache extends OncePerRequestFilter {

	private static final String PREFIX = "/public/ho-so/";

	private final Cache<Key, Page> pages;

	private final DossierStatusLookup dossiers;

	private final LookupLimiter limiter;

	private final LocaleResolver locales;

	private final Clock clock;

	StatusPageCache(DossierStatusLookup dossiers, LookupLimiter limiter, LocaleResolver locales, Clock clock,
			@Value("${motcua.portal.status-cache.size:20000}") long size,
			@Value("${motcua.portal.status-cache.ttl:5m}") Duration ttl) {
		this.dossiers = dossiers;
		this.limiter = limiter;
		this.locales = locales;
		this.clock = clock;
		this.pages = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(ttl).build();
	}

	private record Key(String code, String language) {
	}

	private record Page(int version, LocalDate day, String contentType, byte[] body) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"GET".equals(request.getMethod()) || request.getQueryString() != null || !path.startsWith(PREFIX)
				|| path.indexOf('/', PREFIX.length()) >= 0 || !anonymous();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!limiter.take(request.getRemoteAddr())) {
			chain.doFilter(request, response); // the limiter refuses it again, with its page
			return;
		}
		request.setAttribute(LookupLimiter.COUNTED, Boolean.TRUE);
		String code = UriUtils.decode(request.getRequestURI().substring(PREFIX.length()), "UTF-8").strip().toUpperCase();
		Optional<Integer> version = dossiers.version(code);
		if (version.isEmpty()) {
			chain.doFilter(request, response); // not found, with its page
			return;
		}
		Key key = new Key(code, locales.resolveLocale(request).getLanguage());
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		Page page = pages.getIfPresent(key);
		if (page != null && page.version() == version.get() && page.day().equals(today)) {
			response.setContentType(page.contentType());
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() == HttpServletResponse.SC_OK && rendering.getContentType() != null
				&& rendering.getContentType().startsWith("text/html")) {
			pages.put(key, new Page(version.get(), today, rendering.getContentType(), rendering.getContentAsByteArray()));
		}
		rendering.copyBodyToResponse();
	}

	private static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}
}
