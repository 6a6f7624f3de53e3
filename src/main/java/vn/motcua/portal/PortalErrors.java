package vn.motcua.portal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The citizen-facing answers to too many look-ups and no such code. */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
class PortalErrors {

	@ExceptionHandler(LookupLimiter.LookupsExhausted.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String tooMany() {
		return "portal/too-many";
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "portal/not-found";
	}

	@ExceptionHandler(LinkNoLongerValid.class)
	@ResponseStatus(HttpStatus.GONE)
	String linkNoLongerValid() {
		return "portal/link-expired";
	}

	@ExceptionHandler(Forbidden.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden() {
		return "portal/forbidden";
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
