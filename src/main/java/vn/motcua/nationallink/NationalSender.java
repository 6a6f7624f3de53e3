package vn.motcua.nationallink;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delivers the {@link NationalOutbox} to the national portal: in order per dossier (a row goes only when every
 * earlier row of its dossier was delivered), at least once, and marked delivered only when the portal answered
 * {@code error_code} "0"/"00". Rows are taken with {@code FOR UPDATE SKIP LOCKED}, so two MotCua instances on one
 * database share the work and never send the same row at once. When the portal is unavailable (no connection,
 * time-out, 429 with its {@code Retry-After}, 5xx, a refused sign-in) the sender pauses, doubling the pause up to
 * 15 seconds (a returning portal is noticed soon; a day-long outage costs one attempt every 15 s), and tries again;
 * a row the portal refuses for its content is parked with the portal's reason for an administrator, and only that
 * dossier's later rows wait behind it.
 * <p>
 * One step is one {@code DongBoHoSoMC} (an insert the first time the portal hears of the dossier, then updates,
 * {@code isUpdating}) and one {@code CapNhatTienDoHoSoMC}; the rows of up to {@value #BATCH} dossiers travel in one
 * call of each. A portal that refuses a batch is asked again row by row, to find the row it refuses.
 */
@Component
@ConditionalOnExpression("'${motcua.dvcqg.url:}' != ''")
class NationalSender {

	static final int BATCH = 50;

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(15);

	/** One invocation of the schedule sends for at most this long, then lets the other scheduled jobs run. */
	private static final Duration TURN = Duration.ofSeconds(5);

	private final NationalPortalClient portal;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock;

	private volatile Instant pausedUntil = Instant.MIN;

	private volatile Duration pause = Duration.ZERO;

	NationalSender(NationalPortalClient portal, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.portal = portal;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** A row of the outbox as the sender reads it. */
	record Row(long id, String dossierCode, String madonvi, int stepNumber, String nationalStatus, String dossier,
			String progress, boolean inserted) {
	}

	@Scheduled(fixedDelayString = "${motcua.dvcqg.send-every:PT0.2S}")
	void deliverDue() {
		Instant end = clock.instant().plus(TURN);
		while (clock.instant().isBefore(end) && !paused()) {
			Integer sent = transactions.execute(status -> deliverBatch());
			if (sent == null || sent == 0) {
				return;
			}
		}
	}

	/** Sends the next batch; returns how many rows it took (0: nothing to send). */
	int deliverBatch() {
		List<Row> rows = next();
		if (rows.isEmpty()) {
			return 0;
		}
		Map<String, List<Row>> byAgency = new LinkedHashMap<>();
		rows.forEach(r -> byAgency.computeIfAbsent(r.madonvi(), k -> new ArrayList<>()).add(r));
		for (Map.Entry<String, List<Row>> agency : byAgency.entrySet()) {
			try {
				send(agency.getKey(), agency.getValue(), false);
				delivered(agency.getValue());
			}
			catch (NationalPortalClient.Refused refused) {
				if (!oneByOne(agency.getKey(), agency.getValue())) {
					return rows.size();
				}
			}
			catch (NationalPortalClient.Unavailable unavailable) {
				unavailable(agency.getValue(), unavailable);
				return rows.size();
			}
		}
		pause = Duration.ZERO;
		return rows.size();
	}

	/** Row by row, to park only what the portal refuses; false when the portal became unavailable meanwhile. */
	private boolean oneByOne(String madonvi, List<Row> rows) {
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			try {
				send(madonvi, List.of(row), true);
				delivered(List.of(row));
			}
			catch (NationalPortalClient.Refused refused) {
				park(row, refused.getMessage());
			}
			catch (NationalPortalClient.Unavailable unavailable) {
				unavailable(rows.subList(i, rows.size()), unavailable);
				return false;
			}
		}
		return true;
	}

	/**
	 * The dossiers (inserted the first time, updated after), then their steps. Sent {@code alone}, an insert the
	 * portal refuses because it has the dossier already (an earlier insert whose answer was lost to a time-out) is
	 * sent again as an update.
	 */
	private void send(String madonvi, List<Row> rows, boolean alone) {
		List<Row> inserts = rows.stream().filter(r -> !r.inserted()).toList();
		List<Row> updates = rows.stream().filter(Row::inserted).toList();
		if (!inserts.isEmpty()) {
			try {
				synchronise(madonvi, inserts, false);
			}
			catch (NationalPortalClient.Refused refused) {
				if (!alone || !portalHas(madonvi, inserts.get(0).dossierCode())) {
					throw refused;
				}
				synchronise(madonvi, inserts, true);
			}
			jdbc.sql("""
					insert into national_dossier (dossier_code, inserted) select unnest(cast(? as text[])), true
					on conflict (dossier_code) do update set inserted = true""")
				.param(inserts.stream().map(Row::dossierCode).toArray(String[]::new)).update();
		}
		if (!updates.isEmpty()) {
			synchronise(madonvi, updates, true);
		}
		ObjectNode progress = portal.object();
		rows.forEach(r -> progress.withArray("data").add(json.readTree(r.progress())));
		portal.call("CapNhatTienDoHoSoMC", madonvi, progress);
	}

	private void synchronise(String madonvi, List<Row> rows, boolean updating) {
		ObjectNode fields = portal.object().put("isUpdating", updating ? "True" : "False");
		rows.forEach(r -> fields.withArray("data").add(json.readTree(r.dossier())));
		portal.call("DongBoHoSoMC", madonvi, fields);
	}

	private boolean portalHas(String madonvi, String code) {
		JsonNode result = portal.call("TraCuuHoSo", madonvi, portal.object().put("MaHoSo", code)).path("result");
		return result.isArray() && !result.isEmpty();
	}

	/**
	 * The next rows to send, locked for this transaction: for each dossier its first row not yet delivered, unless
	 * parked; rows another sender holds are skipped.
	 */
	private List<Row> next() {
		return jdbc.sql("""
				select o.id, o.dossier_code, o.madonvi, o.step_number, o.national_status, o.dossier::text as dossier,
				  o.progress::text as progress, coalesce(n.inserted, false) as inserted
				from national_outbox o left join national_dossier n on n.dossier_code = o.dossier_code
				where o.delivered_at is null and o.parked_at is null
				  and not exists (select 1 from national_outbox p
				                  where p.dossier_code = o.dossier_code and p.id < o.id and p.delivered_at is null)
				order by o.id
				limit :batch
				for update of o skip locked""")
			.param("batch", BATCH)
			.query((rs, i) -> new Row(rs.getLong("id"), rs.getString("dossier_code"), rs.getString("madonvi"),
					rs.getInt("step_number"), rs.getString("national_status"), rs.getString("dossier"),
					rs.getString("progress"), rs.getBoolean("inserted")))
			.list();
	}

	/** Marks the rows delivered and remembers, per dossier, the last step the portal acknowledged: two statements. */
	private void delivered(List<Row> rows) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				update national_outbox set delivered_at = :now, attempts = attempts + 1, last_attempt_at = :now
				where id = any(:ids)""")
			.param("now", now).param("ids", rows.stream().mapToLong(Row::id).toArray()).update();
		jdbc.sql("""
				insert into national_dossier (dossier_code, inserted, delivered_step, delivered_status, delivered_at)
				select code, true, step, status, :now
				from unnest(cast(:codes as text[]), cast(:steps as int[]), cast(:statuses as text[])) as d(code, step, status)
				on conflict (dossier_code) do update set inserted = true, delivered_step = excluded.delivered_step,
				  delivered_status = excluded.delivered_status, delivered_at = excluded.delivered_at""")
			.param("now", now)
			.param("codes", rows.stream().map(Row::dossierCode).toArray(String[]::new))
			.param("steps", rows.stream().mapToInt(Row::stepNumber).boxed().toArray(Integer[]::new))
			.param("statuses", rows.stream().map(Row::nationalStatus).toArray(String[]::new))
			.update();
	}

	private void park(Row row, String reason) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				update national_outbox set parked_at = ?, attempts = attempts + 1, last_attempt_at = ?, last_error = ?
				where id = ?""").params(now, now, reason, row.id()).update();
	}

	private void unavailable(List<Row> rows, NationalPortalClient.Unavailable unavailable) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		rows.forEach(r -> jdbc.sql("""
				update national_outbox set attempts = attempts + 1, last_attempt_at = ?, last_error = ? where id = ?""")
			.params(now, unavailable.getMessage(), r.id()).update());
		pause = unavailable.retryAfter().orElseGet(() -> pause.isZero() ? Duration.ofSeconds(1)
				: pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2));
		pausedUntil = clock.instant().plus(pause);
	}

	private boolean paused() {
		return clock.instant().isBefore(pausedUntil);
	}
}
