package vn.motcua.feedback;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.reporting.SatisfactionSignals;

/**
 * What the satisfaction indicator (Decision 766, 5.4) takes from the citizens' side: the dossiers that drew, in the
 * period, a "not satisfied" rating (overall 1 or 2 of 5) or a petition (phản ánh, kiến nghị) naming them.
 */
@Component
class SatisfactionSignalsForReports implements SatisfactionSignals {

	private final JdbcClient jdbc;

	SatisfactionSignalsForReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long dossiersWithComplaintOrDislike(Collection<String> agencies, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(*) from (
				  select dossier_code from satisfaction_rating
				  where agency_code = any(:agencies) and overall <= 2
				    and rated_at >= cast(:from as date)::timestamp at time zone 'Asia/Ho_Chi_Minh'
				    and rated_at < (cast(:to as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'
				  union
				  select dossier_code from petition
				  where agency_code = any(:agencies) and dossier_code is not null and received_on between :from and :to
				) unhappy""")
			.param("agencies", agencies.toArray(String[]::new)).param("from", from).param("to", to)
			.query(Long.class).single();
	}

	@Override
	public CitizenFigures citizenFigures(Collection<String> agencies, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select
				  (select count(*) from petition where agency_code = any(:agencies) and received_on between :from and :to),
				  (select count(*) from petition where agency_code = any(:agencies) and received_on between :from and :to
				     and status in ('ANSWERED', 'REOPENED')),
				  (select count(*) from satisfaction_rating where agency_code = any(:agencies)
				     and rated_at >= cast(:from as date)::timestamp at time zone 'Asia/Ho_Chi_Minh'
				     and rated_at < (cast(:to as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'),
				  (select count(*) from satisfaction_rating where agency_code = any(:agencies) and overall >= 4
				     and rated_at >= cast(:from as date)::timestamp at time zone 'Asia/Ho_Chi_Minh'
				     and rated_at < (cast(:to as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')""")
			.param("agencies", agencies.toArray(String[]::new)).param("from", from).param("to", to)
			.query((rs, i) -> new CitizenFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}
}
