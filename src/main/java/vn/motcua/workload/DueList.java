package vn.motcua.workload;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.Countdown;
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.dossier.DueDossiers;

/**
 * An officer's dossiers due within one working day or overdue (promised on or before the next working day), most
 * urgent first, each with its countdown ("hạn hôm nay", "quá hạn N ngày làm việc"): the notices page and the digest.
 */
@Component
class DueList {

	static final int LIMIT = 200;

	/** A due dossier with its countdown from the day of the list. */
	record Row(DueDossiers.Due dossier, Countdown countdown) {
	}

	private final DueDossiers due;

	private final DeadlineCalendar calendar;

	DueList(DueDossiers due, DeadlineCalendar calendar) {
		this.due = due;
		this.calendar = calendar;
	}

	List<Row> of(OfficerScope scope, LocalDate today) {
		return due.promisedBy(calendar.plusWorkingDays(today, 1), scope.whole(), scope.ownIn(), scope.username(), LIMIT)
			.stream().map(d -> new Row(d, calendar.countdown(d.promised(), today))).toList();
	}
}
