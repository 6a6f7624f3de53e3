package vn.motcua.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossier.ApplicantMessages;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.MessageChannel;

/**
 * The applicant's choice of channels, kept per dossier ({@code notification_contact}) with the contacts given at
 * intake, and the dossier page's list of messages. The choice is recorded in the intake's transaction (the dossier
 * module calls {@link #chosen}); a dossier received before MotCua sent messages gets the default (SMS to a mobile
 * number) the first time a message is made for it. The citizen may {@linkplain #stop stop} every message.
 */
@Component
class ApplicantContacts implements ApplicantMessages {

	/** Channels in the order they are tried. */
	static final List<MessageChannel> ORDER = List.of(MessageChannel.ZALO, MessageChannel.SMS, MessageChannel.EMAIL);

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final Clock clock;

	ApplicantContacts(JdbcClient jdbc, Notifications notifications, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void chosen(Dossier dossier, Set<MessageChannel> channels) {
		record(dossier, channels);
	}

	/** Records the choice unless one is recorded for the dossier already. */
	void record(Dossier dossier, Set<MessageChannel> channels) {
		String phone = blankToNull(dossier.applicant().phone());
		String email = blankToNull(dossier.applicant().email());
		String[] ordered = ORDER.stream().filter(channels::contains)
			.filter(c -> c.byPhone() ? vn.motcua.shared.PhoneNumber.isMobile(phone) : email != null).map(Enum::name).toArray(String[]::new);
		jdbc.sql("""
				insert into notification_contact (dossier_code, agency_code, phone, email, channels, chosen_at)
				values (?, ?, ?, ?, ?, ?) on conflict (dossier_code) do nothing""")
			.params(dossier.code(), dossier.agencyCode(), phone == null ? null : phone.replaceAll("[ .]", ""),
					email == null ? null : email.strip(), ordered, OffsetDateTime.now(clock))
			.update();
	}

	/** Whether a choice is recorded for the dossier. */
	boolean known(String code) {
		return jdbc.sql("select 1 from notification_contact where dossier_code = ?").param(code).query(Integer.class)
			.optional().isPresent();
	}

	/** Whether the citizen stopped the dossier's messages. */
	boolean stopped(String code) {
		return jdbc.sql("select stopped_at is not null from notification_contact where dossier_code = ?").param(code)
			.query(Boolean.class).optional().orElse(false);
	}

	/**
	 * The citizen stops every message of the dossier (from the status page): the choice says so, and every message
	 * not yet handed to a gateway is withheld. Recorded in the audit log; true when it was not stopped already.
	 */
	boolean stop(String code, String agencyCode) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		int changed = jdbc.sql("""
				insert into notification_contact (dossier_code, agency_code, channels, chosen_at, stopped_at)
				values (:code, :agency, '{}', :now, :now)
				on conflict (dossier_code) do update set stopped_at = :now where notification_contact.stopped_at is null""")
			.param("code", code).param("agency", agencyCode).param("now", now).update();
		if (changed == 0) {
			return false;
		}
		jdbc.sql("""
				with m as (update notification set status = 'WITHHELD', changed_at = :now, claimed_until = null,
				             last_error = 'notifications.detail.stopped'
				           where dossier_code = :code and status = 'CREATED'
				              or dossier_code = :code and status = 'SENDING' and gateway_id is null
				           returning id)
				insert into notification_event (notification_id, at, status, detail)
				select id, :now, 'WITHHELD', 'notifications.detail.stopped' from m""")
			.param("code", code).param("now", now).update();
		audit.recordAs("citizen", "NOTIFICATIONS_STOPPED", agencyCode, code, null, null);
		return true;
	}

	@Override
	public List<Sent> of(String code) {
		return notifications.ofDossier(code);
	}

	@Override
	public List<Unreached> unreached(java.util.Collection<String> agencies, OffsetDateTime since, int limit) {
		return agencies.isEmpty() ? List.of() : notifications.failed(agencies, since, limit);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
