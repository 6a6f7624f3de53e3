package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.shared.VietnamTime;

/**
 * Closes the dossiers whose supplement request lapsed ({@link SupplementLapseRules}): each is returned with the
 * written refusal notice, resolved on the lapse day (NĐ 61/2018 Art. 19.4, 19.8). Runs every hour; idempotent (a
 * closed dossier is no longer awaiting supplement), one transaction per dossier, audited
 * ({@code DOSSIER_SUPPLEMENT_LAPSED}); the refusal notice is issued and kept with the dossier. The period report applies the same rule to the records, so a report for a past
 * period is right even if this job did not run.
 */
@Service
public class SupplementLapses {

	static final String ACTOR = "system";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final Dossiers dossiers;

	private final DossierEvents events;

	private final TransactionTemplate transaction;

	private final MessageSource messages;

	private final DossierPapers forms;

	private final SupplementLapseRules rules;

	private final Clock clock;

	SupplementLapses(JdbcClient jdbc, Dossiers dossiers, DossierEvents events, TransactionTemplate transaction,
			MessageSource messages, DossierPapers forms, SupplementLapseRules rules, Clock clock) {
		this.rules = rules;
		this.forms = forms;
		this.messages = messages;
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Closes every lapsed request as of now; answers how many dossiers it closed. */
	@Scheduled(initialDelayString = "${motcua.dossier.lapse-sweep-delay:PT5M}",
			fixedDelayString = "${motcua.dossier.lapse-sweep-every:PT1H}")
	public int closeLapsed() {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		transaction.executeWithoutResult(status -> rules.dateOutstanding(null)); // imported requests, dated once
		List<String> codes = jdbc.sql("""
				select code from dossier
				where status = 'AWAITING_SUPPLEMENT' and supplement_lapses_on <= ? order by supplement_lapses_on, id""")
			.param(today).query(String.class).list();
		int closed = 0;
		for (String code : codes) {
			Boolean done = transaction.execute(status -> {
				Dossier d = dossiers.findByCode(code).orElseThrow(() -> new DossierNotFound(code));
				if (d.status() != DossierStatus.AWAITING_SUPPLEMENT || d.supplementLapsesOn() == null
						|| today.isBefore(d.supplementLapsesOn())) {
					return false; // supplemented or closed meanwhile
				}
				String last = DAY.format(d.supplementLapsesOn().minusDays(1));
				d.lapseSupplement(messages.getMessage("dossier.lapse.reason", new Object[] { last },
						PaperContent.VIETNAMESE), OffsetDateTime.now(clock), ACTOR);
				dossiers.update(d);
				events.publish(d, "DOSSIER_SUPPLEMENT_LAPSED");
				forms.issue(d, OneStopPaper.REFUSAL_AFTER_REVIEW, ACTOR);
				return true;
			});
			if (Boolean.TRUE.equals(done)) {
				closed++;
			}
		}
		return closed;
	}
}
