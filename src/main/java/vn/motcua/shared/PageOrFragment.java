package vn.motcua.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One URL serves the whole page and a part of it (htmx's "template fragments"): a request sent by htmx (header
 * {@code HX-Request: true}) gets only the {@code th:fragment} of the page's own template, so that a filter or a search
 * refreshes a list without loading the page; any other request, and htmx's restore of a page from history
 * ({@code HX-History-Restore-Request}), gets the whole page, which is what a browser without JavaScript always asks
 * for. Both answers carry {@code Vary: HX-Request}, so that no cache hands out one for the other.
 */
public final class PageOrFragment {

	static final String HX_REQUEST = "HX-Request";

	private PageOrFragment() {
	}

	/** The view to render: {@code template} whole, or {@code template :: fragment} for htmx. */
	public static String view(String template, String fragment, HttpServletRequest request,
			HttpServletResponse response) {
		response.addHeader("Vary", HX_REQUEST);
		return fromHtmx(request) ? template + " :: " + fragment : template;
	}

	/** Whether htmx sent the request to swap a part of the page (not to restore a whole page from history). */
	public static boolean fromHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader(HX_REQUEST))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}
}
