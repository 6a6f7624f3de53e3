package vn.motcua.documents;

import java.time.LocalDateTime;

/**
 * One hand-over of a dossier between units (a row of Mẫu 06): the unit, who handed it over and who received it, when,
 * the receiving party's verdict on timeliness (null while open) and a note.
 */
public record HandOver(String unit, String from, String to, LocalDateTime at, Timeliness timeliness, String note) {

	/** Trước hạn, đúng hạn, quá hạn. */
	public enum Timeliness {
		EARLY, ON_TIME, LATE
	}
}
