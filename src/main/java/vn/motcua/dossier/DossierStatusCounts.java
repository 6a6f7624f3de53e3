package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.shared.VietnamTime;

/**
 * Read-only, set-based counts over the dossier table for the public dashboard: per procedure, how many dossiers were
 * received (accepted) and resolved in a period, and how many of the resolved ones were resolved by the due date D
 * (early or on time, legal-rules §3). No personal data leaves this class. The full period report is the reporting
 * module's.
 */
@Component
public class DossierStatusCounts {

	private final JdbcClient jdbc;

	DossierStatusCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts for one procedure in the period [from, to] (inclusive dates, Vietnam time). */
	public record ProcedureCounts(String procedureCode, String procedureName, long received, long resolved,
			long resolvedInTime) {
	}

	/** One row per procedure that had a dossier received or resolved in [from, to] at the agency. */
	public List<ProcedureCounts> byProcedure(String agencyCode, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select procedure_code, min(procedure_name) as procedure_name,
				  count(*) filter (where received_at is not null
				    and (received_at at time zone :zone)::date between :from and :to) as received,
				  count(*) filter (where resolved_on between :from and :to) as resolved,
				  count(*) filter (where resolved_on between :from and :to and resolved_on <= due_date) as in_time
				from dossier
				where agency_code = :agency
				  and ((received_at is not null and (received_at at time zone :zone)::date between :from and :to)
				    or resolved_on between :from and :to)
				group by procedure_code
				order by procedure_code""")
			.param("zone", VietnamTime.ZONE.getId())
			.param("from", from)
			.param("to", to)
			.param("agency", agencyCode)
			.query((rs, n) -> new ProcedureCounts(rs.getString("procedure_code"), rs.getString("procedure_name"),
					rs.getLong("received"), rs.getLong("resolved"), rs.getLong("in_time")))
			.list();
	}
}
