package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dossier codes {@code <agency code>-YYMMDD-NNNN}: a daily sequence per agency, taken inside the intake transaction.
 * The row lock makes concurrent intakes wait for each other's number, and a rolled-back intake gives its number back,
 * so the codes of a day are distinct and without gaps.
 */
@Component
class DossierCodes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final JdbcClient jdbc;

	DossierCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(String agencyCode, LocalDate day) {
		int number = jdbc.sql("""
				insert into dossier_code_sequence (agency_code, day, last_number) values (?, ?, 1)
				on conflict (agency_code, day) do update set last_number = dossier_code_sequence.last_number + 1
				returning last_number""").params(agencyCode, day).query(Integer.class).single();
		return agencyCode + "-" + DAY.format(day) + "-" + String.format("%04d", number);
	}
}
