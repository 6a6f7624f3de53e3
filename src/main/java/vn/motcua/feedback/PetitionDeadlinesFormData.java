package vn.motcua.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The installation administrator's form of the petition deadlines, in working days, as posted: each a whole number
 * from 1 to 60 (a word is {@code typeMismatch.deadlines.*}); their order (refuse ≤ ask for more ≤ answer) is the
 * desk's rule ({@link PetitionDeadlines#valid}), shown as its refusal.
 */
record PetitionDeadlinesFormData(
		@NotNull(message = "{feedback.settings.days}") @Min(value = 1, message = "{feedback.settings.days}")
		@Max(value = 60, message = "{feedback.settings.days}") Integer refuseWithin,
		@NotNull(message = "{feedback.settings.days}") @Min(value = 1, message = "{feedback.settings.days}")
		@Max(value = 60, message = "{feedback.settings.days}") Integer moreInfoWithin,
		@NotNull(message = "{feedback.settings.days}") @Min(value = 1, message = "{feedback.settings.days}")
		@Max(value = 60, message = "{feedback.settings.days}") Integer answerWithin) {

	static PetitionDeadlinesFormData of(PetitionDeadlines deadlines) {
		return new PetitionDeadlinesFormData(deadlines.refuseWithin(), deadlines.moreInfoWithin(),
				deadlines.answerWithin());
	}

	PetitionDeadlines toDeadlines() {
		return new PetitionDeadlines(refuseWithin, moreInfoWithin, answerWithin);
	}
}
