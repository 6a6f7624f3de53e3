package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.Collection;

/**
 * What the satisfaction indicator (766, 5.4) needs from the citizens' side: among the dossiers resolved in the period,
 * how many drew a complaint (phản ánh, kiến nghị) or a “not satisfied” rating. Implemented by the module that holds the
 * ratings; without one, the indicator is shown as not available.
 */
public interface SatisfactionSignals {

	long dossiersWithComplaintOrDislike(Collection<String> agencies, LocalDate from, LocalDate to);
}
