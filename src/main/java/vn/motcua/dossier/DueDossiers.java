package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.shared.VietnamTime;

/**
 * The dossiers whose legal clock runs (received, in review, awaiting the decision: {@link DossierStatus#clockRuns()})
 * and whose promised date (the extended due date, else the due date) falls by a given day: what the officers are
 * warned of and listed on their notices page (issue 16 item 5). One set-based query each, most urgent first.
 */
@Service
public class DueDossiers {

	/**
	 * A dossier that is due: {@code dueAt} is the instant the result is promised for (the receipt's time on the
	 * extended date when extended), {@code null} when the dossier recorded only a date.
	 */
	public record Due(String code, String agencyCode, String procedureName, DossierStatus status, String specialist,
			LocalDate promised, OffsetDateTime dueAt) {
	}

	private static final String PROMISED = "coalesce(d.extended_due_date, d.due_date)";

	private static final String SELECT = """
			select d.code, d.agency_code, d.procedure_name, d.status, d.specialist, d.due_at, d.extended_due_date,
			  %s as promised
			from dossier d
			where d.status in ('RECEIVED', 'IN_REVIEW', 'AWAITING_DECISION') and %s <= :until""".formatted(PROMISED,
			PROMISED);

	private final JdbcClient jdbc;

	DueDossiers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every agency's running dossiers promised from {@code from} to {@code until} (both included). */
	public List<Due> promisedBetween(LocalDate from, LocalDate until) {
		return jdbc.sql(SELECT + " and " + PROMISED + " >= :from order by " + PROMISED + ", d.id")
			.param("until", until).param("from", from).query(DueDossiers::map).list();
	}

	/**
	 * An officer's running dossiers promised by {@code until}, overdue ones included, most urgent first: every one of
	 * the agencies in {@code wholeAgencies}, and in {@code ownIn} only those assigned to {@code username}.
	 */
	public List<Due> promisedBy(LocalDate until, Set<String> wholeAgencies, Set<String> ownIn, String username,
			int limit) {
		List<String> clauses = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (!wholeAgencies.isEmpty()) {
			clauses.add("d.agency_code in (:whole)");
			params.put("whole", wholeAgencies);
		}
		if (!ownIn.isEmpty()) {
			clauses.add("(d.agency_code in (:own) and d.specialist = :me)");
			params.put("own", ownIn);
			params.put("me", username);
		}
		if (clauses.isEmpty()) {
			return List.of();
		}
		params.put("until", until);
		params.put("limit", limit);
		return jdbc.sql(SELECT + " and (" + String.join(" or ", clauses) + ") order by " + PROMISED
				+ ", d.due_at nulls last, d.id limit :limit").params(params).query(DueDossiers::map).list();
	}

	private static Due map(ResultSet rs, int row) throws SQLException {
		LocalDate promised = rs.getObject("promised", LocalDate.class);
		LocalDate extended = rs.getObject("extended_due_date", LocalDate.class);
		OffsetDateTime dueAt = VietnamTime.read(rs, "due_at");
		if (dueAt != null && extended != null) {
			dueAt = extended.atTime(dueAt.atZoneSameInstant(VietnamTime.ZONE).toLocalTime()).atZone(VietnamTime.ZONE)
				.toOffsetDateTime();
		}
		return new Due(rs.getString("code"), rs.getString("agency_code"), rs.getString("procedure_name"),
				DossierStatus.valueOf(rs.getString("status")), rs.getString("specialist"), promised, dueAt);
	}
}
