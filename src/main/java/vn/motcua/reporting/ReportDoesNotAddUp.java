package vn.motcua.reporting;

/** Thrown instead of printing figures that do not reconcile: a bug to fix, never a number to show. */
public class ReportDoesNotAddUp extends IllegalStateException {

	ReportDoesNotAddUp(String agency, Object figures) {
		super("the period figures of " + agency + " do not add up: " + figures);
	}
}
