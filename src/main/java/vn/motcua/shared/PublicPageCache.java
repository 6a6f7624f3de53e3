package vn.motcua.shared;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages that citizens reload most (a dossier's status, a catalogue search), kept as rendered HTML per address
 * and language and served again while what they show has not changed: each kind of page says, per request, the
 * <em>stamp</em> of what it shows (a dossier's version, the catalogue's revision); an entry is used only with the same
 * stamp, on the same day (countdowns change with the day) and for at most {@code ttl} (what the stamp does not cover).
 * Only GETs by someone not signed in (the layout of a signed-in officer differs), and only 200 HTML answers, are kept.
 * Nothing personal may be on such a page. The filter runs after Spring Security (its default order).
 */
public abstract class PublicPageCache extends OncePerRequestFilter {

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private final Cache<Key, Page> pages;

	private final LocaleResolver locales;

	private final Clock clock;

	protected PublicPageCache(LocaleResolver locales, Clock clock, long size, Duration ttl) {
		this.locales = locales;
		this.clock = clock;
		this.pages = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(ttl).build();
	}

	private record Key(String address, String language) {
	}

	private record Page(Object stamp, LocalDate day, String contentType, byte[] body) {
	}

	/** Whether this request asks for a page of this kind (called for anonymous GETs only). */
	protected abstract boolean handles(HttpServletRequest request);

	/** The stamp of what the page shows now; empty: answer without the cache (not found, refused, …). */
	protected abstract Optional<Object> stamp(HttpServletRequest request);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !anonymous() || !handles(request) || carriesMessages(request);
	}

	/** A message left by the previous request (flash attributes) belongs to this visitor's page only. */
	private static boolean carriesMessages(HttpServletRequest request) {
		if (request.getAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE) != null) {
			return true;
		}
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(FLASH_MAPS) instanceof Collection<?> maps && !maps.isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Object> stamp = stamp(request);
		if (stamp.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = locales.resolveLocale(request);
		Key key = new Key(address(request), locale.getLanguage());
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		Page page = pages.getIfPresent(key);
		if (page != null && Objects.equals(page.stamp(), stamp.get()) && page.day().equals(today)) {
			response.setLocale(locale);
			response.setContentType(page.contentType());
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() == HttpServletResponse.SC_OK && rendering.getContentType() != null
				&& rendering.getContentType().startsWith("text/html")) {
			pages.put(key, new Page(stamp.get(), today, rendering.getContentType(), rendering.getContentAsByteArray()));
		}
		rendering.copyBodyToResponse();
	}

	/** The path and the parameters in a fixed order (however the query string spells them). */
	private static String address(HttpServletRequest request) {
		StringBuilder address = new StringBuilder(request.getRequestURI());
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				address.append('\n').append(name).append('=').append(value);
			}
		});
		return address.toString();
	}

	private static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}
}
