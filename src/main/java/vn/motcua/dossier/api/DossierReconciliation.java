package vn.motcua.dossier.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.ActingOfficer;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.VietnamTime;

/**
 * The list integrators reconcile their records with: the dossiers handed in on the days {@code from}–{@code to}
 * (Vietnam time), in the agencies the account may see, oldest first, {@value #PAGE_SIZE} a page.
 */
@Component
class DossierReconciliation {

	static final int PAGE_SIZE = 100;

	private final JdbcClient jdbc;

	DossierReconciliation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One line of the list: enough to compare with the integrator's copy and to fetch the dossier when it differs. */
	record Line(String code, String agency, String procedureCode, String status, int version,
			OffsetDateTime submittedAt, OffsetDateTime receivedAt, LocalDate dueDate, LocalDate extendedDueDate,
			LocalDate resolvedOn) {
	}

	record Page(int page, int size, long total, List<Line> items) {
	}

	Page list(ActingOfficer officer, String agency, DossierStatus status, LocalDate from, LocalDate to, int page) {
		Map<String, Object> params = new HashMap<>();
		List<String> conditions = new ArrayList<>();
		if (agency != null) {
			conditions.add("agency_code = :agency");
			params.put("agency", agency);
		}
		if (!officer.installationAdmin()) {
			conditions.add("agency_code in (:visible)");
			List<String> visible = new ArrayList<>();
			officer.agenciesByRole().values().forEach(visible::addAll);
			visible.add(""); // never an empty list in SQL
			params.put("visible", visible);
		}
		if (status != null) {
			conditions.add("status = :status");
			params.put("status", status.name());
		}
		if (from != null) {
			conditions.add("submitted_at >= :from");
			params.put("from", from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		}
		if (to != null) {
			conditions.add("submitted_at < :to");
			params.put("to", to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = jdbc.sql("select count(*) from dossier" + where).params(params).query(Long.class).single();
		params.put("limit", PAGE_SIZE);
		params.put("offset", (long) (page - 1) * PAGE_SIZE);
		List<Line> items = jdbc.sql("""
				select code, agency_code, procedure_code, status, version, submitted_at, received_at, due_date,
				  extended_due_date, resolved_on from dossier""" + where + " order by submitted_at, id limit :limit offset :offset")
			.params(params)
			.query((rs, i) -> new Line(rs.getString("code"), rs.getString("agency_code"), rs.getString("procedure_code"),
					rs.getString("status"), rs.getInt("version"), VietnamTime.read(rs, "submitted_at"),
					VietnamTime.read(rs, "received_at"), rs.getObject("due_date", LocalDate.class),
					rs.getObject("extended_due_date", LocalDate.class), rs.getObject("resolved_on", LocalDate.class)))
			.list();
		return new Page(page, PAGE_SIZE, total, items);
	}
}
