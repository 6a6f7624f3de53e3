package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.shared.VietnamTime;

/**
 * The supplement requests nobody has answered past the date the notice gave, for the counter (issue 13 item 11). The
 * law sets no general lapse (NĐ 61/2018 Art. 15–22): where the procedure's sector law sets one
 * ({@link SupplementLapseRules}) the notice gave a "supplement by" date and the request is overdue the day after it
 * (the job {@link SupplementLapses} then closes it); without one, the request is listed once it has waited more than
 * {@code motcua.supplements.overdue-after-working-days} working days (default 30), so that the officer calls the
 * applicant or invites a withdrawal (NĐ 118/2025 Art. 21) instead of letting it wait for ever. Only the dossiers of
 * the officer's agencies, as in the inbox; most overdue first.
 */
@Service
public class OverdueSupplements {

	/** The longest list shown; the report's age split counts them all. */
	static final int LIMIT = 100;

	/** One overdue request: the day it was made, the day the notice gave (or the configured limit), the ages. */
	public record Overdue(String code, String procedureName, LocalDate requestedOn, LocalDate limit,
			boolean limitFromNotice, int ageWorkingDays, int overdueWorkingDays) {
	}

	private final JdbcClient jdbc;

	private final DeadlineCalendar calendar;

	private final Clock clock;

	private final int afterWorkingDays;

	OverdueSupplements(JdbcClient jdbc, DeadlineCalendar calendar, Clock clock,
			@Value("${motcua.supplements.overdue-after-working-days:30}") int afterWorkingDays) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.clock = clock;
		this.afterWorkingDays = afterWorkingDays;
	}

	/** The working days after which a request without a date is listed. */
	public int afterWorkingDays() {
		return afterWorkingDays;
	}

	/** The officer's overdue requests, most overdue first (at most {@link #LIMIT}). */
	public List<Overdue> of(Authentication officer) {
		Map<String, Object> params = new HashMap<>();
		String mine = DossierInbox.mine(officer, params);
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		record Waiting(String code, String procedureName, OffsetDateTime requestedAt, LocalDate lapsesOn) {
		}
		List<Waiting> waiting = jdbc.sql("""
				select d.code, d.procedure_name, x.requested_at, d.supplement_lapses_on from dossier d
				join dossier_supplement x on x.dossier_id = d.id and x.received_at is null
				where d.status = 'AWAITING_SUPPLEMENT' and (""" + mine + ")")
			.params(params)
			.query((rs, i) -> new Waiting(rs.getString(1), rs.getString(2), VietnamTime.read(rs, 3),
					rs.getObject(4, LocalDate.class)))
			.list();
		return waiting.stream().map(w -> {
			LocalDate requestedOn = w.requestedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
			LocalDate limit = w.lapsesOn() != null ? w.lapsesOn().minusDays(1)
					: calendar.plusWorkingDays(requestedOn, afterWorkingDays);
			return new Overdue(w.code(), w.procedureName(), requestedOn, limit, w.lapsesOn() != null,
					calendar.workingDaysBetween(requestedOn, today), calendar.workingDaysBetween(limit, today));
		})
			.filter(o -> today.isAfter(o.limit()))
			.sorted(Comparator.comparingInt(Overdue::overdueWorkingDays).reversed()
				.thenComparing(Overdue::requestedOn).thenComparing(Overdue::code))
			.limit(LIMIT)
			.toList();
	}
}
