package vn.motcua.catalogue;

import java.time.LocalDate;

import vn.motcua.shared.SubmissionChannel;

/**
 * An exemption from all fees and charges of a procedure (miễn phí, lệ phí), with its legal basis. It may apply only
 * to one submission channel (Thanh Hóa's NQ 12/2025/NQ-HĐND waives every fee for online submission) and only for a
 * period ({@code null} bounds are open).
 */
public record FeeExemption(String description, String legalBasis, SubmissionChannel channel, LocalDate effectiveFrom,
		LocalDate effectiveTo) {

	/** Whether the exemption is in force on that day, whatever the channel. */
	public boolean inForceOn(LocalDate day) {
		return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveTo == null || !day.isAfter(effectiveTo));
	}

	/** Whether the exemption applies to a dossier submitted through that channel on that day. */
	public boolean appliesTo(SubmissionChannel submittedThrough, LocalDate day) {
		return inForceOn(day) && (channel == null || channel == submittedThrough);
	}
}
