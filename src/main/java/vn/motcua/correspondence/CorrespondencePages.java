package vn.motcua.correspondence;

import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.documents.DocumentRefusedException;

/**
 * What the two registers' pages share: the agency a form acts for, a refusal of the register shown on the field of the form it concerns (or at
 * the top of the form), a refusal said in the officer's language, and the officers' full names (the registers keep
 * usernames).
 */
final class CorrespondencePages {

	/** Which refusal concerns which field of a form; the others are said at the top. */
	private static final List<String[]> FIELDS = List.of(new String[] { "correspondence.pdf.", "pdf" },
			new String[] { "correspondence.refused.notALeader", "leader" },
			new String[] { "correspondence.refused.notAMember", "handler" },
			new String[] { "correspondence.incoming.daysInvalid", "workingDays" },
			new String[] { "correspondence.incoming.resultRequired", "result" },
			new String[] { "correspondence.outgoing.unknownRecipient", "internalRecipients" },
			new String[] { "correspondence.outgoing.reasonRequired", "note" });

	private CorrespondencePages() {
	}

	static void reject(BindingResult input, CorrespondenceRefused refused, MessageSource messages) {
		String field = FIELDS.stream().filter(f -> refused.messageKey().startsWith(f[0])).map(f -> f[1]).findFirst()
			.orElse(null);
		String message = say(refused, messages);
		if (field != null && input.getFieldType(field) != null) {
			input.rejectValue(field, refused.messageKey(), refused.arguments(), message);
		}
		else {
			input.reject(refused.messageKey(), refused.arguments(), message);
		}
	}

	/**
	 * The agency a form acts for: the one asked for if it is among {@code allowed} (the officer's agencies where they
	 * may do it), else the first of them; none: 403.
	 */
	static String agency(String asked, Set<String> allowed) {
		if (allowed.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return asked != null && allowed.contains(asked) ? asked : allowed.iterator().next();
	}

	static String say(CorrespondenceRefused refused, MessageSource messages) {
		return messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale());
	}

	static String say(DocumentRefusedException refused, MessageSource messages) {
		return messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale());
	}

	/** Officers' full names for a page: {@code ${names.of(d.handler)}}. */
	record Names(Staff staff) {

		public String of(String username) {
			return staff.fullName(username);
		}
	}
}
