package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One hand-off of a liên thông dossier to another agency (another commune, a provincial department, the police for
 * residence, the social-insurance office for health cards) and its return, as the one-stop writes it on the transfer
 * slip (Phiếu chuyển xử lý): the order, the agency, its share of the time limit in working days and the date that
 * share ends (NĐ 61/2018/NĐ-CP Art. 19.5–19.7; NĐ 118/2025/NĐ-CP Art. 18). The dossier stays one dossier of the
 * receiving agency: the report counts it once, there.
 *
 * @param position 1 for the first agency, in the order the one-stop set
 * @param returnedAt null while the dossier is still at that agency
 * @param answer what the agency sent back (its result or opinion), once returned
 */
public record InteragencyTransfer(int position, String agency, int shareWorkingDays, LocalDate shareDueDate,
		OffsetDateTime sentAt, String sentBy, OffsetDateTime returnedAt, String returnedBy, String answer) {

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

	InteragencyTransfer returned(OffsetDateTime at, String actor, String answer) {
		return new InteragencyTransfer(position, agency, shareWorkingDays, shareDueDate, sentAt, sentBy, at, actor,
				answer);
	}
}
