package vn.motcua.dossier;

import java.time.LocalDate;

/**
 * Trước hạn / đúng hạn / quá hạn: the one rule (docs/legal-rules.md §2 and §3; Nghị định 118/2025/NĐ-CP, statistics
 * judged against the due date on the receipt) by which the period report, Mẫu 06 and Mẫu 07 judge a dossier —
 * the day of the event R against the <em>original</em> due date D, never the date set by an extension with apology:
 * early if R &lt; D, on time if R = D, late if R &gt; D, comparing dates, not instants. {@link #SQL} is the same rule
 * as the statistics' SQL reads it ({@link DossierStatistics}), {@link #of} as the forms do.
 */
public enum Timeliness {

	EARLY, ON_TIME, LATE;

	/** −1, 0, 1 for early, on time, late: the report's classification of a resolved dossier. */
	static final String SQL = "coalesce(sign(resolved_on - due_date)::int, 0)";

	/** The timeliness of something done on {@code day} for a dossier whose original due date is {@code dueDate}. */
	public static Timeliness of(LocalDate day, LocalDate dueDate) {
		int sign = Integer.signum(day.compareTo(dueDate));
		return sign < 0 ? EARLY : sign == 0 ? ON_TIME : LATE;
	}

	/** The timeliness of a resolved dossier, as the report counts it; null while it is not resolved. */
	public static Timeliness of(Dossier dossier) {
		return dossier.resolvedOn() == null || dossier.dueDate() == null ? null
				: of(dossier.resolvedOn(), dossier.dueDate());
	}
}
