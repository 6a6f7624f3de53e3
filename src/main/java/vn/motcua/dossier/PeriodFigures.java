package vn.motcua.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The figures of a period for one agency (or the sum over several), exactly as docs/legal-rules.md §4 defines them.
 * They always reconcile: {@code carriedOver + received = resolved + stopped + inProgress + awaitingSupplement}.
 */
public record PeriodFigures(String agencyCode, LocalDate from, LocalDate to, long carriedOver, Received received,
		Resolved resolved, long stopped, InProgress inProgress, long awaitingSupplement, long digitized, long extended,
		long refusedAtIntake) {

	public record Received(long total, long online, long direct, long postal) {

		Received plus(Received o) {
			return new Received(total + o.total, online + o.online, direct + o.direct, postal + o.postal);
		}
	}

	public record Resolved(long total, long early, long onTime, long late) {

		Resolved plus(Resolved o) {
			return new Resolved(total + o.total, early + o.early, onTime + o.onTime, late + o.late);
		}
	}

	public record InProgress(long total, long withinTime, long overdue) {

		InProgress plus(InProgress o) {
			return new InProgress(total + o.total, withinTime + o.withinTime, overdue + o.overdue);
		}
	}

	/** (early + on time) / resolved × 100 with two decimals; null when nothing was resolved. */
	public BigDecimal onTimeRate() {
		return resolved.total() == 0 ? null
				: BigDecimal.valueOf((resolved.early() + resolved.onTime()) * 100L)
					.divide(BigDecimal.valueOf(resolved.total()), 2, RoundingMode.HALF_UP);
	}

	/** Whether the figures add up (each split too). */
	public boolean reconciles() {
		return carriedOver + received.total() == resolved.total() + stopped + inProgress.total() + awaitingSupplement
				&& received.total() == received.online() + received.direct() + received.postal()
				&& resolved.total() == resolved.early() + resolved.onTime() + resolved.late()
				&& inProgress.total() == inProgress.withinTime() + inProgress.overdue();
	}

	PeriodFigures plus(PeriodFigures o) {
		return new PeriodFigures(null, from, to, carriedOver + o.carriedOver, received.plus(o.received),
				resolved.plus(o.resolved), stopped + o.stopped, inProgress.plus(o.inProgress),
				awaitingSupplement + o.awaitingSupplement, digitized + o.digitized, extended + o.extended,
				refusedAtIntake + o.refusedAtIntake);
	}

	static PeriodFigures empty(String agencyCode, LocalDate from, LocalDate to) {
		return new PeriodFigures(agencyCode, from, to, 0, new Received(0, 0, 0, 0), new Resolved(0, 0, 0, 0), 0,
				new InProgress(0, 0, 0), 0, 0, 0, 0);
	}
}
