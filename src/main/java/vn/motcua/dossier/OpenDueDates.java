package vn.motcua.dossier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.CalendarChanged;
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.calendar.DueDate;
import vn.motcua.calendar.DueDateRecomputation;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;

/**
 * When an administrator edits the calendar, the due dates of open dossiers whose clock runs are computed again from
 * their start (receipt, or the last complete supplement) and moved where the calendar change moves them.
 */
@Component
class OpenDueDates implements DueDateRecomputation {

	private final JdbcClient jdbc;

	private final Dossiers dossiers;

	private final DeadlineCalendar calendar;

	private final Clock clock;

	OpenDueDates(JdbcClient jdbc, Dossiers dossiers, DeadlineCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public int recomputeOpenDueDates(CalendarChanged change) {
		List<Long> open = jdbc.sql("""
				select id from dossier where status in ('RECEIVED', 'IN_REVIEW', 'AWAITING_DECISION')
				and extract(year from due_date) >= ? - 1""").param(change.year()).query(Long.class).list();
		int moved = 0;
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (long id : open) {
			Dossier dossier = dossiers.findById(id).orElseThrow();
			OffsetDateTime clockStart = dossier.supplements().isEmpty() ? dossier.receivedAt()
					: dossier.supplements().get(dossier.supplements().size() - 1).receivedAt();
			TimeLimit limit = dossier.procedure().timeLimit();
			if (!dossier.supplements().isEmpty() && dossier.procedure().supplementPolicy() == SupplementPolicy.PAUSE) {
				limit = new TimeLimit(dossier.supplements().get(dossier.supplements().size() - 1).remainingWorkingDays(),
						limit.unit());
			}
			DueDate due = calendar.dueDate(dossier.agencyCode(), clockStart, limit, dossier.procedure().cutOff());
			if (dossier.recomputeDueDate(due.dueDate(), due.dueAt(), now, change.reason())) {
				dossiers.update(dossier);
				moved++;
			}
		}
		return moved;
	}
}
