package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.shared.SubmissionChannel;

/**
 * What an applicant owes for a procedure version, submitted through a channel on a day: each fee line with the amount
 * due after exemptions, the exemptions applied with their legal basis, and the total due in VND. When a line's amount
 * is still to be set by the province ({@link Fee#toBeSet()}) and no exemption waives it, {@code totalDueVnd} counts it
 * as 0 and {@link #amountToBeSet()} says the total is not final: the forms print “do tỉnh quy định”, never a false 0.
 */
public record FeeAssessment(long versionId, SubmissionChannel channel, LocalDate on, List<Line> lines,
		List<FeeExemption> exemptionsApplied, long totalDueVnd) {

	/** Whether a line still due has no amount yet (to be set by the province). */
	public boolean amountToBeSet() {
		return lines.stream().anyMatch(line -> line.fee().toBeSet() && line.exemption() == null);
	}

	/** A fee line: the prescribed amount and what is due ({@code 0} when an exemption applies). */
	public record Line(Fee fee, long dueVnd, FeeExemption exemption) {
	}

	public boolean free() {
		return totalDueVnd == 0 && !amountToBeSet();
	}
}
