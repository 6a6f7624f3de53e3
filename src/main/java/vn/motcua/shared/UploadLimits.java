package vn.motcua.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an oversized request before anything reads it, with 413 and the reason in Vietnamese (a page, or RFC 9457
 * JSON under {@code /api} and for JSON clients): a declared body ({@code Content-Length}) over
 * {@code MOTCUA_MAX_UPLOAD}, or, on the citizens' pages ({@code /public}, no sign-in), over the portal's file limit
 * ({@code motcua.portal.max-file-size}) plus room for the form's fields. A multipart post to a page is parsed here,
 * before the CSRF check reads its token, so that a part over the limit (a chunked body declares no length) is a
 * clear 413 too and not a refused token; the parts themselves are spooled to disk by the container past 1 MB.
 * Multipart posts to {@code /api} are parsed after sign-in; their size errors get the same answer from
 * {@link UploadErrors}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadLimits extends OncePerRequestFilter {

	/** Room for the other fields of a portal form (text answers, the CSRF token) besides its one file. */
	static final long FORM_FIELDS = 64 * 1024;

	private final long maxRequest;

	private final long maxPortalRequest;

	private final long maxPortalFile;

	private final MessageSource messages;

	UploadLimits(@Value("${spring.servlet.multipart.max-request-size:512MB}") DataSize maxRequest,
			@Value("${motcua.portal.max-file-size:10MB}") DataSize maxPortalFile, MessageSource messages) {
		this.maxRequest = maxRequest.toBytes();
		this.maxPortalRequest = Math.min(maxRequest.toBytes(), maxPortalFile.toBytes() + FORM_FIELDS);
		this.maxPortalFile = Math.min(maxRequest.toBytes(), maxPortalFile.toBytes());
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean portal = path.startsWith("/public/");
		// the limit named in the answer: the file limit a citizen is told on the page, else MOTCUA_MAX_UPLOAD
		long named = portal ? maxPortalFile : maxRequest;
		if (request.getContentLengthLong() > (portal ? maxPortalRequest : maxRequest)) {
			refuse(request, response, named);
			return;
		}
		String type = request.getContentType();
		boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
		if (multipart && "POST".equals(request.getMethod()) && !path.startsWith("/api/")) {
			try {
				request.getParts();
			}
			catch (IllegalStateException | IOException | ServletException e) {
				if (tooLarge(e)) {
					refuse(request, response, named);
					return;
				}
				// any other malformed post is left to the rest of the chain
			}
		}
		chain.doFilter(request, response);
	}

	/** Whether a multipart failure is the container's size limit (Tomcat's FileSizeLimitExceeded and the like). */
	static boolean tooLarge(Throwable failure) {
		for (Throwable e = failure; e != null; e = e.getCause()) {
			String name = e.getClass().getSimpleName();
			String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
			if (name.contains("SizeLimitExceeded") || name.contains("SizeException") || name.contains("MaxUploadSize")
					|| message.contains("exceeds its maximum") || message.contains("exceeds the configured maximum")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Answers 413 at once, without the error page's dispatch: that would pass the CSRF check again, which reads the
	 * form's fields, that is the very body refused here. The page is small and self-contained, in Vietnamese.
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		String message = tooLargeMessage(messages, limit);
		if (wantsJson(request)) {
			writeProblem(response, HttpStatus.PAYLOAD_TOO_LARGE, message, request.getRequestURI());
			return;
		}
		String title = messages.getMessage("error.tooLarge", null, VIETNAMESE);
		String back = messages.getMessage("upload.back", null, VIETNAMESE);
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		response.setHeader("Connection", "close");
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("<!DOCTYPE html>\n<html lang=\"vi\">\n<head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + html(title)
				+ " – MotCua</title><link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/motcua.css\">"
				+ "</head>\n<body>\n<main id=\"main\" class=\"container main main--narrow\">\n<h1>" + html(title)
				+ "</h1>\n<p id=\"error-reason\">" + html(message) + "</p>\n<p><a href=\"" + html(request.getRequestURI())
				+ "\">" + html(back) + "</a></p>\n</main>\n</body>\n</html>\n");
	}

	private static String html(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** The request attribute the error page shows (error.html) for a 413. */
	static final String TOO_LARGE_MESSAGE = "tooLargeMessage";

	static String tooLargeMessage(MessageSource messages, long limit) {
		return messages.getMessage("upload.error.tooLarge", new Object[] { megabytes(limit) }, VIETNAMESE);
	}

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** A size in megabytes as people read it: whole when it is whole, else one decimal (Vietnamese comma). */
	static String megabytes(long bytes) {
		double mb = bytes / (1024.0 * 1024.0);
		return mb >= 1 && mb == Math.floor(mb) ? String.valueOf((long) mb)
				: String.format(Locale.ROOT, "%.1f", Math.max(mb, 0.1)).replace('.', ',');
	}

	static boolean wantsJson(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader("Accept");
		return path.startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("html"));
	}

	/** An RFC 9457 problem detail, as the API answers its other errors ({@code detail} in Vietnamese). */
	static void writeProblem(HttpServletResponse response, HttpStatus status, String detail, String instance)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(status.getReasonPhrase())
				+ "\",\"status\":" + status.value() + ",\"detail\":\"" + json(detail) + "\",\"instance\":\""
				+ json(instance) + "\"}");
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
