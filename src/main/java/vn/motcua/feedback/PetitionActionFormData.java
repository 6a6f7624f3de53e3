package vn.motcua.feedback;

import jakarta.validation.constraints.Size;

/**
 * The forms of an officer's actions on one petition ({@code templates/feedback/petition.html}), one record per post.
 * A record checks only what can be read from the post (a known kind, a text of bounded length); whether the action
 * is allowed, and with what, stays the petition's rule ({@link FeedbackRefused}). A kind that is not one of the list
 * is {@code typeMismatch.classify.kind}.
 */
final class PetitionActionFormData {

	/** The longest text an officer may type (a page of text). */
	static final int TEXT = 4000;

	private PetitionActionFormData() {
	}

	record Classify(Petition.Kind kind, @Size(max = 40, message = "{feedback.form.textTooLong}") String assignee) {
	}

	record InformationRequest(@Size(max = TEXT, message = "{feedback.form.textTooLong}") String request) {
	}

	record Refusal(@Size(max = TEXT, message = "{feedback.form.textTooLong}") String reason) {
	}

	record Answer(@Size(max = TEXT, message = "{feedback.form.textTooLong}") String answer, Boolean publish) {

		boolean published() {
			return Boolean.TRUE.equals(publish);
		}
	}
}
