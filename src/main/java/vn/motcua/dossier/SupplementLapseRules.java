package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.DeadlineCalendar;

/**
 * The time an applicant has to supplement a dossier after acceptance, where the procedure's own sector law sets one
 * (table {@code supplement_lapse_rule}: procedure code, working days, legal basis). No general lapse rule exists
 * (NĐ 61/2018 Art. 15–22; NĐ 118/2025): without a rule the dossier stays awaiting supplement and the applicant can
 * always withdraw it. With one, the request says until which day the applicant may supplement (the N-th working day
 * after the day of the request); the day after that, the request lapses and the dossier is returned with the written
 * refusal notice (NĐ 61/2018 Art. 19.4, 19.8) by {@link SupplementLapses}.
 */
@Component
class SupplementLapseRules {

	/** One procedure's rule. */
	record Rule(String procedureCode, int workingDays, String legalBasis) {
	}

	private final JdbcClient jdbc;

	private final DeadlineCalendar calendar;

	SupplementLapseRules(JdbcClient jdbc, DeadlineCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	Optional<Rule> rule(String procedureCode) {
		return jdbc.sql("select procedure_code, working_days, legal_basis from supplement_lapse_rule where procedure_code = ?")
			.param(procedureCode)
			.query((rs, i) -> new Rule(rs.getString(1), rs.getInt(2), rs.getString(3)))
			.optional();
	}

	/** Sets (or replaces) a procedure's rule. */
	void set(String procedureCode, int workingDays, String legalBasis) {
		jdbc.sql("""
				insert into supplement_lapse_rule (procedure_code, working_days, legal_basis) values (?, ?, ?)
				on conflict (procedure_code) do update set working_days = excluded.working_days,
				  legal_basis = excluded.legal_basis""")
			.params(procedureCode, workingDays, legalBasis).update();
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
