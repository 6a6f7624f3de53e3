package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.shared.VietnamTime;

/**
 * The time an applicant has to supplement a dossier after acceptance, where the procedure's own sector law sets one
 * (table {@code supplement_lapse_rule}: procedure code, working days, legal basis). No general lapse rule exists
 * (NĐ 61/2018 Art. 15–22; NĐ 118/2025): without a rule the dossier stays awaiting supplement and the applicant can
 * always withdraw it. With one, the request says until which day the applicant may supplement (the N-th working day
 * after the day of the request); the day after that, the request lapses and the dossier is returned with the written
 * refusal notice (NĐ 61/2018 Art. 19.4, 19.8) by {@link SupplementLapses}.
 */
@Component
public class SupplementLapseRules {

	/** One procedure's rule. */
	public record Rule(String procedureCode, int workingDays, String legalBasis) {
	}

	private final JdbcClient jdbc;

	private final DeadlineCalendar calendar;

	SupplementLapseRules(JdbcClient jdbc, DeadlineCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** Every procedure's rule, by procedure code. */
	public List<Rule> all() {
		return jdbc.sql("select procedure_code, working_days, legal_basis from supplement_lapse_rule order by procedure_code")
			.query((rs, i) -> new Rule(rs.getString(1), rs.getInt(2), rs.getString(3)))
			.list();
	}

	/**
	 * Removes a procedure's rule: its outstanding requests no longer lapse (the dossier waits, the applicant can
	 * withdraw it; NĐ 61/2018 Art. 15–22 set no general lapse). Answers the rule removed, if there was one.
	 */
	@Transactional
	public Optional<Rule> remove(String procedureCode) {
		Optional<Rule> removed = rule(procedureCode);
		if (removed.isPresent()) {
			jdbc.sql("delete from supplement_lapse_rule where procedure_code = ?").param(procedureCode).update();
			jdbc.sql("""
					update dossier set supplement_lapses_on = null, version = version + 1
					where procedure_code = ? and status = 'AWAITING_SUPPLEMENT' and supplement_lapses_on is not null""")
				.param(procedureCode).update();
		}
		return removed;
	}

	Optional<Rule> rule(String procedureCode) {
		return jdbc.sql("select procedure_code, working_days, legal_basis from supplement_lapse_rule where procedure_code = ?")
			.param(procedureCode)
			.query((rs, i) -> new Rule(rs.getString(1), rs.getInt(2), rs.getString(3)))
			.optional();
	}

	/**
	 * Sets (or replaces) a procedure's rule, and dates the lapse of every request of that procedure still outstanding
	 * from the day it was made (so a rule set today also closes the requests that have waited since 2025).
	 */
	@Transactional
	public void set(String procedureCode, int workingDays, String legalBasis) {
		jdbc.sql("""
				insert into supplement_lapse_rule (procedure_code, working_days, legal_basis) values (?, ?, ?)
				on conflict (procedure_code) do update set working_days = excluded.working_days,
				  legal_basis = excluded.legal_basis""")
			.params(procedureCode, workingDays, legalBasis).update();
		dateOutstanding(procedureCode);
	}

	/**
	 * Dates the lapse of the outstanding requests that have none yet (imported, or made before the rule; all
	 * procedures with a rule when {@code procedureCode} is null); answers how many were dated.
	 */
	int dateOutstanding(String procedureCode) {
		record Outstanding(long id, String procedureCode, OffsetDateTime requestedAt) {
		}
		List<Outstanding> waiting = jdbc.sql("""
				select d.id, d.procedure_code, x.requested_at from dossier d
				join supplement_lapse_rule r on r.procedure_code = d.procedure_code
				join dossier_supplement x on x.dossier_id = d.id and x.received_at is null
				where d.status = 'AWAITING_SUPPLEMENT' and (cast(:procedure as text) is null or d.procedure_code = :procedure)
				  and (d.supplement_lapses_on is null or cast(:procedure as text) is not null)""")
			.param("procedure", procedureCode)
			.query((rs, i) -> new Outstanding(rs.getLong(1), rs.getString(2), VietnamTime.read(rs, 3)))
			.list();
		for (Outstanding o : waiting) {
			LocalDate lapses = lapsesOn(o.procedureCode(), o.requestedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate())
				.orElseThrow();
			jdbc.sql("update dossier set supplement_lapses_on = ?, version = version + 1 where id = ?")
				.params(lapses, o.id()).update();
		}
		return waiting.size();
	}

	/** The last day to supplement a request made on {@code requestedOn}, or empty when no rule applies. */
	Optional<LocalDate> supplementBy(String procedureCode, LocalDate requestedOn) {
		return rule(procedureCode).map(r -> calendar.plusWorkingDays(requestedOn, r.workingDays()));
	}

	/** The day a request made on {@code requestedOn} lapses if nothing arrives: the day after the last day. */
	Optional<LocalDate> lapsesOn(String procedureCode, LocalDate requestedOn) {
		return supplementBy(procedureCode, requestedOn).map(last -> last.plusDays(1));
	}
}
