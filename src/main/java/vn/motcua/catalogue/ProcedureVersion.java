package vn.motcua.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;

/**
 * One publication of an administrative procedure (thủ tục hành chính), identified nationally by its code
 * ({@code d.dddddd}). Lifecycle: the province publishes a procedure (Quyết định công bố) and it takes effect from a
 * date; a later publication of the same code is a new version from its own effective date, and the earlier one stays
 * for the dossiers received under it; an abolished procedure ({@code abolishedOn}) stays for history but takes no new
 * dossiers from that day. A dossier keeps the {@code id} of the version it was received under.
 *
 * @param cutOff the procedure's own cut-off for counting the day of receipt (null: the agency's, 15:00 by default)
 * @param implementingLevel cấp thực hiện, e.g. “Cấp xã”
 * @param implementingAgency cơ quan thực hiện, e.g. “UBND cấp xã”
 * @param publishingDecision number of the publishing decision, e.g. “1234/QĐ-UBND”
 * @param abolishedOn the day from which the procedure is abolished (bãi bỏ), or null
 * @param documentsSource where the list of required documents comes from: the national procedure database record
 *        (Cơ sở dữ liệu quốc gia về TTHC, a URL) or the legal article it was written from; null when not said
 * @param consultedAgencies liên thông: the other agencies the procedure consults, in order, each with its share of
 *        the time limit (NĐ 61/2018 Art. 19.5; NĐ 118/2025 Art. 18); empty for a procedure one agency resolves
 */
public record ProcedureVersion(long id, String code, String name, String field, String implementingLevel,
		String implementingAgency, ServiceLevel serviceLevel, TimeLimit timeLimit, LocalTime cutOff,
		SupplementPolicy supplementPolicy, List<Fee> fees, List<FeeExemption> feeExemptions,
		List<RequiredDocument> requiredDocuments, List<ProcessingStep> steps, String result, String legalBasis,
		String publishingDecision, LocalDate publishingDecisionDate, LocalDate effectiveFrom, LocalDate abolishedOn,
		String documentsSource, List<ConsultedAgency> consultedAgencies) {

	public ProcedureVersion {
		fees = List.copyOf(fees);
		feeExemptions = List.copyOf(feeExemptions);
		requiredDocuments = List.copyOf(requiredDocuments);
		steps = List.copyOf(steps);
		consultedAgencies = consultedAgencies == null ? List.of() : List.copyOf(consultedAgencies);
	}

	/** The working days given to the agencies consulted, added up (less than the time limit: the rest is ours). */
	public int consultedDays() {
		return consultedAgencies.stream().mapToInt(ConsultedAgency::shareWorkingDays).sum();
	}

	/** Whether the procedure prescribes a fee or charge above 0 (exempt or not). */
	public boolean withFees() {
		return fees.stream().anyMatch(fee -> fee.amountVnd() > 0);
	}

	/** The sum of the prescribed fees and charges, before exemptions. */
	public long prescribedVnd() {
		return fees.stream().mapToLong(Fee::amountVnd).sum();
	}

	/** Whether a fee line's amount is still to be set by the province (shown “do tỉnh quy định”). */
	public boolean feeToBeSet() {
		return fees.stream().anyMatch(Fee::toBeSet);
	}

	/** The exemptions that apply only when a condition holds, which the counter asks. */
	public List<FeeExemption> conditionalExemptions() {
		return feeExemptions.stream().filter(FeeExemption::conditional).toList();
	}

	/** The same, by their position (from 1) among the exemptions: what the counter ticks and the assessment takes. */
	public java.util.Map<Integer, FeeExemption> conditionalExemptionsByPosition() {
		java.util.Map<Integer, FeeExemption> asked = new java.util.LinkedHashMap<>();
		for (int i = 0; i < feeExemptions.size(); i++) {
			if (feeExemptions.get(i).conditional()) {
				asked.put(i + 1, feeExemptions.get(i));
			}
		}
		return asked;
	}

	/** Whether an exemption is in force on that day (for some channel at least). */
	public boolean feeExemptOn(LocalDate day) {
		return feeExemptions.stream().anyMatch(exemption -> exemption.inForceOn(day));
	}

	/** Whether the procedure is abolished on that day. */
	public boolean abolishedOn(LocalDate day) {
		return abolishedOn != null && !day.isBefore(abolishedOn);
	}

	/** The working days of the steps, added up (they must equal the time limit's amount). */
	public int stepDays() {
		return steps.stream().mapToInt(ProcessingStep::workingDays).sum();
	}
}
