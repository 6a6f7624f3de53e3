package vn.motcua.nationallink;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossier.DossierStepCounts;
import vn.motcua.shared.VietnamTime;
import vn.motcua.shared.VietnameseMessages;

/**
 * What the administrator's page of the link shows, read from the outbox (docs/national-link.md): the queue, the
 * oldest change not yet delivered, the rows parked with the portal's reason, the last error of each dossier still
 * waiting, and Decision 766 indicator 1.4 ("Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG"). Every query takes the communes the
 * officer may see ({@code null}: the whole installation): a row's commune is written with it
 * ({@code national_outbox.agency_code}), and the dossiers received in a period with their number of steps come from the
 * dossier module's published query ({@link DossierStepCounts}), so that this module never reads the dossier tables.
 */
@Component
class NationalLinkHealth {

	/** The parked rows and waiting dossiers listed on the page (the oldest first). */
	static final int SHOWN = 200;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final DossierStepCounts stepCounts;

	private final VietnameseMessages words;

	NationalLinkHealth(JdbcClient jdbc, AuditTrail audit, DossierStepCounts stepCounts, MessageSource messages) {
		this.stepCounts = stepCounts;
		this.words = new VietnameseMessages(messages);
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The queue: rows not delivered (parked ones included, and counted apart) and the oldest of them. */
	record Queue(long undelivered, long parked, OffsetDateTime oldestCreatedAt) {
	}

	/** A row of the outbox not delivered: parked (the portal refused it) or waiting after an error. */
	record Pending(long id, String dossierCode, String agencyCode, int stepNumber, String nationalStatus,
			int attempts, OffsetDateTime at, String error) {
	}

	/**
	 * Decision 766 indicator 1.4: of the dossiers received in the period, those whose latest state reached the
	 * portal (the last step it acknowledged is the dossier's last step).
	 */
	record SyncRate(long received, long synchronised) {

		/** The share in per cent, one decimal; empty when nothing was received. */
		public Optional<BigDecimal> percent() {
			return received == 0 ? Optional.empty()
					: Optional.of(BigDecimal.valueOf(synchronised * 100L)
						.divide(BigDecimal.valueOf(received), 1, RoundingMode.HALF_UP));
		}
	}

	Queue queue(Collection<String> agencies) {
		return jdbc.sql("""
				select count(*) as undelivered, count(*) filter (where o.parked_at is not null) as parked,
				  min(o.created_at) as oldest
				from national_outbox o
				where o.delivered_at is null and (:all or o.agency_code = any(:agencies))""")
			.params(scope(agencies))
			.query((rs, i) -> new Queue(rs.getLong("undelivered"), rs.getLong("parked"),
					VietnamTime.read(rs, "oldest")))
			.single();
	}

	/** The rows the portal refused, waiting for an administrator, the oldest first. */
	List<Pending> parked(Collection<String> agencies) {
		return jdbc.sql("""
				select o.id, o.dossier_code, o.agency_code, o.step_number, o.national_status, o.attempts,
				  o.parked_at as at, o.last_error
				from national_outbox o
				where o.delivered_at is null and o.parked_at is not null and (:all or o.agency_code = any(:agencies))
				order by o.parked_at, o.id
				limit :shown""")
			.params(scope(agencies))
			.param("shown", SHOWN)
			.query(NationalLinkHealth::pending)
			.list();
	}

	/** Per dossier still waiting (not parked) after a failed attempt, its next row and the last error. */
	List<Pending> waitingAfterError(Collection<String> agencies) {
		return jdbc.sql("""
				select o.id, o.dossier_code, o.agency_code, o.step_number, o.national_status, o.attempts,
				  o.last_attempt_at as at, o.last_error
				from national_outbox o
				where o.delivered_at is null and o.parked_at is null and o.last_error is not null
				  and (:all or o.agency_code = any(:agencies))
				  and not exists (select 1 from national_outbox p
				                  where p.dossier_code = o.dossier_code and p.id < o.id and p.delivered_at is null)
				order by o.last_attempt_at, o.id
				limit :shown""")
			.params(scope(agencies))
			.param("shown", SHOWN)
			.query(NationalLinkHealth::pending)
			.list();
	}

	/**
	 * Indicator 1.4 over the dossiers received from {@code from} to {@code to} (Vietnam days, both included), in two
	 * set-based statements (the dossiers with their steps, then those the portal has up to their last step): a dossier
	 * counts when {@code national_dossier.delivered_step} equals its number of recorded steps.
	 */
	SyncRate syncRate(LocalDate from, LocalDate to, Collection<String> agencies) {
		List<DossierStepCounts.Counted> received = stepCounts.receivedBetween(
				from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime(),
				to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime(), agencies);
		long synchronised = jdbc.sql("""
				select count(*) from unnest(cast(:codes as text[]), cast(:steps as int[])) as r(code, steps)
				join national_dossier n on n.dossier_code = r.code and n.delivered_step = r.steps""")
			.param("codes", received.stream().map(DossierStepCounts.Counted::code).toArray(String[]::new))
			.param("steps", received.stream().map(DossierStepCounts.Counted::steps).toArray(Integer[]::new))
			.query(Long.class).single();
		return new SyncRate(received.size(), synchronised);
	}

	/**
	 * Un-parks the parked rows among {@code ids} (empty: every parked row) of the communes the officer may see, so
	 * that the sender tries them again; answers the rows un-parked. Each is audited ({@code NATIONAL_OUTBOX_RETRY}:
	 * who, when, the dossier, the step and the row, the portal's reason it was parked for, in the {@code link.audit.*}
	 * words) in the same transaction.
	 */
	@Transactional
	List<Pending> unpark(Collection<Long> ids, Collection<String> agencies) {
		List<Pending> unparked = jdbc.sql("""
				update national_outbox o set parked_at = null
				where o.parked_at is not null and o.delivered_at is null
				  and (:everyRow or o.id = any(:ids)) and (:all or o.agency_code = any(:agencies))
				returning o.id, o.dossier_code, o.agency_code, o.step_number, o.national_status, o.attempts,
				  o.last_attempt_at as at, o.last_error""")
			.params(scope(agencies))
			.param("everyRow", ids.isEmpty())
			.param("ids", ids.toArray(Long[]::new))
			.query(NationalLinkHealth::pending)
			.list();
		audit.recordAll(unparked.stream()
			.map(p -> new AuditTrail.Line("NATIONAL_OUTBOX_RETRY", p.agencyCode(),
					words.say("link.audit.retry.row", p.dossierCode(), p.stepNumber(), p.id()),
					words.say("link.audit.retry.before", p.error()), words.say("link.audit.retry.after")))
			.toList());
		return unparked;
	}

	private static java.util.Map<String, Object> scope(Collection<String> agencies) {
		return java.util.Map.of("all", agencies == null, "agencies",
				agencies == null ? new String[0] : agencies.toArray(String[]::new));
	}

	private static Pending pending(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Pending(rs.getLong("id"), rs.getString("dossier_code"), rs.getString("agency_code"),
				rs.getInt("step_number"), rs.getString("national_status"), rs.getInt("attempts"),
				VietnamTime.read(rs, "at"), rs.getString("last_error"));
	}
}
