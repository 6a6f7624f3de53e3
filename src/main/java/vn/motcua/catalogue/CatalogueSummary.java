package vn.motcua.catalogue;

/**
 * The catalogue's figures as legal-rules.md §5 names them (GET /api/v1/catalogue/summary), counting the versions in
 * force on a day: abolished procedures and versions not yet effective are left out; {@code withFees} counts procedures
 * prescribing a fee or charge above 0, exempt or not; {@code feeExempt} those with an exemption in force.
 */
public record CatalogueSummary(int total, ByServiceLevel byServiceLevel, WithFees withFees, int feeExempt) {

	public record ByServiceLevel(int FULL_ONLINE, int PARTIAL_ONLINE, int IN_PERSON) {
	}

	public record WithFees(int total, int FULL_ONLINE, int PARTIAL_ONLINE, int IN_PERSON) {
	}
}
