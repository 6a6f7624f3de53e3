package vn.motcua.dossier;

/**
 * How a dossier counts in a period (docs/legal-rules.md §4), in SQL shared by every figure and drill-down of
 * {@link DossierStatistics}: every dossier accepted up to the end of the period and not closed before it is exactly
 * one of resolved / stopped / in progress / awaiting supplement at the period's end (the receipt and resolution
 * statistics of the one-stop's report, TT 01/2018/TT-VPCP Art. 11). A lapsed supplement request counts as resolved on
 * its lapse day (NĐ 61/2018 Art. 19.4, 19.8), a withdrawal as stopped from the day it was logged (NĐ 118/2025 Art. 21).
 */
final class PeriodClassification {

	/**
	 * The dossiers that concern the period [from, to] ({@code :from}, {@code :to}, {@code :agencies}), each classified
	 * once as {@code k}: carried over or not, its outcome at the end of the period, how long its supplement has waited.
	 */
	static final String CLASSIFIED = """
			with p as (
			  select cast(:from as date) as f, cast(:to as date) as t,
			         cast(:from as date)::timestamp at time zone 'Asia/Ho_Chi_Minh' as f_start,
			         (cast(:to as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh' as t_end
			), s as (
			  select d.*, (d.received_at at time zone 'Asia/Ho_Chi_Minh')::date as accepted_on, p.f, p.t, p.f_start, p.t_end,
			    coalesce(d.resolved_on, d.supplement_lapses_on) as r_on,
			    (d.supplement_lapses_on is not null
			     and coalesce(d.resolved_on, d.supplement_lapses_on) = d.supplement_lapses_on) as lapsed
			  from dossier d, p
			  where d.agency_code = any(:agencies) and d.received_at is not null and d.received_at < p.t_end
			    and (coalesce(d.resolved_on, d.supplement_lapses_on) is null
			         or coalesce(d.resolved_on, d.supplement_lapses_on) >= p.f)
			    and (d.closed_at is null or d.closed_at >= p.f_start)
			), waiting as (
			  select x.dossier_id, max(x.requested_at) as requested_at from dossier_supplement x, p
			  where x.requested_at < p.t_end and (x.received_at is null or x.received_at >= p.t_end)
			  group by x.dossier_id
			), k as (
			  select s.*,
			    s.received_at < s.f_start as is_carried,
			    s.t - (waiting.requested_at at time zone 'Asia/Ho_Chi_Minh')::date as waited_days,
			    case when s.r_on is not null and s.r_on <= s.t then 'RESOLVED'
			         when s.closed_at is not null and s.closed_at < s.t_end then 'STOPPED'
			         when waiting.dossier_id is not null then 'AWAITING'
			         else 'IN_PROGRESS' end as outcome
			  from s left join waiting on waiting.dossier_id = s.id
			)
			""";

	/** Resolved dossiers with a stored component and, when approved, a stored result. */
	static final String DIGITISED =
			"component_stored and (decision is distinct from 'APPROVED' or result_stored)";

	private PeriodClassification() {
	}
}
