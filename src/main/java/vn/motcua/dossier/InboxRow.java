package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.motcua.calendar.Countdown;

/**
 * A line of an officer's inbox: the dossier, where it stands, the date promised (extended if so) and the countdown to
 * it ({@code null} before acceptance and while the clock is stopped for a supplement).
 */
public record InboxRow(String code, String agencyCode, String procedureCode, String procedureName, String applicantName,
		DossierStatus status, String specialist, OffsetDateTime submittedAt, LocalDate promisedDate,
		Countdown countdown, boolean dueSoon) {

	/** Message key of the countdown for the page ("dossier.countdown.REMAINING" …). */
	public String countdownKey() {
		return countdown == null ? null : "dossier.countdown." + countdown.state().name();
	}
}
