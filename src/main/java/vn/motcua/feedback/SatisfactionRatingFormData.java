package vn.motcua.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The rating form as posted (public receipt-link page and counter tablet), bound as model attribute {@code rating}:
 * every question must be answered on its scale, the comment is optional. A missing, out-of-range or malformed answer
 * says the same thing, {@code typeMismatch.rating.<field>} in {@code messages/feedback.properties}; the questions and
 * their scales are those of {@link SatisfactionRating} (NĐ 61/2018 Art. 31).
 */
public record SatisfactionRatingFormData(
		@NotNull(message = "{typeMismatch.rating.overall}")
		@Min(value = 1, message = "{typeMismatch.rating.overall}")
		@Max(value = 5, message = "{typeMismatch.rating.overall}") Integer overall,
		@NotNull(message = "{typeMismatch.rating.timeTaken}") SatisfactionRating.TimeTaken timeTaken,
		@NotNull(message = "{typeMismatch.rating.visits}")
		@Min(value = 1, message = "{typeMismatch.rating.visits}")
		@Max(value = 3, message = "{typeMismatch.rating.visits}") Integer visits,
		@NotNull(message = "{typeMismatch.rating.staffAttitude}")
		@Min(value = 1, message = "{typeMismatch.rating.staffAttitude}")
		@Max(value = 5, message = "{typeMismatch.rating.staffAttitude}") Integer staffAttitude,
		@NotNull(message = "{typeMismatch.rating.informationClarity}")
		@Min(value = 1, message = "{typeMismatch.rating.informationClarity}")
		@Max(value = 5, message = "{typeMismatch.rating.informationClarity}") Integer informationClarity,
		@Size(max = 2000, message = "{feedback.rating.commentTooLong}") String comment) {

	/** The form before the citizen answers. */
	public static SatisfactionRatingFormData unanswered() {
		return new SatisfactionRatingFormData(null, null, null, null, null, null);
	}

	public SatisfactionRating toRating() {
		return new SatisfactionRating(overall, timeTaken, visits, staffAttitude, informationClarity, comment);
	}
}
