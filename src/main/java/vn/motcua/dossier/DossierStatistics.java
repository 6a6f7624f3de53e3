package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.shared.VietnamTime;

/**
 * The period figures of docs/legal-rules.md §4, computed by one set-based SQL statement over the dossier table (one
 * row per agency), and the list of dossiers behind each figure (drill-down). Every dossier accepted up to the end of
 * the period and not closed before it falls in exactly one of resolved / stopped / in progress / awaiting supplement,
 * which is why the figures always reconcile; the classification itself is {@link PeriodClassification}'s.
 * <p>
 * A supplement request that lapsed under the procedure's sector rule ({@link SupplementLapseRules}) counts as resolved
 * (refused after review, NĐ 61/2018 Art. 19.4, 19.8) on its lapse day, and on time (the legal clock was stopped), read
 * from {@code supplement_lapses_on} whether or not {@link SupplementLapses} has closed the dossier yet. A withdrawal
 * request (NĐ 118/2025 Art. 21) counts as stopped from the day it was logged ({@code closed_at}).
 */
@Service
public class DossierStatistics {

	/** The figures a user can drill into, with the condition that selects their dossiers. */
	public enum Figure {
		CARRIED_OVER("is_carried"),
		RECEIVED("not is_carried"),
		RECEIVED_ONLINE("not is_carried and channel = 'ONLINE'"),
		RECEIVED_DIRECT("not is_carried and channel = 'DIRECT'"),
		RECEIVED_POSTAL("not is_carried and channel = 'POSTAL'"),
		RESOLVED("outcome = 'RESOLVED'"),
		RESOLVED_EARLY("outcome = 'RESOLVED' and not lapsed and r_on < due_date"),
		RESOLVED_ON_TIME("outcome = 'RESOLVED' and (lapsed or r_on = due_date)"),
		RESOLVED_LATE("outcome = 'RESOLVED' and not lapsed and r_on > due_date"),
		STOPPED("outcome = 'STOPPED'"),
		IN_PROGRESS("outcome = 'IN_PROGRESS'"),
		IN_PROGRESS_WITHIN_TIME("outcome = 'IN_PROGRESS' and t <= due_date"),
		IN_PROGRESS_OVERDUE("outcome = 'IN_PROGRESS' and t > due_date"),
		AWAITING_SUPPLEMENT("outcome = 'AWAITING'"),
		AWAITING_UNDER_30_DAYS("outcome = 'AWAITING' and waited_days < 30"),
		AWAITING_30_TO_90_DAYS("outcome = 'AWAITING' and waited_days between 30 and 90"),
		AWAITING_OVER_90_DAYS("outcome = 'AWAITING' and waited_days > 90"),
		DIGITIZED("outcome = 'RESOLVED' and " + PeriodClassification.DIGITISED),
		EXTENDED("outcome <> 'STOPPED' and extended_at is not null and extended_at < t_end");



		private final String condition;

		Figure(String condition) {
			this.condition = condition;
		}
	}

	/**
	 * The dossiers awaiting a supplement at the end of a period by how long the outstanding request had waited then
	 * (calendar days from the day of the latest unanswered request to the period's last day): under 30, 30 to 90, over
	 * 90. A split of {@link PeriodFigures#awaitingSupplement()} that adds up to it; it changes no other figure. The
	 * law sets no general lapse (NĐ 61/2018 Art. 15–22), so old requests are shown, not closed.
	 */
	public record AwaitingByAge(long under30, long from30To90, long over90) {

		public long total() {
			return under30 + from30To90 + over90;
		}
	}

