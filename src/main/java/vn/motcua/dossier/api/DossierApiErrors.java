package vn.motcua.dossier.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.motcua.audit.AuditTrail;
import vn.motcua.documents.DocumentRefusedException;
import vn.motcua.dossier.ActionTimeRefused;
import vn.motcua.dossier.DossierActionDenied;
import vn.motcua.dossier.DossierNotFound;
import vn.motcua.dossier.DossierTransitionRefused;
import vn.motcua.dossier.IntakeRefused;
import vn.motcua.dossier.StaleDossierVersion;

/**
 * The dossier API's refusals as RFC 9457 problem details, the reason in Vietnamese in {@code detail}: 400 bad input
 * (an unreadable body, a wrong value, a time in the future), 403 a role or commune that does not allow it (audited as
 * {@code ACCESS_DENIED}, as every 403), 404 a dossier the account cannot see, 409 what the law does not allow in the
 * dossier's state (the aggregate's reason) or a dossier changed since the version sent, 413 a scan too large, 422 an
 * intake with problems, listed per field in {@code errors}.
 */
@RestControllerAdvice(assignableTypes = DossierApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DossierApiErrors {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	private final AuditTrail audit;

	DossierApiErrors(MessageSource messages, AuditTrail audit) {
		this.messages = messages;
		this.audit = audit;
	}

	@ExceptionHandler(IntakeRefused.class)
	ProblemDetail intakeRefused(IntakeRefused refused) {
		return fields(refused.problems(), true);
	}

	@ExceptionHandler(ApiInputRefused.class)
	ProblemDetail inputRefused(ApiInputRefused refused) {
		return fields(refused.problems(), refused.intake());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
		return problem(HttpStatus.BAD_REQUEST, "api.bodyUnreadable");
	}

	@ExceptionHandler(ActionTimeRefused.class)
	ProblemDetail timeRefused(ActionTimeRefused refused) {
		return problem(HttpStatus.BAD_REQUEST, refused.messageKey());
	}

	@ExceptionHandler({ DossierActionDenied.class, ApiIntakeDenied.class })
	ProblemDetail denied(RuntimeException denied, HttpServletRequest request) {
		audit.record("ACCESS_DENIED", null, request.getMethod() + " " + request.getRequestURI(), null, null);
		return problem(HttpStatus.FORBIDDEN, denied instanceof ApiIntakeDenied ? "api.intake.denied" : "api.event.denied");
	}

	@ExceptionHandler(DossierNotFound.class)
	ProblemDetail notFound(DossierNotFound notFound) {
		return problem(HttpStatus.NOT_FOUND, "api.notFound");
	}

	@ExceptionHandler(DossierTransitionRefused.class)
	ProblemDetail transitionRefused(DossierTransitionRefused refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.message(messages, VIETNAMESE));
		problem.setTitle(messages.getMessage("api.title.409", null, VIETNAMESE));
		problem.setProperty("reason", refused.messageKey());
		return problem;
	}

	@ExceptionHandler({ StaleDossierVersion.class, OptimisticLockingFailureException.class })
	ProblemDetail stale(RuntimeException stale) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "api.stale");
		if (stale instanceof StaleDossierVersion version) {
			problem.setProperty("currentVersion", version.current());
		}
		return problem;
	}

	@ExceptionHandler(DocumentRefusedException.class)
	ProblemDetail documentRefused(DocumentRefusedException refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				messages.getMessage(refused.messageKey(), refused.arguments(), VIETNAMESE));
		problem.setTitle(messages.getMessage("api.title.413", null, VIETNAMESE));
		return problem;
	}

	private ProblemDetail fields(List<IntakeRefused.Problem> problems, boolean intake) {
		HttpStatus status = intake ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
		List<Map<String, String>> errors = problems.stream()
			.map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.messageKey(), p.args(), VIETNAMESE)))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, String.join(" ",
				errors.stream().map(e -> e.get("message")).toList()));
		problem.setTitle(messages.getMessage(intake ? "api.title.422" : "api.title.400", null, VIETNAMESE));
		problem.setProperty("errors", errors);
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String messageKey) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(messageKey, null, VIETNAMESE));
		problem.setTitle(messages.getMessage("api.title." + status.value(), null, VIETNAMESE));
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}
