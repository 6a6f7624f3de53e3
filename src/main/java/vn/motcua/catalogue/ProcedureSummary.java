package vn.motcua.catalogue;

import vn.motcua.calendar.TimeLimit;

/** A line of a search result or a list: the version in force of a procedure, without its details. */
public record ProcedureSummary(long versionId, String code, String name, String field, ServiceLevel serviceLevel,
		TimeLimit timeLimit, boolean withFees, boolean feeExempt) {
}