	/** The awaiting-supplement dossiers of the period by age of the request ({@link AwaitingByAge}). */
	public AwaitingByAge awaitingByAge(LocalDate from, LocalDate to, Collection<String> agencies) {
		return jdbc.sql(PeriodClassification.CLASSIFIED + """
				select count(*) filter (where %s), count(*) filter (where %s), count(*) filter (where %s) from k"""
			.formatted(Figure.AWAITING_UNDER_30_DAYS.condition, Figure.AWAITING_30_TO_90_DAYS.condition,
					Figure.AWAITING_OVER_90_DAYS.condition))
			.param("from", from).param("to", to).param("agencies", agencies.toArray(String[]::new))
			.query((rs, i) -> new AwaitingByAge(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/** One dossier behind a figure, as listed in a drill-down. */
	public record DossierLine(String code, String agencyCode, String procedureCode, String procedureName,
			String channel, String status, LocalDate acceptedOn, LocalDate dueDate, LocalDate resolvedOn) {
	}

	private final JdbcClient jdbc;

	DossierStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The dossiers of the period counted once per agency, channel, carried over or not, and class: one integer per
	 * dossier that holds its outcome at the end of the period with its timeliness (resolved early 9, on time 10, late 11;
	 * stopped 20; awaiting a supplement 30; in progress within time 40, overdue 41), plus 100 when digitised and 1000
	 * when extended. The class is computed once per row (a CASE evaluated once, the supplement test only for the dossiers
	 * neither resolved nor stopped, against a hashed set), the few thousand groups are added up in Java. The same
	 * rules as {@link PeriodClassification#CLASSIFIED} (the drill-down), which the tests hold to the same counts. The period's bounds are
	 * parameters, not a CTE, so that the planner reads the covering index {@code dossier_report_idx} only.
	 */
	private static final String GROUPED = """
			select agency_code, channel, received_at < :fromStart as is_carried,
			  case
			    when coalesce(resolved_on, supplement_lapses_on) <= :to
			      then 10 + case when supplement_lapses_on is not null
			                      and coalesce(resolved_on, supplement_lapses_on) = supplement_lapses_on then 0
			                     else %s end
			         + case when %s then 100 else 0 end
			         + case when extended_at < :toEnd then 1000 else 0 end
			    when closed_at < :toEnd then 20
			    when id in (select x.dossier_id from dossier_supplement x
			                where x.requested_at < :toEnd and (x.received_at is null or x.received_at >= :toEnd))
			      then 30 + case when extended_at < :toEnd then 1000 else 0 end
			    else 40 + case when :to <= due_date then 0 else 1 end
			         + case when extended_at < :toEnd then 1000 else 0 end
			  end as class,
			  count(*) as dossiers
			from dossier
			where agency_code = any(:agencies) and received_at is not null and received_at < :toEnd
			  and (coalesce(resolved_on, supplement_lapses_on) is null or coalesce(resolved_on, supplement_lapses_on) >= :from)
			  and (closed_at is null or closed_at >= :fromStart)
			group by 1, 2, 3, 4""".formatted(Timeliness.SQL, PeriodClassification.DIGITISED);

	/** The figures of each agency (agencies without any dossier get a row of zeros), in the order given. */
	public List<PeriodFigures> figures(LocalDate from, LocalDate to, Collection<String> agencies) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the period ends before it starts");
		}
		Map<String, long[]> counts = new java.util.HashMap<>();
		jdbc.sql(GROUPED)
			.param("from", from).param("to", to).param("agencies", agencies.toArray(String[]::new))
			.param("fromStart", from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.param("toEnd", to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.query(rs -> {
				long[] c = counts.computeIfAbsent(rs.getString("agency_code"), a -> new long[16]);
				long n = rs.getLong("dossiers");
				int k = rs.getInt("class");
				if (rs.getBoolean("is_carried")) {
					c[0] += n;
				}
				else {
					c[1] += n;
					c[switch (rs.getString("channel")) { case "ONLINE" -> 2; case "DIRECT" -> 3; default -> 4; }] += n;
				}
				if (k >= 1000) {
					c[15] += n; // extended
					k -= 1000;
				}
				if (k >= 100) {
					c[14] += n; // digitised
					k -= 100;
				}
				switch (k / 10) {
					case 0, 1 -> {
						c[5] += n;
						c[k < 10 ? 6 : k == 10 ? 7 : 8] += n;
					}
					case 2 -> c[9] += n;
					case 3 -> c[13] += n;
					default -> {
						c[10] += n;
						c[k == 40 ? 11 : 12] += n;
					}
				}
			});
		Map<String, Long> refused = new java.util.HashMap<>();
		jdbc.sql("""
				select agency_code, count(*) from dossier
				where agency_code = any(:agencies) and status = 'REFUSED_AT_INTAKE'
				  and closed_at >= cast(:from as date)::timestamp at time zone 'Asia/Ho_Chi_Minh'
				  and closed_at < (cast(:to as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'
				group by agency_code""")
			.param("from", from).param("to", to).param("agencies", agencies.toArray(String[]::new))
			.query(rs -> {
				refused.put(rs.getString(1), rs.getLong(2));
			});
		List<PeriodFigures> rows = new ArrayList<>();
		for (String agency : agencies) {
			long[] c = counts.getOrDefault(agency, new long[16]);
			rows.add(new PeriodFigures(agency, from, to, c[0], new PeriodFigures.Received(c[1], c[2], c[3], c[4]),
					new PeriodFigures.Resolved(c[5], c[6], c[7], c[8]), c[9],
					new PeriodFigures.InProgress(c[10], c[11], c[12]), c[13], c[14], c[15],
					refused.getOrDefault(agency, 0L)));
		}
		return rows;
	}

	/** The sum over agencies (a province's total). */
	public PeriodFigures total(List<PeriodFigures> rows, LocalDate from, LocalDate to) {
		return rows.stream().reduce(PeriodFigures.empty(null, from, to), PeriodFigures::plus);
	}

	/** How many dossiers of a procedure started their clock on one day and were resolved on another (for averages). */
	public record ResolutionSpan(String procedureCode, String procedureName, LocalDate startDate, LocalDate resolvedOn,
			long dossiers) {
	}

	/** The resolved dossiers of the period grouped by procedure, clock start and resolution day. */
	public List<ResolutionSpan> resolutionSpans(LocalDate from, LocalDate to, Collection<String> agencies) {
		return jdbc.sql("""
				select procedure_code, min(procedure_name) as procedure_name, start_date, resolved_on, count(*) as n
				from dossier
				where agency_code = any(:agencies) and resolved_on between :from and :to and start_date is not null
				group by procedure_code, start_date, resolved_on""")
			.param("from", from).param("to", to).param("agencies", agencies.toArray(String[]::new))
			.query((rs, i) -> new ResolutionSpan(rs.getString("procedure_code"), rs.getString("procedure_name"),
					rs.getObject("start_date", LocalDate.class), rs.getObject("resolved_on", LocalDate.class),
					rs.getLong("n")))
			.list();
	}

	/** The dossiers received online in the period, counted by the procedure version they were received under. */
	public Map<Long, Long> onlineReceivedByVersion(LocalDate from, LocalDate to, Collection<String> agencies) {
		Map<Long, Long> counts = new java.util.HashMap<>();
		jdbc.sql("""
				select procedure_version_id, count(*) from dossier
				where agency_code = any(:agencies) and channel = 'ONLINE' and procedure_version_id is not null
				  and received_at >= cast(:from as date)::timestamp at time zone 'Asia/Ho_Chi_Minh'
				  and received_at < (cast(:to as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'
				group by procedure_version_id""")
			.param("from", from).param("to", to).param("agencies", agencies.toArray(String[]::new))
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getLong(2));
			});
		return counts;
	}

	/** How many dossiers of a figure fall under each procedure version (for figures by field). */
	public Map<Long, Long> countsByVersion(Figure figure, LocalDate from, LocalDate to, Collection<String> agencies) {
		Map<Long, Long> counts = new java.util.HashMap<>();
		jdbc.sql(PeriodClassification.CLASSIFIED + "select coalesce(procedure_version_id, 0), count(*) from k where " + figure.condition
				+ " group by 1")
			.param("from", from).param("to", to).param("agencies", agencies.toArray(String[]::new))
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getLong(2));
			});
		return counts;
	}

	/** Open dossiers whose clock runs and whose (extended) due date is on or before {@code until}, most urgent first. */
	public List<DossierLine> dueBy(LocalDate until, Collection<String> agencies, int limit) {
		return jdbc.sql("""
				select code, agency_code, procedure_code, procedure_name, channel, status,
				  (received_at at time zone 'Asia/Ho_Chi_Minh')::date as accepted_on,
				  coalesce(extended_due_date, due_date) as due_date, resolved_on
				from dossier
				where agency_code = any(:agencies) and status in ('RECEIVED', 'IN_REVIEW', 'AWAITING_DECISION')
				  and coalesce(extended_due_date, due_date) <= :until
				order by coalesce(extended_due_date, due_date), code limit :limit""")
			.param("agencies", agencies.toArray(String[]::new)).param("until", until).param("limit", limit)
			.query(DossierStatistics::line)
			.list();
	}

	/** The dossiers behind one figure, by acceptance then code. */
	public List<DossierLine> behind(Figure figure, LocalDate from, LocalDate to, Collection<String> agencies, int limit,
			int offset) {
		return jdbc.sql(PeriodClassification.CLASSIFIED + "select code, agency_code, procedure_code, procedure_name, channel, status,"
				+ " accepted_on, due_date, r_on as resolved_on from k where " + figure.condition
				+ " order by accepted_on, code limit :limit offset :offset")
			.param("from", from).param("to", to).param("agencies", agencies.toArray(String[]::new))
			.param("limit", limit).param("offset", offset)
			.query(DossierStatistics::line)
			.list();
	}

	private static DossierLine line(ResultSet rs, int row) throws SQLException {
		return new DossierLine(rs.getString("code"), rs.getString("agency_code"), rs.getString("procedure_code"),
				rs.getString("procedure_name"), rs.getString("channel"), rs.getString("status"),
				rs.getObject("accepted_on", LocalDate.class), rs.getObject("due_date", LocalDate.class),
				rs.getObject("resolved_on", LocalDate.class));
	}
}
