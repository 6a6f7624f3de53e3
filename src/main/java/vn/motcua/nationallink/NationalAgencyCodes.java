package vn.motcua.nationallink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.audit.AuditTrail;

/**
 * Each commune's agency code on the national portal ({@code madonvi}, sent with every call of the integration
 * service; docs/national-link.md), set by an administrator; a commune without one uses the installation's
 * {@code MOTCUA_DVCQG_MADONVI}, else its own code. The outbox asks for it at every step, so it is cached; an edit
 * clears this instance's cache at once, and another instance on the same database reads the edit within
 * {@link #KEPT} (its cache entries expire).
 */
@Component
class NationalAgencyCodes {

	/** How long a cached code is used before it is read again. */
	static final Duration KEPT = Duration.ofSeconds(30);

	/** The longest code accepted (the portal's codes are a few characters; the column allows 50). */
	static final int MAX_LENGTH = 50;

	private record Cached(String madonvi, Instant until) {
	}

	private final JdbcClient jdbc;

	private final NationalLinkSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	NationalAgencyCodes(JdbcClient jdbc, NationalLinkSettings settings, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** The code the portal knows the commune by: its own as set, else the installation's default, else its code. */
	String madonvi(String agencyCode) {
		Instant now = clock.instant();
		Cached cached = cache.get(agencyCode);
		if (cached == null || !now.isBefore(cached.until())) {
			String set = jdbc.sql("select madonvi from national_agency_code where agency_code = ?").param(agencyCode)
				.query(String.class).optional().orElse(null);
			cached = new Cached(set != null ? set : fallback(agencyCode), now.plus(KEPT));
			cache.put(agencyCode, cached);
		}
		return cached.madonvi();
	}

	/** The code used when the administrator set none. */
	String fallback(String agencyCode) {
		return settings.madonvi().isBlank() ? agencyCode : settings.madonvi();
	}

	/** The codes the administrators set, by commune. */
	Map<String, String> set() {
		Map<String, String> codes = new TreeMap<>();
		jdbc.sql("select agency_code, madonvi from national_agency_code")
			.query(rs -> {
				codes.put(rs.getString("agency_code"), rs.getString("madonvi"));
			});
		return codes;
	}

	/**
	 * Sets a commune's code ({@code madonvi} blank: back to the default); audited as {@code NATIONAL_MADONVI_SET}
	 * with the code before and after. Answers whether anything changed.
	 */
	@Transactional
	boolean set(String agencyCode, String madonvi) {
		String before = set().get(agencyCode);
		String after = madonvi == null || madonvi.isBlank() ? null : madonvi.strip();
		if (java.util.Objects.equals(before, after)) {
			return false;
		}
		if (after == null) {
			jdbc.sql("delete from national_agency_code where agency_code = ?").param(agencyCode).update();
		}
		else {
			jdbc.sql("""
					insert into national_agency_code (agency_code, madonvi, updated_at, updated_by) values (?, ?, ?, ?)
					on conflict (agency_code) do update set madonvi = excluded.madonvi, updated_at = excluded.updated_at,
					  updated_by = excluded.updated_by""")
				.params(agencyCode, after, OffsetDateTime.now(clock), AuditTrail.currentActor()).update();
		}
		audit.record("NATIONAL_MADONVI_SET", agencyCode, agencyCode, before, after);
		// forgotten once committed, so that no other thread caches the old code again in between
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				cache.remove(agencyCode);
			}
		});
		return true;
	}
}
