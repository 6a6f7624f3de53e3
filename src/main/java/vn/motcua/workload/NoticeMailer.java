package vn.motcua.workload;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * E-mails the officers' notices (an assignment, a dossier awaiting a decision, the warning three working hours before
 * a due time, with that due time) to the officers who had an address when the notice was made, outside the dossier's
 * transaction (every {@code motcua.officers.mail-every}, 30 s): one e-mail per notice, the notice's unique key
 * (officer, dossier, kind, occasion) making a warning one notice however often the warning job runs. A notice whose
 * e-mail failed is tried again at the next run, at most five times. A stop between the server's acceptance and the
 * record may send a notice twice; none is lost.
 */
@Component
class NoticeMailer {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final OfficerNotices notices;

	private final OfficerMail mail;

	private final String baseUrl;

	private final Clock clock;

	NoticeMailer(OfficerNotices notices, OfficerMail mail, @Value("${motcua.public-base-url:http://localhost:8080}") String baseUrl,
			Clock clock) {
		this.notices = notices;
		this.mail = mail;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${motcua.officers.mail-every:PT30S}", initialDelayString = "${motcua.officers.mail-every:PT30S}")
	void sendNow() {
		send();
	}

	/** Sends what waits; returns how many were sent. */
	int send() {
		if (!mail.on()) {
			return 0;
		}
		int sent = 0;
		for (OfficerNotices.Mail m : notices.toMail(50)) {
			String subject = mail.say("workload.mail.subject." + m.kind().name(), m.dossierCode());
			LocalDateTime due = m.kind() == NoticeKind.DUE_SOON ? LocalDateTime.parse(m.occasion()) : null;
			String text = mail.say("workload.mail.text." + m.kind().name(), m.dossierCode(),
					baseUrl + "/dossiers/" + m.dossierCode(), baseUrl + "/thong-bao",
					due == null ? null : due.format(TIME), due == null ? null : due.format(DATE));
			if (mail.send(m.to(), subject, text)) {
				notices.mailed(m.id(), OffsetDateTime.now(clock));
				sent++;
			}
			else {
				notices.mailFailed(m.id());
			}
		}
		return sent;
	}
}
