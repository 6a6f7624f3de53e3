package vn.motcua.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The forms of the online submission's pages, one record per page, with the field names the pages post. A record
 * checks what can be read from the post itself (an answer given, a length, an e-mail's form, a known choice); what
 * the law asks of an applicant (an ID number of the kind chosen, a phone number, a mobile for SMS) is checked by
 * {@link SubmissionAnswers} with the intake's own rules, on the same page. Every answer is a text as typed (a choice
 * too), so that no post fails to bind and the page always shows what was typed. {@code back} is "check" when the page
 * was opened from the check page.
 */
final class SubmissionFormData {

	/** The longest text a citizen may type in one field. */
	static final int TEXT = 300;

	private SubmissionFormData() {
	}

	record Applicant(String applicantIdentifier,
			@NotBlank(message = "{portal.submit.error.name}")
			@Size(max = TEXT, message = "{portal.submit.error.tooLong}") String applicantName,
			@Size(max = 40, message = "{portal.submit.error.tooLong}") String applicantIdNumber,
			@Size(max = TEXT, message = "{portal.submit.error.tooLong}") String legalRepresentative,
			@Size(max = 30, message = "{portal.submit.error.tooLong}") String applicantPhone,
			@Size(max = TEXT, message = "{portal.submit.error.tooLong}") String applicantAddress,
			@Pattern(regexp = "\\s*|\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*", message = "{portal.submit.error.email}")
			@Size(max = 200, message = "{portal.submit.error.tooLong}") String applicantEmail,
			List<String> messageChannels, String back) {
	}

	record RepresentativeChoice(
			@NotNull(message = "{portal.submit.error.representativeChoice}")
			@Pattern(regexp = "true|false", message = "{portal.submit.error.representativeChoice}")
			String hasRepresentative, String back) {
	}

	record RepresentativeDetails(
			@NotBlank(message = "{portal.submit.error.representativeName}")
			@Size(max = TEXT, message = "{portal.submit.error.tooLong}") String representativeName,
			@Size(max = 40, message = "{portal.submit.error.tooLong}") String representativeIdNumber,
			@Size(max = 30, message = "{portal.submit.error.tooLong}") String representativePhone,
			@NotBlank(message = "{portal.submit.error.authorisation}")
			@Size(max = TEXT, message = "{portal.submit.error.tooLong}") String authorisationPaper,
			String back) {
	}

	record ReceiveMethod(
			@NotNull(message = "{portal.submit.error.receiveMethod}")
			@Pattern(regexp = "COUNTER|POST|ONLINE", message = "{portal.submit.error.receiveMethod}")
			String receiveMethod, String back) {
	}

	/**
	 * The problems of a post by field, as the portal's pages show them (a message key each, the first per field): the
	 * key of the constraint's message, or {@code form.unreadable} for a value that could not be read.
	 */
	static Map<String, String> problems(BindingResult input) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (FieldError error : input.getFieldErrors()) {
			String key = "form.unreadable";
			if (error.contains(ConstraintViolation.class)) {
				String template = error.unwrap(ConstraintViolation.class).getMessageTemplate();
				if (template.startsWith("{") && template.endsWith("}")) {
					key = template.substring(1, template.length() - 1);
				}
			}
			problems.putIfAbsent(error.getField(), key);
		}
		return problems;
	}
}
