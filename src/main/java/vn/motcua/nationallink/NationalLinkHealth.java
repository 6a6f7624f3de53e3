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
import vn.motcua.shared.VietnamTime;
import vn.motcua.shared.VietnameseMessages;

/**
 * What the administrator's page of the link shows, read from the outbox (docs/national-link.md): the queue, the
 * oldest change not yet delivered, the rows parked with the portal's reason, the last error of each dossier still
 * waiting, and Decision 766 indicator 1.4 ("Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG"). Every query takes the communes the
 * officer may see ({@code null}: the whole installation) and reads the dossier module's {@code dossier} and
 * {@code dossier_step} tables for a row's commune and a dossier's last step; it never writes them.
 */
@Component
class NationalLinkHealth {

	/** The parked rows and waiting dossiers listed on the page (the oldest first). */
	static final int SHOWN = 200;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final VietnameseMessages words;

	NationalLinkHealth(JdbcClient jdbc, AuditTrail audit, MessageSource messages) {
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
				from national_outbox o join dossier d on d.code = o.dossier_code
				where o.delivered_at is null and (:all or d.agency_code = any(:agencies))""")
			.params(scope(agencies))
			.query((rs, i) -> new Queue(rs.getLong("undelivered"), rs.getLong("parked"),
					VietnamTime.read(rs, "oldest")))
			.single();
	}

	/** The rows the portal refused, waiting for an administrator, the oldest first. */
	List<Pending> parked(Collection<String> agencies) {
		return jdbc.sql("""
				select o.id, o.dossier_code, d.agency_code, o.step_number, o.national_status, o.attempts,
				  o.parked_at as at, o.last_error
				from national_outbox o join dossier d on d.code = o.dossier_code
				where o.delivered_at is null and o.parked_at is not null and (:all or d.agency_code = any(:agencies))
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
				select o.id, o.dossier_code, d.agency_code, o.step_number, o.national_status, o.attempts,
				  o.last_attempt_at as at, o.last_error
				from national_outbox o join dossier d on d.code = o.dossier_code
				where o.delivered_at is null and o.parked_at is null and o.last_error is not null
				  and (:all or d.agency_code = any(:agencies))
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
	 * Indicator 1.4 over the dossiers received from {@code from} to {@code to} (Vietnam days, both included), in one
	 * statement: a dossier counts when {@code national_dossier.delivered_step} equals its number of recorded steps.
	 */
	SyncRate syncRate(LocalDate from, LocalDate to, Collection<String> agencies) {
		return jdbc.sql("""
				select count(*) as received, count(*) filter (where n.delivered_step = s.steps) as synchronised
				from dossier d
				join lateral (select count(*) as steps from dossier_step st where st.dossier_id = d.id) s on true
				left join national_dossier n on n.dossier_code = d.code
				where d.received_at >= :from and d.received_at < :to and (:all or d.agency_code = any(:agencies))""")
			.params(scope(agencies))
			.param("from", from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.param("to", to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.query((rs, i) -> new SyncRate(rs.getLong("received"), rs.getLong("synchronised")))
			.single();
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
				from dossier d
				where d.code = o.dossier_code and o.parked_at is not null and o.delivered_at is null
				  and (:everyRow or o.id = any(:ids)) and (:all or d.agency_code = any(:agencies))
				returning o.id, o.dossier_code, d.agency_code, o.step_number, o.national_status, o.attempts,
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
