package vn.motcua.dossier;

import java.time.OffsetDateTime;

/**
 * One supplement request after acceptance (yêu cầu bổ sung, hoàn thiện hồ sơ): what is missing and why, when it was
 * asked and received, and the working days that remained (for the PAUSE policy).
 */
public record SupplementCycle(OffsetDateTime requestedAt, String missing, String reason, int remainingWorkingDays,
		OffsetDateTime receivedAt) {

	boolean outstanding() {
		return receivedAt == null;
	}

	SupplementCycle receivedAt(OffsetDateTime at) {
		return new SupplementCycle(requestedAt, missing, reason, remainingWorkingDays, at);
	}
}
