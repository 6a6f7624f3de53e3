package vn.motcua.feedback;

/**
 * A citizen's rating of one returned dossier (đánh giá mức độ hài lòng): the overall rating (1 very dissatisfied … 5
 * very satisfied) and the criteria officers are judged on (NĐ 61/2018 Art. 31): time taken against the legal time,
 * number of visits needed, staff attitude and clarity of the information (1 … 5).
 */
public record SatisfactionRating(int overall, TimeTaken timeTaken, int visits, int staffAttitude,
		int informationClarity, String comment) {

	/** The actual time against the legal time limit. */
	public enum TimeTaken {
		EARLIER, ON_TIME, LATER
	}

	/** Where the rating was given: the link/QR on the receipt, or the tablet at the counter. */
	public enum Channel {
		RECEIPT_LINK, COUNTER_TABLET
	}
}
