package vn.motcua.workload;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.identity.Officer;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.VietnamTime;

/**
 * The daily digest by e-mail (issue 16 item 5): on each working day, from {@code motcua.officers.digest-at} (07:30
 * Vietnam time), every active officer with an address and something due (their {@link DueList}: due within one
 * working day or overdue) gets one e-mail listing it. Once per officer and day: the row {@code officer_digest} is
 * written in the transaction that sends, so a failed sending writes nothing and is tried again at the next check
 * (every minute), and a sent digest is never sent again that day. Off while no SMTP server is configured.
 */
@Component
class DailyDigest {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final OfficerAccounts officers;

	private final DueList dueList;

	private final DeadlineCalendar calendar;

	private final OfficerMail mail;

	private final OfficerNoticeSettings settings;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final String baseUrl;

	private final Clock clock;

	DailyDigest(OfficerAccounts officers, DueList dueList, DeadlineCalendar calendar, OfficerMail mail,
			OfficerNoticeSettings settings, JdbcClient jdbc, TransactionTemplate transaction,
			@Value("${motcua.public-base-url:http://localhost:8080}") String baseUrl, Clock clock) {
		this.officers = officers;
		this.dueList = dueList;
		this.calendar = calendar;
		this.mail = mail;
		this.settings = settings;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${motcua.officers.digest-check-every:PT1M}",
			initialDelayString = "${motcua.officers.digest-check-every:PT1M}")
	void sendNow() {
		send(OffsetDateTime.now(clock));
	}

	/** Sends the digests due at {@code now}; returns how many were sent. */
	int send(OffsetDateTime now) {
		LocalDateTime local = now.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime();
		if (!mail.on() || !calendar.isWorkingDay(local.toLocalDate()) || local.toLocalTime().isBefore(settings.digestAt())) {
			return 0;
		}
		int sent = 0;
		for (Map.Entry<String, String> addressee : officers.activeEmails().entrySet()) {
			Optional<Officer> officer = officers.findByUsername(addressee.getKey());
			if (officer.isPresent() && sendOne(officer.get(), addressee.getValue(), local, now)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean sendOne(Officer officer, String address, LocalDateTime local, OffsetDateTime now) {
		List<DueList.Row> due = dueList.of(OfficerScope.of(officer), local.toLocalDate());
		if (due.isEmpty()) {
			return false;
		}
		Boolean sent = transaction.execute(status -> {
			int claimed = jdbc.sql("""
					insert into officer_digest (username, day, sent_at, dossiers) values (?, ?, ?, ?)
					on conflict (username, day) do nothing""")
				.params(officer.username(), local.toLocalDate(), now, due.size()).update();
			if (claimed == 0) {
				return false;
			}
			if (!mail.send(address, mail.say("workload.digest.subject", local.toLocalDate().format(DATE), due.size()),
					text(officer, due, local))) {
				status.setRollbackOnly();
				return false;
			}
			return true;
		});
		return Boolean.TRUE.equals(sent);
	}

	private String text(Officer officer, List<DueList.Row> due, LocalDateTime local) {
		String lines = due.stream()
			.map(row -> mail.say("workload.digest.line", row.dossier().code(), row.dossier().procedureName(),
					row.dossier().promised().format(DATE),
					mail.say(row.countdown().messageKey(), row.countdown().messageArgs())))
			.collect(Collectors.joining("\n"));
		return mail.say("workload.digest.text", officer.fullName(), local.toLocalDate().format(DATE), due.size(), lines,
				baseUrl + "/thong-bao");
	}
}
