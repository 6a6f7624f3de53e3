package vn.motcua.notifications;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.MessageChannel;
import vn.motcua.shared.VietnamTime;

/**
 * What the administrator's page of messages shows (issue 16 item 1), each a set-based statement over the indexes of
 * {@code notification} ({@code agency_code, created_at}; FAILED and UNCONFIRMED by agency) and of
 * {@code notification_contact} (phone, e-mail): the volumes per channel and status over a period, the failure rate
 * per channel, the messages that reached nobody (to phone the citizen), and a search by phone number or address.
 * {@code agencies} null: every commune (the installation's administrator); otherwise only those.
 */
@Component
class NotificationFigures {

	/** How many messages of a period ended in {@code status}, the last channel tried being {@code channel}. */
	record Volume(MessageChannel channel, String status, long messages) {
	}

	/**
	 * One channel over a period: the messages tried on it, those it did not deliver (fell back to the next channel or
	 * failed), and those whose SMS receipt never came.
	 */
	record ChannelRate(MessageChannel channel, long tried, long failed, long unconfirmed) {

		/** Failures in percent of the messages tried, one decimal. */
		public double failurePercent() {
			return tried == 0 ? 0 : Math.round(1000.0 * failed / tried) / 10.0;
		}
	}

	/** A message on the page: its dossier, what about, the channel, to whom (masked unless searched), its status. */
	record Row(String dossierCode, String agencyCode, String kind, MessageChannel channel, String recipient,
			String status, OffsetDateTime changedAt) {
	}

	static final int LIST_LIMIT = 100;

	private final JdbcClient jdbc;

	NotificationFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Messages made in [from, to) by last channel tried and status. */
	List<Volume> volumes(OffsetDateTime from, OffsetDateTime to, Collection<String> agencies) {
		return jdbc.sql("""
				select n.channel, n.status, count(*) as messages from notification n
				where n.created_at >= :from and n.created_at < :to and (:all or n.agency_code in (:agencies))
				group by n.channel, n.status order by n.channel nulls first, n.status""")
			.params(scope(from, to, agencies))
			.query((rs, i) -> new Volume(channel(rs.getString("channel")), rs.getString("status"), rs.getLong("messages")))
			.list();
	}

	/**
	 * Per channel, of the messages made in [from, to): how many were tried on it (a line of their history names the
	 * channel), how many it did not deliver (a fall-back from it, or FAILED on it), how many SMS stayed unconfirmed.
	 */
	List<ChannelRate> rates(OffsetDateTime from, OffsetDateTime to, Collection<String> agencies) {
		return jdbc.sql("""
				with m as (select n.id from notification n
				           where n.created_at >= :from and n.created_at < :to and (:all or n.agency_code in (:agencies))),
				e as (select e.notification_id, e.channel, e.status,
				        case when e.detail like 'notifications.detail.fallBack|%' then split_part(e.detail, '|', 2)
				             when e.status = 'FAILED' then e.channel end as failed_on
				      from notification_event e join m on m.id = e.notification_id)
				select c.channel,
				  (select count(distinct e.notification_id) from e where e.channel = c.channel) as tried,
				  (select count(distinct e.notification_id) from e where e.failed_on = c.channel) as failed,
				  (select count(distinct e.notification_id) from e where e.status = 'UNCONFIRMED' and e.channel = c.channel)
				    as unconfirmed
				from unnest(array['ZALO', 'SMS', 'EMAIL']) as c(channel)""")
			.params(scope(from, to, agencies))
			.query((rs, i) -> new ChannelRate(MessageChannel.valueOf(rs.getString("channel")), rs.getLong("tried"),
					rs.getLong("failed"), rs.getLong("unconfirmed")))
			.list();
	}

	/** The messages FAILED (or UNCONFIRMED) that changed in [from, to), newest first: the citizens to phone. */
	List<Row> unreached(OffsetDateTime from, OffsetDateTime to, Collection<String> agencies) {
		return jdbc.sql("""
				select n.dossier_code, n.agency_code, n.kind, n.channel, n.recipient, n.status, n.changed_at
				from notification n
				where n.status in ('FAILED', 'UNCONFIRMED') and n.changed_at >= :from and n.changed_at < :to
				  and (:all or n.agency_code in (:agencies))
				order by n.changed_at desc, n.id limit :limit""")
			.params(scope(from, to, agencies)).param("limit", LIST_LIMIT)
			.query((rs, i) -> row(rs, null))
			.list();
	}

	/**
	 * The messages to one phone number (any way it is written: 0…, 84…, +84…, spaces and dots) or e-mail address
	 * (any case), newest first; the number searched is shown whole, any other contact masked.
	 */
	List<Row> search(String contact, Collection<String> agencies) {
		Optional<List<String>> forms = forms(contact);
		if (forms.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select n.dossier_code, n.agency_code, n.kind, n.channel, n.recipient, n.status, n.changed_at
				from notification_contact c join notification n on n.dossier_code = c.dossier_code
				where (c.phone in (:forms) or lower(c.email) in (:forms)) and (:all or c.agency_code in (:agencies))
				order by n.created_at desc, n.id limit :limit""")
			.params(scope(null, null, agencies)).param("forms", forms.get()).param("limit", LIST_LIMIT)
			.query((rs, i) -> row(rs, forms.get()))
			.list();
	}

	/** The ways a contact is stored: a mobile number as 0…, 84… and +84…; an address in lower case. Empty: neither. */
	static Optional<List<String>> forms(String contact) {
		if (contact == null || contact.isBlank()) {
			return Optional.empty();
		}
		String clean = contact.strip().replaceAll("[ .\\-]", "");
		if (clean.contains("@")) {
			return Optional.of(List.of(clean.toLowerCase(java.util.Locale.ROOT)));
		}
		if (!clean.matches("\\+?\\d{9,12}")) {
			return Optional.empty();
		}
		String national = clean.startsWith("+84") ? "0" + clean.substring(3)
				: clean.startsWith("84") && clean.length() > 10 ? "0" + clean.substring(2) : clean;
		return Optional.of(List.of(national, "84" + national.substring(1), "+84" + national.substring(1)));
	}

	private Row row(java.sql.ResultSet rs, List<String> searched) throws java.sql.SQLException {
		String recipient = rs.getString("recipient");
		boolean shown = searched != null && recipient != null
				&& searched.contains(recipient.contains("@") ? recipient.toLowerCase(java.util.Locale.ROOT) : recipient);
		return new Row(rs.getString("dossier_code"), rs.getString("agency_code"), rs.getString("kind"),
				channel(rs.getString("channel")), shown ? recipient : Recipients.masked(recipient),
				rs.getString("status"), VietnamTime.read(rs, "changed_at"));
	}

	private static java.util.Map<String, Object> scope(OffsetDateTime from, OffsetDateTime to,
			Collection<String> agencies) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("all", agencies == null);
		params.put("agencies", agencies == null || agencies.isEmpty() ? List.of("") : agencies);
		if (from != null) {
			params.put("from", from);
			params.put("to", to);
		}
		return params;
	}

	private static MessageChannel channel(String name) {
		return name == null ? null : MessageChannel.valueOf(name);
	}
}
