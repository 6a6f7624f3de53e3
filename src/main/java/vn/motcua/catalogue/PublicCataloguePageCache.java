package vn.motcua.catalogue;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import vn.motcua.shared.PublicPageCache;

/**
 * The public posting and its search ({@code /public/thu-tuc…}) kept while the catalogue's revision is the same, for a
 * minute at most (the time a change made through another instance takes to show). Citizens search the same few words
 * again and again.
 */
@Component
class PublicCataloguePageCache extends PublicPageCache {

	private static final String PATH = "/public/thu-tuc";

	private final Catalogue catalogue;

	PublicCataloguePageCache(Catalogue catalogue, LocaleResolver locales, Clock clock) {
		super(locales, clock, 5_000, Duration.ofMinutes(1));
		this.catalogue = catalogue;
	}

	@Override
	protected boolean handles(HttpServletRequest request) {
		String path = request.getRequestURI();
		return (path.equals(PATH) || path.startsWith(PATH + "/")) && request.getParameter("lang") == null;
	}

	@Override
	protected Optional<Object> stamp(HttpServletRequest request) {
		return Optional.of(catalogue.revision());
	}
}
