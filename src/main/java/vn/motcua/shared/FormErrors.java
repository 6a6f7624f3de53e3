package vn.motcua.shared;

import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The first problem of a small form posted from a page that shows it as a notice after the redirect (the dossier's
 * and the petition's actions, a row of a list), in the officer's language. A value that could not be read at all and
 * has no message of its own (a tampered choice, a number that is not one) says {@code unreadableKey}.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static String first(BindingResult input, MessageSource messages, String unreadableKey) {
		ObjectError error = input.getAllErrors().get(0);
		MessageSourceResolvable resolvable = error;
		if (error instanceof FieldError field && field.isBindingFailure()) {
			String[] codes = Arrays.copyOf(field.getCodes(), field.getCodes().length + 1);
			codes[codes.length - 1] = unreadableKey;
			resolvable = new DefaultMessageSourceResolvable(codes, field.getArguments());
		}
		return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
	}
}
