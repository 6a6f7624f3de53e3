package vn.motcua.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.MessageChannel;
import vn.motcua.feedback.PetitionAnswered;
import vn.motcua.feedback.PetitionReceived;
import vn.motcua.shared.PhoneNumber;

/**
 * Tells the petitioner (issue 16 item 1, "petition received / answered") by SMS when the contact they gave is a mobile
 * number, by e-mail when it is an address, nothing otherwise (a landline, a name): the petition's tracking code and
 * the public page that follows it ({@code /public/phan-anh/theo-doi/{code}}, where the answer is). Like the dossiers'
 * messages it is written in the desk's own transaction (a synchronous listener) from the kind's current template, sent
 * by {@link NotificationSender}; the message's subject code is the petition's tracking code. Legal basis: Nghị định
 * 20/2008/NĐ-CP as amended by Nghị định 92/2017/NĐ-CP (receiving and answering petitions about administrative rules).
 */
@Component
class PetitionMessages {

	private static final Pattern EMAIL = Pattern.compile("(?=.{3,254}$)[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private final Notifications notifications;

	private final MessageTemplates templates;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String baseUrl;

	PetitionMessages(Notifications notifications, MessageTemplates templates, JdbcClient jdbc, Clock clock,
			@Value("${motcua.public-base-url:http://localhost:8080}") String baseUrl) {
		this.notifications = notifications;
		this.templates = templates;
		this.jdbc = jdbc;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@EventListener
	void on(PetitionReceived e) {
		tell(NotificationKind.PETITION_RECEIVED, e.code(), e.agencyCode(), e.contact(), e.at());
	}

	@EventListener
	void on(PetitionAnswered e) {
		tell(NotificationKind.PETITION_ANSWERED, e.code(), e.agencyCode(), e.contact(), e.at());
	}

	private void tell(NotificationKind kind, String code, String agencyCode, String contact, OffsetDateTime at) {
		String clean = contact == null ? "" : contact.strip();
		boolean mobile = PhoneNumber.isMobile(clean);
		boolean email = !mobile && EMAIL.matcher(clean).matches();
		if (!mobile && !email) {
			return; // no contact a message reaches: the petitioner follows the code on the portal
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into notification_contact (dossier_code, agency_code, phone, email, channels, chosen_at)
				values (?, ?, ?, ?, ?, ?) on conflict (dossier_code) do nothing""")
			.params(code, agencyCode, mobile ? clean.replaceAll("[ .]", "") : null, email ? clean : null,
					new String[] { (mobile ? MessageChannel.SMS : MessageChannel.EMAIL).name() }, now)
			.update();
		MessageTemplates.Template template = templates.current(kind);
		Map<String, String> params = new LinkedHashMap<>();
		params.put("ma_phan_anh", code);
		params.put("lien_ket", baseUrl + "/public/phan-anh/theo-doi/" + code);
		notifications.create(kind.name() + ":" + code + "@" + (at == null ? "" : at.toInstant()), code, agencyCode, kind,
				template.version(), params, MessageText.fill(template.body(), params), now);
	}
}
