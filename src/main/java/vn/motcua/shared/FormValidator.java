package vn.motcua.shared;

import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The validator of the HTML forms ({@code *FormData} records bound with {@code @Valid @ModelAttribute}): the
 * application's Bean Validation, messages from the bundles, as Spring Boot sets it up. Spring Boot's own MVC adapter
 * cannot validate a single value, so when one field of a form record fails to convert (a malformed date, an unknown
 * choice) Spring's constructor binding could not check the other fields and the page showed one error instead of all;
 * this one delegates {@link #validateValue} too, so every field's message is on the page at once.
 */
final class FormValidator implements SmartValidator {

	private final SpringValidatorAdapter beanValidation;

	FormValidator(SpringValidatorAdapter beanValidation) {
		this.beanValidation = beanValidation;
	}

	@Override
	public boolean supports(Class<?> type) {
		return beanValidation.supports(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		beanValidation.validate(target, errors);
	}

	@Override
	public void validate(Object target, Errors errors, Object... validationHints) {
		beanValidation.validate(target, errors, validationHints);
	}

	@Override
	public void validateValue(Class<?> targetType, String fieldName, Object value, Errors errors,
			Object... validationHints) {
		beanValidation.validateValue(targetType, fieldName, value, errors, validationHints);
	}
}
