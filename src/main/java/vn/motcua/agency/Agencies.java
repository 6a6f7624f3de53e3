package vn.motcua.agency;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.AgencyAccess;

/** The reference list of agencies, and which of them this installation serves (active). */
@Service
public class Agencies {

	private static final String SELECT = """
			select a.code, a.name, a.kind, a.province_code, p.name as province_name, a.active
			from agency a join province p on p.code = a.province_code""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Agencies(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public Optional<Agency> find(String code) {
		return jdbc.sql(SELECT + " where a.code = ?").param(code).query(Agencies::map).optional();
	}

	public List<Agency> active() {
		return jdbc.sql(SELECT + " where a.active order by p.code, a.name").query(Agencies::map).list();
	}

	/** The active agencies the officer may see: those they work for, or all for the installation's administrator. */
	public List<Agency> visibleTo(Authentication authentication) {
		boolean all = AgencyAccess.isInstallationAdmin(authentication);
		Set<String> own = AgencyAccess.agencies(authentication);
		return active().stream().filter(agency -> all || own.contains(agency.code())).toList();
	}

	public List<Agency> inProvince(String provinceCode) {
		return jdbc.sql(SELECT + " where a.province_code = ? order by a.name").param(provinceCode)
			.query(Agencies::map).list();
	}

	public List<Province> provinces() {
		return jdbc.sql("""
				select p.code, p.name, count(a.code) as communes, count(a.code) filter (where a.active) as active_communes
				from province p left join agency a on a.province_code = p.code
				group by p.code, p.name order by p.code""")
			.query((rs, i) -> new Province(rs.getString("code"), rs.getString("name"), rs.getInt("communes"),
					rs.getInt("active_communes")))
			.list();
	}

	/** Starts or stops serving a commune; the change is audited. Returns false when the code is unknown. */
	@Transactional
	public boolean setActive(String code, boolean active) {
		Optional<Agency> agency = find(code);
		if (agency.isEmpty()) {
			return false;
		}
		if (agency.get().active() != active) {
			jdbc.sql("update agency set active = ? where code = ?").params(active, code).update();
			audit.record(active ? "AGENCY_ACTIVATED" : "AGENCY_DEACTIVATED", code, agency.get().name(),
					String.valueOf(!active), String.valueOf(active));
		}
		return true;
	}

	private static Agency map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Agency(rs.getString("code"), rs.getString("name"), Agency.Kind.valueOf(rs.getString("kind")),
				rs.getString("province_code"), rs.getString("province_name"), rs.getBoolean("active"));
	}
}
