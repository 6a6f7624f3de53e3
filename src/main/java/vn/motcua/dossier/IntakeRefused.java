package vn.motcua.dossier;

import java.util.List;

/** The dossier cannot be accepted as handed in; each problem names the field and the message to show. */
public class IntakeRefused extends RuntimeException {

	private final transient List<Problem> problems;

	IntakeRefused(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/** One problem: the form field ({@code applicant.idNumber}, {@code documents[2]}, …), a message key and its arguments. */
	public record Problem(String field, String messageKey, Object... args) {
	}
}
