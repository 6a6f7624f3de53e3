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

	/**
	 * What the quarterly report states of the citizens' side (seed report, II.2): petitions received in the period and,
	 * of those, answered; ratings given in the period and, of those, satisfied (4 or 5 of 5).
	 */
	record CitizenFigures(long petitionsReceived, long petitionsAnswered, long ratings, long satisfied) {
	}

	CitizenFigures citizenFigures(Collection<String> agencies, LocalDate from, LocalDate to);
}
