package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.shared.SubmissionChannel;

/**
 * What an applicant owes for a procedure version, submitted through a channel on a day: each fee line with the amount
 * due after exemptions, the exemptions applied with their legal basis, and the total due in VND.
 */
public record FeeAssessment(long versionId, SubmissionChannel channel, LocalDate on, List<Line> lines,
		List<FeeExemption> exemptionsApplied, long totalDueVnd) {

	/** A fee line: the prescribed amount and what is due ({@code 0} when an exemption applies). */
	public record Line(Fee fee, long dueVnd, FeeExemption exemption) {
	}

	public boolean free() {
		return totalDueVnd == 0;
	}
}
