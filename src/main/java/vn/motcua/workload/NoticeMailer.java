package vn.motcua.workload;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * E-mails the notices of an assignment and of a dossier awaiting a decision to the officers who have an address,
 * outside the dossier's transaction (every {@code motcua.officers.mail-every}, 30 s). A notice whose e-mail failed is
 * tried again at the next run, at most five times. A stop between the server's acceptance and the record may send a
 * notice twice; none is lost.
 */
@Component
class NoticeMailer {

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
			String text = mail.say("workload.mail.text." + m.kind().name(), m.dossierCode(),
					baseUrl + "/dossiers/" + m.dossierCode(), baseUrl + "/thong-bao");
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
