package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One hand-off of a liên thông dossier to another agency (another commune, a provincial department, the police for
 * residence, the social-insurance office for health cards) and its return, as the one-stop writes it on the transfer
 * slip (Phiếu chuyển xử lý): the order, the agency, its share of the time limit in working days and the date that
 * share ends (NĐ 61/2018/NĐ-CP Art. 19.5–19.7; NĐ 118/2025/NĐ-CP Art. 18). The dossier stays one dossier of the
 * receiving agency: the report counts it once, there.
 * <p>
 * Agencies consulted at once (an electronic dossier goes to all participating agencies at the same time, NĐ 61/2018
 * Art. 19.5) share a {@code batch}; one of them leads ({@code lead}, the agency presiding over the joint answer). A
 * paper dossier goes to one agency at a time, each in its own batch, in the order the one-stop sets.
 *
 * @param position 1 for the first agency, in the order the one-stop set
 * @param batch the hand-off this transfer was sent with (1 for the first); transfers of one batch run in parallel
 * @param agencyCode the code of the agency when it is another commune served by this installation (its officers
 *        answer from their own account), null for an outside body named only by {@code agency}
 * @param lead whether this agency presides over a parallel consultation (always true for a transfer sent alone)
 * @param returnedAt null while the dossier is still at that agency
 * @param answer what the agency sent back (its result or opinion), once returned
 */
public record InteragencyTransfer(int position, int batch, String agency, String agencyCode, boolean lead,
		int shareWorkingDays, LocalDate shareDueDate, OffsetDateTime sentAt, String sentBy, OffsetDateTime returnedAt,
		String returnedBy, String answer) {

	/**
	 * What the one-stop writes for one agency on the transfer slip before it is sent: the agency (its name, and its
	 * code when it is a commune of this installation), its share in working days, the date that share ends, the note of
	 * the step.
	 */
	public record Handoff(String agency, String agencyCode, int shareWorkingDays, LocalDate shareDueDate, String note) {
	}

	/** Still at the other agency. */
	public boolean open() {
		return returnedAt == null;
	}

	/** Returned after the end of its share (judged on the Vietnam day of the return): escalated to the one-stop's head. */
	public boolean late() {
		return returnedAt != null && returnedAt.atZoneSameInstant(vn.motcua.shared.VietnamTime.ZONE).toLocalDate()
			.isAfter(shareDueDate);
	}

	/** Late as of {@code today} while still out. */
	public boolean overdue(LocalDate today) {
		return open() && today.isAfter(shareDueDate);
	}

	/** Whether this agency is a commune of the installation, answering from its own account. */
	public boolean toInstallationAgency() {
		return agencyCode != null;
	}

	InteragencyTransfer returned(OffsetDateTime at, String actor, String answer) {
		return new InteragencyTransfer(position, batch, agency, agencyCode, lead, shareWorkingDays, shareDueDate, sentAt,
				sentBy, at, actor, answer);
	}
}
