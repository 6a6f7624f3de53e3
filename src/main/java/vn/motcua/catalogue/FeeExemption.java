package vn.motcua.catalogue;

import java.time.LocalDate;

import vn.motcua.shared.SubmissionChannel;

/**
 * An exemption from all fees and charges of a procedure (miễn phí, lệ phí), with its legal basis. It may apply only
 * to one submission channel (Thanh Hóa's NQ 12/2025/NQ-HĐND waives every fee for online submission), only for a
 * period ({@code null} bounds are open), and only when a {@code condition} holds that the counter asks (e.g. khai tử
 * registered within the time limit of Luật Hộ tịch 60/2014/QH13 Điều 33: “miễn lệ phí đăng ký khai tử đúng hạn”,
 * Điều 11 khoản 1 điểm b); {@code null} means unconditional.
 */
public record FeeExemption(String description, String legalBasis, SubmissionChannel channel, LocalDate effectiveFrom,
		LocalDate effectiveTo, String condition) {

	public FeeExemption {
		condition = condition == null || condition.isBlank() ? null : condition.strip();
	}

	public FeeExemption(String description, String legalBasis, SubmissionChannel channel, LocalDate effectiveFrom,
			LocalDate effectiveTo) {
		this(description, legalBasis, channel, effectiveFrom, effectiveTo, null);
	}

	/** Whether it applies only when a condition holds. */
	public boolean conditional() {
		return condition != null;
	}

	/** Whether the exemption is in force on that day, whatever the channel. */
	public boolean inForceOn(LocalDate day) {
		return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveTo == null || !day.isAfter(effectiveTo));
	}

	/** Whether the unconditional exemption applies to a dossier submitted through that channel on that day. */
	public boolean appliesTo(SubmissionChannel submittedThrough, LocalDate day) {
		return appliesTo(submittedThrough, day, false);
	}

	/** Whether it applies, given whether its condition (if any) was found to hold. */
	public boolean appliesTo(SubmissionChannel submittedThrough, LocalDate day, boolean conditionHolds) {
		return inForceOn(day) && (channel == null || channel == submittedThrough) && (condition == null || conditionHolds);
	}
}
