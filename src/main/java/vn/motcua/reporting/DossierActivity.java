package vn.motcua.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.DossierExtended;
import vn.motcua.dossier.DossierNotAccepted;
import vn.motcua.dossier.DossierStatistics;
import vn.motcua.dossier.DossierResolved;
import vn.motcua.dossier.DossierReturned;
import vn.motcua.dossier.DossierStopped;
import vn.motcua.dossier.SupplementRequested;
import vn.motcua.shared.VietnamTime;

/**
 * The leadership dashboard's live counters: what happened to the commune's dossiers today, kept as the dossier module
 * announces it. Each event arrives through Spring Modulith's event publication registry (after the dossier's
 * transaction commits, in a transaction of its own, retried on restart when it failed); a repeated delivery counts
 * once, because an event is stored under its dossier, kind and instant. The period figures (legal-rules.md §4) stay
 * computed from the records themselves ({@code DossierStatistics}); these counters are what the dashboard shows
 * without running them, and a test checks that both agree. Dossiers <em>received</em> are the one count read from
 * the records (the period figures for today): acceptance is the intake's hot path, and listening to it through the
 * registry (a publication written, marked, deleted, and a transaction of its own, for every dossier) cost a fifth of
 * the counter's throughput (270 against 353 dossiers a second, docs/performance.md).
 */
@Component
class DossierActivity {

	/** What the dashboard counts (public for the template). */
	public enum Kind {
		RECEIVED, NOT_ACCEPTED, RESOLVED, SUPPLEMENT_REQUESTED, EXTENDED, RETURNED, STOPPED
	}

	/** Today's counters; {@code resolvedLate}: resolved after the due date D (an apology does not move D). */
	public record Today(Map<Kind, Long> counts, long resolvedLate) {

		public long count(Kind kind) {
			return counts.getOrDefault(kind, 0L);
		}
	}

	/** Rows are kept this many days: the dashboard shows today; the rest is for an operator looking back. */
	private static final int KEPT_DAYS = 35;

	private final JdbcClient jdbc;

	private final DossierStatistics statistics;

	private final Clock clock;

	DossierActivity(JdbcClient jdbc, DossierStatistics statistics, Clock clock) {
		this.jdbc = jdbc;
		this.statistics = statistics;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DossierNotAccepted event) {
		record(event.code(), Kind.NOT_ACCEPTED, event.at(), event.agencyCode(), day(event.at()), false);
	}

	/** Resolved on {@code resolvedOn} (a lapsed supplement request resolves on its lapse day, whenever recorded). */
	@ApplicationModuleListener
	void on(DossierResolved event) {
		OffsetDateTime at = event.resolvedOn().atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
		record(event.code(), Kind.RESOLVED, at, event.agencyCode(), event.resolvedOn(),
				event.dueDate() != null && event.resolvedOn().isAfter(event.dueDate()));
	}

	@ApplicationModuleListener
	void on(SupplementRequested event) {
		record(event.code(), Kind.SUPPLEMENT_REQUESTED, event.at(), event.agencyCode(), day(event.at()), false);
	}

	@ApplicationModuleListener
	void on(DossierExtended event) {
		record(event.code(), Kind.EXTENDED, event.at(), event.agencyCode(), day(event.at()), false);
	}

	@ApplicationModuleListener
	void on(DossierReturned event) {
		record(event.code(), Kind.RETURNED, event.at(), event.agencyCode(), day(event.at()), false);
	}

	@ApplicationModuleListener
	void on(DossierStopped event) {
		record(event.code(), Kind.STOPPED, event.at(), event.agencyCode(), day(event.at()), false);
	}

	/** Today's counters over the given agencies. */
	Today today(Collection<String> agencies) {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		Map<Kind, Long> counts = new EnumMap<>(Kind.class);
		long[] late = {0};
		if (agencies.isEmpty()) {
			return new Today(counts, 0);
		}
		jdbc.sql("""
				select kind, count(*) as n, count(*) filter (where late) as late from dossier_activity
				where day = :day and agency_code in (:agencies) group by kind""")
			.param("day", today).param("agencies", agencies)
			.query((rs, i) -> {
				Kind kind = Kind.valueOf(rs.getString("kind"));
				counts.put(kind, rs.getLong("n"));
				if (kind == Kind.RESOLVED) {
					late[0] = rs.getLong("late");
				}
				return kind;
			}).list();
		counts.put(Kind.RECEIVED, statistics.total(statistics.figures(today, today, agencies), today, today)
			.received().total());
		return new Today(counts, late[0]);
	}

	/** Forgets what is older than {@value #KEPT_DAYS} days, at night. */
	@Scheduled(cron = "0 40 2 * * *", zone = "Asia/Ho_Chi_Minh")
	@Transactional
	void forgetOldDays() {
		jdbc.sql("delete from dossier_activity where day < :before")
			.param("before", LocalDate.now(clock.withZone(VietnamTime.ZONE)).minusDays(KEPT_DAYS)).update();
	}

	private void record(String code, Kind kind, OffsetDateTime at, String agency, LocalDate day, boolean late) {
		jdbc.sql("""
				insert into dossier_activity (dossier_code, kind, at, agency_code, day, late)
				values (:code, :kind, :at, :agency, :day, :late) on conflict do nothing""")
			.param("code", code).param("kind", kind.name()).param("at", at).param("agency", agency).param("day", day)
			.param("late", late).update();
	}

	private static LocalDate day(OffsetDateTime at) {
		return at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
	}
}
