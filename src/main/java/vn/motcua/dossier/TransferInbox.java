package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import vn.motcua.agency.Agencies;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.VietnamTime;

/**
 * The liên thông parts of an officer's inbox (NĐ 61/2018/NĐ-CP Art. 19.5–19.6; NĐ 118/2025/NĐ-CP Art. 18): the
 * dossiers another commune of the installation transferred to the officer's communes, still waiting for their answer;
 * and, for the head of a one-stop (its leader, receiving officer or administrator), the transfers still out past the
 * end of their share, most overdue first, per commune. Only the officer's communes; the installation's administrator
 * sees every commune.
 */
@Service
public class TransferInbox {

	/** The most rows either list shows. */
	static final int LIMIT = 200;

	/** A dossier of another commune waiting for this agency's answer. */
	public record Consulted(String code, String fromAgency, String procedureName, int position, String agency,
			LocalDate shareDueDate, boolean overdue) {
	}

	/** A transfer still out after the end of its share. */
	public record Overdue(String code, String agencyCode, String agencyName, String procedureName, String agency,
			LocalDate shareDueDate, long daysOver) {
	}

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final Clock clock;

	TransferInbox(JdbcClient jdbc, Agencies agencies, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** The dossiers transferred to the officer's communes and not answered yet, the nearest end of share first. */
	public List<Consulted> consulted(Authentication officer) {
		boolean all = AgencyAccess.isInstallationAdmin(officer);
		Set<String> mine = AgencyAccess.agencies(officer);
		if (!all && mine.isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		Map<String, String> names = new HashMap<>();
		return jdbc.sql("""
				select d.code, d.agency_code, d.procedure_name, t.position, t.agency, t.share_due_date
				from dossier_transfer t join dossier d on d.id = t.dossier_id
				where t.returned_at is null and t.agency_code is not null""" + (all ? "" : " and t.agency_code in (:mine)")
				+ " order by t.share_due_date, d.id limit " + LIMIT)
			.params(all ? Map.of() : Map.of("mine", mine))
			.query((rs, i) -> {
				LocalDate due = rs.getObject("share_due_date", LocalDate.class);
				return new Consulted(rs.getString("code"), names.computeIfAbsent(rs.getString("agency_code"), this::name),
						rs.getString("procedure_name"), rs.getInt("position"), rs.getString("agency"), due,
						today.isAfter(due));
			})
			.list();
	}

	/**
	 * The transfers of the dossiers of the communes whose one-stop the officer heads (leader, receiving officer,
	 * administrator) still out after the end of their share, per commune, most overdue first (NĐ 61/2018 Art. 19.6:
	 * a late agency is reported to the head of the one-stop).
	 */
	public List<Overdue> overdue(Authentication officer) {
		boolean all = AgencyAccess.isInstallationAdmin(officer);
		Set<String> heads = new java.util.HashSet<>();
		for (OfficerRole role : List.of(OfficerRole.LEADER, OfficerRole.RECEIVING_OFFICER, OfficerRole.ADMINISTRATOR)) {
			heads.addAll(AgencyAccess.agenciesWhere(officer, role));
		}
		if (!all && heads.isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		Map<String, Object> params = new HashMap<>();
		params.put("today", today);
		if (!all) {
			params.put("heads", heads);
		}
		Map<String, String> names = new HashMap<>();
		return jdbc.sql("""
				select d.code, d.agency_code, d.procedure_name, t.agency, t.share_due_date
				from dossier_transfer t join dossier d on d.id = t.dossier_id
				where t.returned_at is null and t.share_due_date < :today""" + (all ? "" : " and d.agency_code in (:heads)")
				+ " order by d.agency_code, t.share_due_date, d.id limit " + LIMIT)
			.params(params)
			.query((rs, i) -> {
				LocalDate due = rs.getObject("share_due_date", LocalDate.class);
				String agency = rs.getString("agency_code");
				return new Overdue(rs.getString("code"), agency, names.computeIfAbsent(agency, this::name),
						rs.getString("procedure_name"), rs.getString("agency"), due, ChronoUnit.DAYS.between(due, today));
			})
			.list();
	}

	private String name(String agencyCode) {
		return agencies.find(agencyCode).map(a -> a.name()).orElse(agencyCode);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}
}
