package vn.motcua.audit;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.motcua.shared.VietnamTime;

/**
 * Appends to the audit log in the caller's transaction, so that a change and its audit line commit or roll back
 * together. The actor is the signed-in user (or {@code system} outside a request).
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action of the current user. */
	public void record(String action, String agencyCode, String target, String before, String after) {
		recordAs(currentActor(), action, agencyCode, target, before, after);
	}

	/** Records an action on behalf of a named actor (a sign-in attempt, where nobody is signed in yet). */
	public void recordAs(String actor, String action, String agencyCode, String target, String before, String after) {
		jdbc.sql("""
				insert into audit_entry (at, actor, agency_code, action, target, before_value, after_value, remote_address)
				values (:at, :actor, :agency, :action, :target, :before, :after, :remote)""")
			.param("at", OffsetDateTime.now(clock))
			.param("actor", actor)
			.param("agency", agencyCode)
			.param("action", action)
			.param("target", target)
			.param("before", before)
			.param("after", after)
			.param("remote", remoteAddress())
			.update();
	}

	/** One line of {@link #recordAll}. */
	public record Line(String action, String agencyCode, String target, String before, String after) {
	}

	/** Records several actions of the current user in one statement (the files of one upload, for instance). */
	public void recordAll(List<Line> lines) {
		if (lines.isEmpty()) {
			return;
		}
		int n = lines.size();
		String[] actions = new String[n];
		String[] agencies = new String[n];
		String[] targets = new String[n];
		String[] befores = new String[n];
		String[] afters = new String[n];
		for (int i = 0; i < n; i++) {
			Line line = lines.get(i);
			actions[i] = line.action();
			agencies[i] = line.agencyCode();
			targets[i] = line.target();
			befores[i] = line.before();
			afters[i] = line.after();
		}
		jdbc.sql("""
				insert into audit_entry (at, actor, agency_code, action, target, before_value, after_value, remote_address)
				select :at, :actor, g, a, t, b, f, :remote
				from unnest(cast(:actions as text[]), cast(:agencies as text[]), cast(:targets as text[]),
				  cast(:befores as text[]), cast(:afters as text[])) with ordinality as l(a, g, t, b, f, n)
				order by n""")
			.param("at", OffsetDateTime.now(clock))
			.param("actor", currentActor())
			.param("remote", remoteAddress())
			.param("actions", actions)
			.param("agencies", agencies)
			.param("targets", targets)
			.param("befores", befores)
			.param("afters", afters)
			.update();
	}

	public List<AuditEntry> find(AuditQuery query) {
		StringBuilder sql = new StringBuilder("""
				select id, at, actor, agency_code, action, target, before_value, after_value, remote_address
				from audit_entry where true""");
		List<Object> params = new ArrayList<>();
		if (query.actor() != null && !query.actor().isBlank()) {
			sql.append(" and actor = ?");
			params.add(query.actor().trim());
		}
		if (query.action() != null && !query.action().isBlank()) {
			sql.append(" and action = ?");
			params.add(query.action().trim());
		}
		if (query.agencyCode() != null && !query.agencyCode().isBlank()) {
			sql.append(" and agency_code = ?");
			params.add(query.agencyCode().trim());
		}
		if (query.from() != null) {
			sql.append(" and at >= ?");
			params.add(query.from().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		}
		if (query.to() != null) {
			sql.append(" and at < ?");
			params.add(query.to().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(VietnamTime.ZONE).toOffsetDateTime());
		}
		if (query.agencies() != null) {
			sql.append(" and (agency_code = any(?)").append(query.includeInstallationWide() ? " or agency_code is null)" : ")");
			params.add(query.agencies().toArray(String[]::new));
		}
		sql.append(" order by id desc limit ? offset ?");
		params.add(query.size() + 1);
		params.add(Math.max(0, query.page()) * query.size());
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, i) -> new AuditEntry(rs.getLong("id"), VietnamTime.read(rs, "at"),
					rs.getString("actor"), rs.getString("agency_code"), rs.getString("action"), rs.getString("target"),
					rs.getString("before_value"), rs.getString("after_value"), rs.getString("remote_address")))
			.list();
	}

	/** Who is acting: the signed-in user, or {@code system} outside a request. */
	public static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? "system" : authentication.getName();
	}

	private static String remoteAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest().getRemoteAddr() : null;
	}
}
