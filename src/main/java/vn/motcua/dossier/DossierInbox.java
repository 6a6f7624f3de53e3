package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.VietnamTime;

/**
 * What is waiting for an officer, by role: the counter's work for a receiving officer (online submissions to accept,
 * dossiers to assign, supplements to receive, results to return), a specialist's own dossiers under review, the whole
 * agency for a leader (including what awaits their decision). Only the officer's agencies; one set-based query per
 * page, ordered by the date promised (overdue first), paginated.
 */
@Service
public class DossierInbox {

	public static final int PAGE_SIZE = 25;

	private static final String PROMISED = "coalesce(d.extended_due_date, d.due_date)";

	/** What waits for the counter; a withdrawal requested online waits for its stop notice (Mẫu 05). */
	private static final List<String> COUNTER = List.of("SUBMITTED", "RECEIVED", "AWAITING_SUPPLEMENT", "RESOLVED",
			"WITHDRAWAL_REQUESTED");

	private static final List<String> AGENCY = List.of("SUBMITTED", "RECEIVED", "IN_REVIEW", "AWAITING_DECISION",
			"AWAITING_SUPPLEMENT", "RESOLVED", "WITHDRAWAL_REQUESTED");

	private final JdbcClient jdbc;

	private final DeadlineCalendar calendar;

	private final Clock clock;

	DossierInbox(JdbcClient jdbc, DeadlineCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.clock = clock;
	}

	public Inbox of(Authentication officer, String procedureCode, DossierStatus status, int page) {
		Map<String, Object> params = new HashMap<>();
		String mine = mine(officer, params);
		String where = where(mine, procedureCode, status, params);
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		LocalDate soon = calendar.plusWorkingDays(today, 1);
		int current = Math.max(1, page);
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		List<InboxRow> rows = rows(where, params, current, today, soon);
		params.put("soon", soon);
		List<InboxRow> dueSoon = jdbc.sql(COLUMNS + where + " and d.status not in ('AWAITING_SUPPLEMENT', 'RESOLVED', 'WITHDRAWAL_REQUESTED') and "
				+ PROMISED + " <= :soon order by " + PROMISED + ", d.id limit 50")
			.params(params).query((rs, i) -> row(rs, today, soon)).list();
		Map<String, String> procedures = new LinkedHashMap<>();
		jdbc.sql("select distinct d.procedure_code, d.procedure_name from dossier d where (" + mine
				+ ") order by d.procedure_name").params(params)
			.query(rs -> {
				procedures.put(rs.getString(1), rs.getString(2));
			});
		return new Inbox(rows, current, PAGE_SIZE, total, dueSoon, procedures);
	}

	/** One page of what waits for the officer, most urgent first, without the inbox's counts and lists. */
	public List<InboxRow> rows(Authentication officer, String procedureCode, DossierStatus status, int page) {
		Map<String, Object> params = new HashMap<>();
		String where = where(mine(officer, params), procedureCode, status, params);
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		return rows(where, params, Math.max(1, page), today, calendar.plusWorkingDays(today, 1));
	}

	private static final String COLUMNS = """
			select d.code, d.agency_code, d.procedure_code, d.procedure_name, d.applicant_name, d.status,
			  d.specialist, d.submitted_at, %s as promised""".formatted(PROMISED);

	private static String where(String mine, String procedureCode, DossierStatus status, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" from dossier d where (").append(mine).append(")");
		if (procedureCode != null && !procedureCode.isBlank()) {
			where.append(" and d.procedure_code = :procedure");
			params.put("procedure", procedureCode.strip());
		}
		if (status != null) {
			where.append(" and d.status = :status");
			params.put("status", status.name());
		}
		return where.toString();
	}

	private List<InboxRow> rows(String where, Map<String, Object> params, int page, LocalDate today, LocalDate soon) {
		params.put("limit", PAGE_SIZE);
		params.put("offset", (page - 1) * PAGE_SIZE);
		return jdbc.sql(COLUMNS + where + " order by " + PROMISED + " nulls last, d.submitted_at, d.id limit :limit offset :offset")
			.params(params).query((rs, i) -> row(rs, today, soon)).list();
	}

	/** The part of the where clause that says which dossiers wait for this officer. */
	static String mine(Authentication officer, Map<String, Object> params) {
		List<String> clauses = new ArrayList<>();
		params.put("agencyStatuses", AGENCY);
		if (AgencyAccess.isInstallationAdmin(officer)) {
			clauses.add("d.status in (:agencyStatuses)");
		}
		Set<String> leading = AgencyAccess.agenciesWhere(officer, OfficerRole.LEADER);
		leading.addAll(AgencyAccess.agenciesWhere(officer, OfficerRole.ADMINISTRATOR));
		if (!leading.isEmpty()) {
			clauses.add("(d.agency_code in (:leading) and d.status in (:agencyStatuses))");
			params.put("leading", leading);
		}
		Set<String> counter = AgencyAccess.agenciesWhere(officer, OfficerRole.RECEIVING_OFFICER);
		if (!counter.isEmpty()) {
			clauses.add("(d.agency_code in (:counter) and d.status in (:counterStatuses))");
			params.put("counter", counter);
			params.put("counterStatuses", COUNTER);
		}
		Set<String> reviewing = AgencyAccess.agenciesWhere(officer, OfficerRole.SPECIALIST);
		if (!reviewing.isEmpty()) {
			clauses.add("(d.agency_code in (:reviewing) and d.status = 'IN_REVIEW' and d.specialist = :me)");
			params.put("reviewing", reviewing);
			params.put("me", officer.getName());
		}
		return clauses.isEmpty() ? "false" : String.join(" or ", clauses);
	}

	private InboxRow row(ResultSet rs, LocalDate today, LocalDate soon) throws SQLException {
		DossierStatus status = DossierStatus.valueOf(rs.getString("status"));
		LocalDate promised = rs.getObject("promised", LocalDate.class);
		boolean running = promised != null && status.clockRuns();
		return new InboxRow(rs.getString("code"), rs.getString("agency_code"), rs.getString("procedure_code"),
				rs.getString("procedure_name"), rs.getString("applicant_name"), status, rs.getString("specialist"),
				VietnamTime.read(rs, "submitted_at"), promised,
				running ? calendar.countdown(promised, today) : null, running && !promised.isAfter(soon));
	}
}
