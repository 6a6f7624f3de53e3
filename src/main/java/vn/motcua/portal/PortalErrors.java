package vn.motcua.portal;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The citizen-facing answers to too many look-ups and no such code. */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
class PortalErrors {

	@ExceptionHandler(LookupLimiter.LookupsExhausted.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String tooMany(Model model) {
		return problem(model, "too-many");
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		return problem(model, "not-found");
	}

	@ExceptionHandler(LinkNoLongerValid.class)
	@ResponseStatus(HttpStatus.GONE)
	String linkNoLongerValid(Model model) {
		return problem(model, "link-expired");
	}

	@ExceptionHandler(Forbidden.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden(Model model) {
		return problem(model, "forbidden");
	}

	/** The one page of a citizen's dead end, with the title and text of {@code problem} from the portal's bundle. */
	private static String problem(Model model, String problem) {
		model.addAttribute("problem", problem);
		return "portal/problem";
	}

	/** The QR link was real but has expired or was revoked: look up by code instead. */
	static class LinkNoLongerValid extends RuntimeException {

		LinkNoLongerValid() {
			super("link no longer valid", null, false, false);
		}
	}

	/** The link's token does not match the dossier (tampered or mistyped). */
	static class Forbidden extends RuntimeException {

		Forbidden() {
			super("bad token", null, false, false);
		}
	}

	/** No dossier, draft or petition under that code. */
	static class NotFound extends RuntimeException {

		NotFound() {
			super("not found", null, false, false);
		}
	}
}
