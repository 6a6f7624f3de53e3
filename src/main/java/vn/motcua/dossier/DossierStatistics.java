package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The period figures of docs/legal-rules.md §4, computed by one set-based SQL statement over the dossier table (one
 * row per agency), and the list of dossiers behind each figure (drill-down). Every dossier accepted up to the end of
 * the period and not closed before it falls in exactly one of resolved / stopped / in progress / awaiting supplement,
 * which is why the figures always reconcile.
 */
@Service
public class DossierStatistics {

	/** The dossiers that concern the period [from, to], each classified once (the CTE both queries share). */
	private static final String CLASSIFIED = """
			with p as (
			  select cast(:from as date) as f, cast(:to as date) as t,
			         cast(:from as date)::timestamp at time zone 'Asia/Ho_Chi_Minh' as f_start,
			         (cast(:to as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh' as t_end
			), s as (
			  select d.*, (d.received_at at time zone 'Asia/Ho_Chi_Minh')::date as accepted_on, p.f, p.t, p.t_end
			  from dossier d, p
			  where d.agency_code = any(:agencies) and d.received_at is not null and d.received_at < p.t_end
			    and (d.resolved_on is null or d.resolved_on >= p.f)
			    and (d.closed_at is null or d.closed_at >= p.f_start)
			), waiting as (
			  select x.dossier_id from dossier_supplement x, p
			  where x.requested_at < p.t_end and (x.received_at is null or x.received_at >= p.t_end)
			  group by x.dossier_id
			), c as (
			  select s.*,
			    s.accepted_on < s.f as is_carried,
			    s.resolved_on is not null and s.resolved_on <= s.t as is_resolved,
			    s.closed_at is not null and s.closed_at < s.t_end as is_stopped,
			    waiting.dossier_id is not null as has_outstanding_supplement
			  from s left join waiting on waiting.dossier_id = s.id
			), k as (
			  select c.*,
			    not c.is_resolved and not c.is_stopped as is_open,
			    not c.is_resolved and not c.is_stopped and c.has_outstanding_supplement as is_awaiting
			  from c
			)
			""";

	/** Resolved dossiers with a stored component and, when approved, a stored result. */
	private static final String DIGITISED_CONDITION =
			"component_stored and (decision is distinct from 'APPROVED' or result_stored)";

	/** The figures a user can drill into, with the condition that selects their dossiers. */
	public enum Figure {
		CARRIED_OVER("is_carried"),
		RECEIVED("not is_carried"),
		RECEIVED_ONLINE("not is_carried and channel = 'ONLINE'"),
		RECEIVED_DIRECT("not is_carried and channel = 'DIRECT'"),
		RECEIVED_POSTAL("not is_carried and channel = 'POSTAL'"),
		RESOLVED("is_resolved"),
		RESOLVED_EARLY("is_resolved and resolved_on < due_date"),
		RESOLVED_ON_TIME("is_resolved and resolved_on = due_date"),
		RESOLVED_LATE("is_resolved and resolved_on > due_date"),
		STOPPED("is_stopped"),
		IN_PROGRESS("is_open and not is_awaiting"),
		IN_PROGRESS_WITHIN_TIME("is_open and not is_awaiting and t <= due_date"),
		IN_PROGRESS_OVERDUE("is_open and not is_awaiting and t > due_date"),
		AWAITING_SUPPLEMENT("is_awaiting"),
		DIGITIZED("is_resolved and " + DossierStatistics.DIGITISED_CONDITION),
		EXTENDED("(is_resolved or is_open) and extended_at is not null and extended_at < t_end");



		private final String condition;

		Figure(String condition) {
			this.condition = condition;
		}
	}

	/** One dossier behind a figure, as listed in a drill-down. */
	public record DossierLine(String code, String agencyCode, String procedureCode, String procedureName,
			String channel, String status, LocalDate acceptedOn, LocalDate dueDate, LocalDate resolvedOn) {
	}

	private final JdbcClient jdbc;

	DossierStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The figures of each agency (agencies without any dossier get a row of zeros), in the order given. */
	public List<PeriodFigures> figures(LocalDate from, LocalDate to, Collection<String> agencies) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the period ends before it starts");
		}
		StringBuilder sql = new StringBuilder(CLASSIFIED).append("select agency_code");
		for (Figure figure : Figure.values()) {
			sql.append(",\n count(*) filter (where ").append(figure.condition).append(") as ").append(figure.name());
		}
		sql.append("\nfrom k group by agency_code");
		Map<String, PeriodFigures> byAgency = new java.util.HashMap<>();
		jdbc.sql(sql.toString())
			.param("from", from).param("to", to).param("agencies", agencies.toArray(String[]::new))
			.query(rs -> {
				String agency = rs.getString("agency_code");
				byAgency.put(agency, new PeriodFigures(agency, from, to, rs.getLong("CARRIED_OVER"),
						new PeriodFigures.Received(rs.getLong("RECEIVED"), rs.getLong("RECEIVED_ONLINE"),
								rs.getLong("RECEIVED_DIRECT"), rs.getLong("RECEIVED_POSTAL")),
						new PeriodFigures.Resolved(rs.getLong("RESOLVED"), rs.getLong("RESOLVED_EARLY"),
								rs.getLong("RESOLVED_ON_TIME"), rs.getLong("RESOLVED_LATE")),
						rs.getLong("STOPPED"),
						new PeriodFigures.InProgress(rs.getLong("IN_PROGRESS"), rs.getLong("IN_PROGRESS_WITHIN_TIME"),
								rs.getLong("IN_PROGRESS_OVERDUE")),
						rs.getLong("AWAITING_SUPPLEMENT"), rs.getLong("DIGITIZED"), rs.getLong("EXTENDED"), 0));
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
			PeriodFigures f = byAgency.getOrDefault(agency, PeriodFigures.empty(agency, from, to));
			rows.add(new PeriodFigures(f.agencyCode(), from, to, f.carriedOver(), f.received(), f.resolved(),
					f.stopped(), f.inProgress(), f.awaitingSupplement(), f.digitized(), f.extended(),
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
		jdbc.sql(CLASSIFIED + "select coalesce(procedure_version_id, 0), count(*) from k where " + figure.condition
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
			.query((rs, i) -> new DossierLine(rs.getString("code"), rs.getString("agency_code"),
					rs.getString("procedure_code"), rs.getString("procedure_name"), rs.getString("channel"),
					rs.getString("status"), rs.getObject("accepted_on", LocalDate.class),
					rs.getObject("due_date", LocalDate.class), rs.getObject("resolved_on", LocalDate.class)))
			.list();
	}

	/** The dossiers behind one figure, by acceptance then code. */
	public List<DossierLine> behind(Figure figure, LocalDate from, LocalDate to, Collection<String> agencies, int limit,
			int offset) {
		return jdbc.sql(CLASSIFIED + "select code, agency_code, procedure_code, procedure_name, channel, status,"
				+ " accepted_on, due_date, resolved_on from k where " + figure.condition
				+ " order by accepted_on, code limit :limit offset :offset")
			.param("from", from).param("to", to).param("agencies", agencies.toArray(String[]::new))
			.param("limit", limit).param("offset", offset)
			.query((rs, i) -> new DossierLine(rs.getString("code"), rs.getString("agency_code"),
					rs.getString("procedure_code"), rs.getString("procedure_name"), rs.getString("channel"),
					rs.getString("status"), rs.getObject("accepted_on", LocalDate.class),
					rs.getObject("due_date", LocalDate.class), rs.getObject("resolved_on", LocalDate.class)))
			.list();
	}
}
