package vn.motcua.feedback;

/**
 * The figures behind Decision 766 indicator 5.4 for some agencies and a period: how many ratings, how many satisfied
 * (4 or 5 of 5).
 */
public record SatisfactionFigures(long ratings, long satisfied) {

	/** Satisfied ratings as a percentage of all ratings (100 when there is none: nobody said otherwise). */
	public double satisfiedPercent() {
		return ratings == 0 ? 100.0 : 100.0 * satisfied / ratings;
	}
}
