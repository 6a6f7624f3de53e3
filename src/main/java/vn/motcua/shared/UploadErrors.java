package vn.motcua.shared;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A multipart post the container could not take because of its size (Tomcat's limits, {@code MOTCUA_MAX_UPLOAD})
 * is a 413 with the reason in Vietnamese, never a 500: RFC 9457 JSON for the API, the error page otherwise. Ahead of
 * Spring's own problem-details handler, which would answer in English.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadErrors {

	private final MessageSource messages;

	private final long maxRequest;

	UploadErrors(MessageSource messages,
			@Value("${spring.servlet.multipart.max-request-size:512MB}") DataSize maxRequest) {
		this.messages = messages;
		this.maxRequest = maxRequest.toBytes();
	}

	@ExceptionHandler(MultipartException.class)
	ModelAndView multipart(MultipartException failure, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean tooLarge = failure instanceof MaxUploadSizeExceededException || UploadLimits.tooLarge(failure);
		HttpStatus status = tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
		String message = tooLarge ? UploadLimits.tooLargeMessage(messages, maxRequest)
				: messages.getMessage("upload.error.malformed", null, java.util.Locale.forLanguageTag("vi"));
		if (UploadLimits.wantsJson(request)) {
			UploadLimits.writeProblem(response, status, message, request.getRequestURI());
			return new ModelAndView();
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject(UploadLimits.TOO_LARGE_MESSAGE, message);
		return page;
	}
}
