package vn.motcua.feedback;

import java.util.ArrayList;
import java.util.List;

/**
 * The rating form as posted (public receipt-link page and counter tablet): every question must be answered, the
 * comment is optional. {@link #problems()} lists the field names left unanswered.
 */
public class SatisfactionRatingFormData {

	private Integer overall;

	private SatisfactionRating.TimeTaken timeTaken;

	private Integer visits;

	private Integer staffAttitude;

	private Integer informationClarity;

	private String comment;

	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (overall == null || overall < 1 || overall > 5) {
			problems.add("overall");
		}
		if (timeTaken == null) {
			problems.add("timeTaken");
		}
		if (visits == null || visits < 1 || visits > 3) {
			problems.add("visits");
		}
		if (staffAttitude == null || staffAttitude < 1 || staffAttitude > 5) {
			problems.add("staffAttitude");
		}
		if (informationClarity == null || informationClarity < 1 || informationClarity > 5) {
			problems.add("informationClarity");
		}
		if (comment != null && comment.length() > 2000) {
			problems.add("comment");
		}
		return problems;
	}

	public SatisfactionRating toRating() {
		return new SatisfactionRating(overall, timeTaken, visits, staffAttitude, informationClarity, comment);
	}

	public Integer getOverall() { return overall; }
	public void setOverall(Integer overall) { this.overall = overall; }
	public SatisfactionRating.TimeTaken getTimeTaken() { return timeTaken; }
	public void setTimeTaken(SatisfactionRating.TimeTaken timeTaken) { this.timeTaken = timeTaken; }
	public Integer getVisits() { return visits; }
	public void setVisits(Integer visits) { this.visits = visits; }
	public Integer getStaffAttitude() { return staffAttitude; }
	public void setStaffAttitude(Integer staffAttitude) { this.staffAttitude = staffAttitude; }
	public Integer getInformationClarity() { return informationClarity; }
	public void setInformationClarity(Integer informationClarity) { this.informationClarity = informationClarity; }
	public String getComment() { return comment; }
	public void setComment(String comment) { this.comment = comment; }
}
