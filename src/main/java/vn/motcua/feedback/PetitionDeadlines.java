package vn.motcua.feedback;

/**
 * The working-day deadlines of a petition, counted from the day it was filed: refuse it within {@code refuseWithin},
 * ask for more information within {@code moreInfoWithin}, answer within {@code answerWithin} (766: 2, 5, 15).
 */
public record PetitionDeadlines(int refuseWithin, int moreInfoWithin, int answerWithin) {

	public boolean valid() {
		return refuseWithin > 0 && moreInfoWithin >= refuseWithin && answerWithin >= moreInfoWithin
				&& answerWithin <= 60;
	}
}
