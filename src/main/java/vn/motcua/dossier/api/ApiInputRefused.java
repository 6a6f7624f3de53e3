package vn.motcua.dossier.api;

import java.util.List;

import vn.motcua.dossier.IntakeRefused.Problem;

/**
 * An API body whose values cannot be used as they are, each wrong field with its message key: 422 for an intake (as
 * the counter's checks), 400 for an event.
 */
class ApiInputRefused extends RuntimeException {

	private final transient List<Problem> problems;

	private final boolean intake;

	ApiInputRefused(List<Problem> problems, boolean intake) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
		this.intake = intake;
	}

	static ApiInputRefused event(String field, String messageKey, Object... args) {
		return new ApiInputRefused(List.of(new Problem(field, messageKey, args)), false);
	}

	List<Problem> problems() {
		return problems;
	}

	boolean intake() {
		return intake;
	}
}
