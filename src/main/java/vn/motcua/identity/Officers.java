package vn.motcua.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.identity.Officer.Membership;
import vn.motcua.shared.OfficerRole;

/** The officer accounts, stored in {@code officer} and {@code officer_role}. */
@Repository
class Officers {

	private static final String SELECT = """
			select id, username, full_name, active, installation_admin from officer""";

	private final JdbcClient jdbc;

	Officers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Officer> findByUsername(String username) {
		return withMemberships(jdbc.sql(SELECT + " where lower(username) = lower(?)").param(username)
			.query(Officers::map).list()).stream().findFirst();
	}

	Optional<Officer> findById(long id) {
		return withMemberships(jdbc.sql(SELECT + " where id = ?").param(id).query(Officers::map).list()).stream()
			.findFirst();
	}

	Optional<String> passwordHash(String username) {
		return jdbc.sql("select password_hash from officer where lower(username) = lower(?)").param(username)
			.query(String.class).optional();
	}

	/** All officers, or ({@code agencies} not null) those holding a role in one of these agencies. */
	List<Officer> findAll(Collection<String> agencies) {
		List<Officer> officers = agencies == null
				? jdbc.sql(SELECT + " order by lower(username)").query(Officers::map).list()
				: jdbc.sql(SELECT + " where id in (select officer_id from officer_role where agency_code = any(?))"
						+ " order by lower(username)").param(agencies.toArray(String[]::new)).query(Officers::map).list();
		return withMemberships(officers);
	}

	boolean usernameTaken(String username) {
		return jdbc.sql("select count(*) from officer where lower(username) = lower(?)").param(username)
			.query(Integer.class).single() > 0;
	}

	long insert(String username, String fullName, String passwordHash, boolean installationAdmin) {
		return jdbc.sql("""
				insert into officer (username, full_name, password_hash, installation_admin)
				values (?, ?, ?, ?) returning id""")
			.params(username, fullName, passwordHash, installationAdmin).query(Long.class).single();
	}

	Optional<String> position(String username) {
		return jdbc.sql("select position from officer where username = ? and position is not null").param(username)
			.query(String.class).optional();
	}

	void setPosition(long id, String position) {
		jdbc.sql("update officer set position = ? where id = ?").params(position, id).update();
	}

	Optional<String> email(String username) {
		return jdbc.sql("select email from officer where lower(username) = lower(?) and email is not null").param(username)
			.query(String.class).optional();
	}

	void setEmail(long id, String email) {
		jdbc.sql("update officer set email = ? where id = ?").params(email, id).update();
	}

	/** The e-mail address of every active officer who has one, by user name. */
	Map<String, String> activeEmails() {
		Map<String, String> emails = new LinkedHashMap<>();
		jdbc.sql("select username, email from officer where active and email is not null order by username")
			.query(rs -> {
				emails.put(rs.getString(1), rs.getString(2));
			});
		return emails;
	}

	/** The user names of the active officers holding the role in the agency. */
	List<String> activeHolding(String agencyCode, OfficerRole role) {
		return jdbc.sql("""
				select o.username from officer o join officer_role r on r.officer_id = o.id
				where o.active and r.agency_code = ? and r.role = ? order by o.username""")
			.params(agencyCode, role.name()).query(String.class).list();
	}

	void updateProfile(long id, String fullName) {
		jdbc.sql("update officer set full_name = ? where id = ?").params(fullName, id).update();
	}

	void replaceMemberships(long id, Set<Membership> memberships) {
		jdbc.sql("delete from officer_role where officer_id = ?").param(id).update();
		for (Membership membership : memberships) {
			jdbc.sql("insert into officer_role (officer_id, agency_code, role) values (?, ?, ?)")
				.params(id, membership.agencyCode(), membership.role().name()).update();
		}
	}

	void setActive(long id, boolean active) {
		jdbc.sql("update officer set active = ?, security_stamp = security_stamp + 1 where id = ?").params(active, id)
			.update();
	}

	void setPasswordHash(long id, String passwordHash) {
		jdbc.sql("update officer set password_hash = ?, security_stamp = security_stamp + 1 where id = ?")
			.params(passwordHash, id).update();
	}

	/**
	 * The account's security stamp if it may still act ({@code active}); empty for a deactivated or deleted account.
	 */
	Optional<Long> activeSecurityStamp(long id) {
		return jdbc.sql("select security_stamp from officer where id = ? and active").param(id).query(Long.class)
			.optional();
	}

	long securityStamp(String username) {
		return jdbc.sql("select security_stamp from officer where lower(username) = lower(?)").param(username)
			.query(Long.class).single();
	}

	/** Ends every session of the account: they were signed in with an older stamp. */
	void raiseSecurityStamp(long id) {
		jdbc.sql("update officer set security_stamp = security_stamp + 1 where id = ?").param(id).update();
	}

	private List<Officer> withMemberships(List<Officer> officers) {
		if (officers.isEmpty()) {
			return officers;
		}
		Map<Long, Set<Membership>> memberships = new HashMap<>();
		jdbc.sql("select officer_id, agency_code, role from officer_role where officer_id = any(?)")
			.param(officers.stream().map(Officer::id).toArray(Long[]::new))
			.query(rs -> {
				memberships.computeIfAbsent(rs.getLong("officer_id"), id -> new TreeSet<>())
					.add(new Membership(rs.getString("agency_code"), OfficerRole.valueOf(rs.getString("role"))));
			});
		Map<Long, Officer> result = new LinkedHashMap<>();
		for (Officer o : officers) {
			result.put(o.id(), new Officer(o.id(), o.username(), o.fullName(), o.active(), o.installationAdmin(),
					memberships.getOrDefault(o.id(), Set.of())));
		}
		return List.copyOf(result.values());
	}

	private static Officer map(ResultSet rs, int row) throws SQLException {
		return new Officer(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
				rs.getBoolean("active"), rs.getBoolean("installation_admin"), Set.of());
	}
}
