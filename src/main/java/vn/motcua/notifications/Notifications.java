package vn.motcua.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.dossier.MessageChannel;
import vn.motcua.shared.VietnamTime;

/**
 * The messages and their history ({@code notification}, {@code notification_event}). Each change of a message writes
 * its row and one history line in one statement.
 */
@Repository
class Notifications {

	/** A message as the sender takes it, with the applicant's contacts and choice. */
	record Claimed(UUID id, String dossierCode, NotificationKind kind, String body, Map<String, String> params,
			String znsTemplateId, String status, MessageChannel channel, OffsetDateTime channelSince, int attempts,
			String gatewayId, String phone, String email, List<MessageChannel> chosen, boolean stopped) {
	}

	private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final NamedParameterJdbcTemplate batch;

	Notifications(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Records a new message (nothing when its event was recorded already: {@code event_key} is unique): CREATED when
	 * the applicant has a channel and did not stop messages, WITHHELD otherwise, with its first history line.
	 */
	void create(String eventKey, String code, String agencyCode, NotificationKind kind, int templateVersion,
			Map<String, String> params, String body, OffsetDateTime now) {
		jdbc.sql("""
				with c as (select (stopped_at is null and cardinality(channels) > 0) as open
				           from notification_contact where dossier_code = :code),
				m as (insert into notification (id, event_key, dossier_code, agency_code, kind, template_version, params,
				        body, status, created_at, changed_at, next_attempt_at, last_error)
				      select :id, :key, :code, :agency, :kind, :version, cast(:params as jsonb), :body,
				        case when coalesce((select open from c), false) then 'CREATED' else 'WITHHELD' end,
				        :now, :now, :now,
				        case when coalesce((select open from c), false) then null else 'notifications.detail.noChannel' end
				      on conflict (event_key) do nothing
				      returning id, status, last_error)
				insert into notification_event (notification_id, at, status, detail)
				select id, :now, status, last_error from m""")
			.param("id", UUID.randomUUID()).param("key", eventKey).param("code", code).param("agency", agencyCode)
			.param("kind", kind.name()).param("version", templateVersion)
			.param("params", json.writeValueAsString(params)).param("body", body).param("now", now)
			.update();
	}

	/**
	 * Takes up to {@code limit} messages due now, not held by another sender ({@code FOR UPDATE SKIP LOCKED}), and
	 * holds them until {@code until}: new ones, ones to try again, and ZNS messages whose delivery to ask. An SMS the
	 * gateway accepted waits for its receipt instead.
	 */
	List<Claimed> claim(OffsetDateTime now, OffsetDateTime until, int limit) {
		return jdbc.sql("""
				with due as (select n.id, n.dossier_code from notification n
				             where n.status in ('CREATED', 'SENDING') and n.next_attempt_at <= :now
				               and (n.claimed_until is null or n.claimed_until < :now)
				               and (n.gateway_id is null or n.channel = 'ZALO')
				             order by n.next_attempt_at limit :limit
				             for update skip locked),
				x as (select due.id, c.phone, c.email, c.channels, c.stopped_at
				      from due left join notification_contact c on c.dossier_code = due.dossier_code)
				update notification n set claimed_until = :until from x where n.id = x.id
				returning n.id, n.dossier_code, n.kind, n.body, n.params::text as params, n.status, n.channel,
				  n.channel_since, n.attempts, n.gateway_id,
				  (select t.zns_template_id from notification_template t
				   where t.kind = n.kind and t.version = n.template_version) as zns_template_id,
				  x.phone, x.email, x.channels, x.stopped_at is not null as stopped""")
			.param("now", now).param("until", until).param("limit", limit)
			.query((rs, i) -> claimed(rs)).list();
	}

	private Claimed claimed(ResultSet rs) throws SQLException {
		String channel = rs.getString("channel");
		java.sql.Array chosen = rs.getArray("channels");
		List<MessageChannel> channels = chosen == null ? List.of()
				: Arrays.stream((String[]) chosen.getArray()).map(MessageChannel::valueOf).toList();
		return new Claimed(rs.getObject("id", UUID.class), rs.getString("dossier_code"),
				NotificationKind.valueOf(rs.getString("kind")), rs.getString("body"),
				json.readValue(rs.getString("params"), PARAMS), rs.getString("zns_template_id"), rs.getString("status"),
				channel == null ? null : MessageChannel.valueOf(channel), VietnamTime.read(rs, "channel_since"),
				rs.getInt("attempts"), rs.getString("gateway_id"), rs.getString("phone"), rs.getString("email"),
				channels, rs.getBoolean("stopped"));
	}

	/**
	 * A change of one message: its new status, channel, gateway id, attempts, next try, error; and a history line
	 * ({@code detail}) when {@code log}.
	 */
	record Change(UUID id, String status, MessageChannel channel, String recipient, OffsetDateTime channelSince,
			int attempts, String gatewayId, OffsetDateTime nextAttemptAt, String error, boolean log, String detail) {
	}

	/**
	 * Writes the changes of one sender's turn, in one transaction (the caller's), as one JDBC batch: a turn of a
	 * hundred messages is one round trip to the database, not a hundred.
	 */
	void apply(List<Change> changes, OffsetDateTime now) {
		if (changes.isEmpty()) {
			return;
		}
		SqlParameterSource[] rows = changes.stream().map(c -> new MapSqlParameterSource()
			.addValue("id", c.id()).addValue("status", c.status())
			.addValue("channel", c.channel() == null ? null : c.channel().name(), Types.VARCHAR)
			.addValue("recipient", c.recipient(), Types.VARCHAR)
			.addValue("since", c.channelSince(), Types.TIMESTAMP_WITH_TIMEZONE)
			.addValue("attempts", c.attempts()).addValue("gateway", c.gatewayId(), Types.VARCHAR)
			.addValue("next", c.nextAttemptAt(), Types.TIMESTAMP_WITH_TIMEZONE)
			.addValue("error", c.error(), Types.VARCHAR).addValue("now", now).addValue("log", c.log())
			.addValue("detail", c.detail(), Types.VARCHAR))
			.toArray(SqlParameterSource[]::new);
		batch.batchUpdate("""
				with m as (update notification set status = :status, channel = :channel, recipient = :recipient,
				             channel_since = :since, attempts = :attempts, gateway_id = :gateway,
				             next_attempt_at = :next, last_error = :error, claimed_until = null,
				             changed_at = case when status <> :status or channel is distinct from :channel
				                               then :now else changed_at end
				           where id = :id returning id)
				insert into notification_event (notification_id, at, status, channel, detail)
				select id, :now, :status, :channel, :detail from m where :log""", rows);
	}

	/**
	 * SMS accepted by the gateway whose receipt is due by {@code now} and has not come: {@code UNCONFIRMED}, with a
	 * history line; one set-based statement over the index of due messages.
	 */
	int markUnconfirmed(OffsetDateTime now) {
		return jdbc.sql("""
				with m as (update notification set status = 'UNCONFIRMED', changed_at = :now,
				             last_error = 'notifications.detail.unconfirmed'
				           where status = 'SENDING' and next_attempt_at <= :now and channel = 'SMS'
				             and gateway_id is not null
				           returning id)
				insert into notification_event (notification_id, at, status, channel, detail)
				select id, :now, 'UNCONFIRMED', 'SMS', 'notifications.detail.unconfirmed' from m""")
			.param("now", now).update();
	}

	/** A message found by the gateway's reference (our id) and the gateway's message id. */
	Optional<Claimed> byGateway(UUID id, String gatewayId) {
		return jdbc.sql("""
				select n.id, n.dossier_code, n.kind, n.body, n.params::text as params, n.status, n.channel,
				  n.channel_since, n.attempts, n.gateway_id, null as zns_template_id, c.phone, c.email, c.channels,
				  c.stopped_at is not null as stopped
				from notification n left join notification_contact c on c.dossier_code = n.dossier_code
				where n.id = ? and n.gateway_id = ? for update of n""")
			.params(id, gatewayId).query((rs, i) -> claimed(rs)).optional();
	}

	/** The latest FAILED message of each dossier of {@code agencies} failed since {@code since}, newest first. */
	List<vn.motcua.dossier.ApplicantMessages.Unreached> failed(java.util.Collection<String> agencies,
			OffsetDateTime since, int limit) {
		return jdbc.sql("""
				select * from (select distinct on (n.dossier_code) n.dossier_code, n.kind, n.channel, n.changed_at
				               from notification n
				               where n.status = 'FAILED' and n.agency_code in (:agencies) and n.changed_at >= :since
				               order by n.dossier_code, n.changed_at desc) f
				order by f.changed_at desc, f.dossier_code limit :limit""")
			.param("agencies", agencies).param("since", since).param("limit", limit)
			.query((rs, i) -> new vn.motcua.dossier.ApplicantMessages.Unreached(rs.getString("dossier_code"),
					rs.getString("kind"), rs.getString("channel") == null ? null : MessageChannel.valueOf(rs.getString("channel")),
					VietnamTime.read(rs, "changed_at")))
			.list();
	}

	/** The messages of one dossier, oldest first. */
	List<vn.motcua.dossier.ApplicantMessages.Sent> ofDossier(String code) {
		return jdbc.sql("""
				select n.kind, n.channel, n.recipient, n.status, n.created_at, n.changed_at,
				  (select e.detail from notification_event e where e.notification_id = n.id and e.detail is not null
				   order by e.id desc limit 1) as detail
				from notification n where n.dossier_code = ? order by n.created_at, n.id""")
			.param(code)
			.query((rs, i) -> {
				String[] detail = rs.getString("detail") == null ? new String[0] : rs.getString("detail").split("\\|");
				return new vn.motcua.dossier.ApplicantMessages.Sent(rs.getString("kind"),
						rs.getString("channel") == null ? null : MessageChannel.valueOf(rs.getString("channel")),
						Recipients.masked(rs.getString("recipient")), rs.getString("status"),
						VietnamTime.read(rs, "created_at"), VietnamTime.read(rs, "changed_at"),
						detail.length == 0 ? null : detail[0],
						detail.length < 2 ? List.of() : List.of(detail).subList(1, detail.length));
			})
			.list();
	}
}
