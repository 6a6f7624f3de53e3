package vn.motcua.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.Countdown;
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.shared.VietnamTime;

/**
 * The petitions desk (tiếp nhận, xử lý phản ánh, kiến nghị): filing with a tracking code, the officers' actions with
 * their working-day deadlines, publication of answers, and the petitioner's rating and single reopening. Filing and
 * answering publish {@link PetitionReceived} and {@link PetitionAnswered} in the desk's transaction (the petitioner is
 * told by message, issue 16).
 */
@Service
public class PetitionDesk {

	/** Tracking codes: PA- and 8 characters without look-alikes (0/O, 1/I): about 10^12 codes, not guessable. */
	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final Petitions petitions;

	private final DeadlineCalendar calendar;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int perContactPerDay;

	private final ApplicationEventPublisher events;

	PetitionDesk(Petitions petitions, DeadlineCalendar calendar, AuditTrail audit, JdbcClient jdbc, Clock clock,
			@Value("${motcua.petitions.per-contact-per-day:3}") int perContactPerDay, ApplicationEventPublisher events) {
		this.events = events;
		this.perContactPerDay = Math.max(1, perContactPerDay);
		this.petitions = petitions;
		this.calendar = calendar;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What a citizen files. */
	public record Filing(String agencyCode, Petition.Subject subject, String dossierCode, String title, String content,
			String petitionerName, String petitionerContact) {
	}

	/**
	 * Files a petition; returns it with its tracking code and deadlines. Refused: an exact repeat (same commune, title
	 * and content as a petition filed in the last 30 days), and a petition from a contact (phone or e-mail, written any
	 * way) that already filed {@code motcua.petitions.per-contact-per-day} in the last 24 hours. Identical filings at
	 * the same instant queue on a lock, so only the first is saved.
	 */
	@Transactional
	public Petition file(Filing filing) {
		if (filing.subject() == null || blank(filing.title()) || blank(filing.content())
				|| blank(filing.petitionerName()) || blank(filing.agencyCode())) {
			throw new FeedbackRefused("feedback.petition.filingIncomplete");
		}
		OffsetDateTime now = now();
		String title = filing.title().strip();
		String content = filing.content().strip();
		petitions.lock("content:" + filing.agencyCode() + "\n" + title + "\n" + content);
		if (petitions.repeated(filing.agencyCode(), title, content, now.minusDays(30))) {
			throw new FeedbackRefused("feedback.petition.repeated");
		}
		String contact = Petitions.normalisedContact(filing.petitionerContact());
		if (contact != null) {
			petitions.lock("contact:" + contact);
			if (petitions.filedFromContact(contact, now.minusDays(1)) >= perContactPerDay) {
				throw new FeedbackRefused("feedback.petition.tooManyFromContact");
			}
		}
		PetitionDeadlines deadlines = deadlines();
		LocalDate today = today();
		String code = newCode();
		Petition petition = Petition.filed(code, filing.agencyCode(), filing.subject(),
				blank(filing.dossierCode()) ? null : filing.dossierCode().strip().toUpperCase(),
				filing.title().strip(), filing.content().strip(), filing.petitionerName().strip(),
				blank(filing.petitionerContact()) ? null : filing.petitionerContact().strip(), now(), today,
				workingDaysAfter(today, deadlines.refuseWithin()), workingDaysAfter(today, deadlines.moreInfoWithin()),
				workingDaysAfter(today, deadlines.answerWithin()));
		petitions.insert(petition);
		audit.recordAs("citizen", "PETITION_FILED", petition.agencyCode(), code, null, petition.subject().name());
		events.publishEvent(new PetitionReceived(code, petition.agencyCode(), petition.petitionerContact(), now));
		return petition;
	}

	public Optional<Petition> find(String code) {
		return code == null ? Optional.empty() : petitions.findByCode(code.strip().toUpperCase());
	}

	/** Whether a petition has this tracking code (one row count, without reading the petition). */
	public boolean exists(String code) {
		return code != null && petitions.codeTaken(code.strip().toUpperCase());
	}

	/** The open petitions of these agencies (all of them for the installation administrator), nearest deadline first. */
	public List<Petition> findOpen(Collection<String> agencies, boolean all) {
		return petitions.findOpenFor(agencies, all);
	}

	/** Answers the agency published, newest first. */
	public List<Petition> findPublished(int limit) {
		return petitions.findPublished(limit);
	}

	public Countdown countdown(Petition petition) {
		return calendar.countdown(petition.nextDeadline(), today());
	}

	@Transactional
	public Petition classify(String code, Petition.Kind kind, String assignee, String actor) {
		return act(code, "PETITION_CLASSIFIED", p -> p.classify(kind, assignee, now(), actor));
	}

	@Transactional
	public Petition askForInformation(String code, String request, String actor) {
		return act(code, "PETITION_INFORMATION_REQUESTED", p -> p.askForInformation(request, now(), actor));
	}

	@Transactional
	public Petition addInformation(String code, String information) {
		return act(code, "PETITION_INFORMATION_ADDED",
				p -> p.addInformation(information, now(), workingDaysAfter(today(), deadlines().answerWithin())));
	}

	@Transactional
	public Petition refuse(String code, String reason, String actor) {
		return act(code, "PETITION_REFUSED", p -> p.refuse(reason, now(), actor));
	}

	@Transactional
	public Petition answer(String code, String answer, boolean publish, String actor) {
		OffsetDateTime now = now();
		Petition answered = act(code, "PETITION_ANSWERED", p -> p.answer(answer, publish, now, today(), actor));
		events.publishEvent(new PetitionAnswered(answered.code(), answered.agencyCode(), answered.petitionerContact(),
				now));
		return answered;
	}

	@Transactional
	public Petition rate(String code, Petition.Rating rating) {
		return act(code, "PETITION_RATED", p -> p.rate(rating, now()));
	}

	@Transactional
	public Petition reopen(String code, String reason) {
		return act(code, "PETITION_REOPENED",
				p -> p.reopen(reason, now(), workingDaysAfter(today(), deadlines().answerWithin())));
	}

	public PetitionDeadlines deadlines() {
		return jdbc.sql("select refuse_within, more_info_within, answer_within from petition_deadline_setting where id = 1")
			.query((rs, n) -> new PetitionDeadlines(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	@Transactional
	public void changeDeadlines(PetitionDeadlines deadlines) {
		if (!deadlines.valid()) {
			throw new FeedbackRefused("feedback.settings.invalid");
		}
		PetitionDeadlines before = deadlines();
		jdbc.sql("update petition_deadline_setting set refuse_within = ?, more_info_within = ?, answer_within = ? "
				+ "where id = 1").params(deadlines.refuseWithin(), deadlines.moreInfoWithin(),
						deadlines.answerWithin()).update();
		audit.record("PETITION_DEADLINES_CHANGED", null, "petition_deadline_setting", before.toString(),
				deadlines.toString());
	}

	private Petition act(String code, String action, Consumer<Petition> transition) {
		Petition petition = find(code).orElseThrow(() -> new FeedbackRefused("feedback.petition.unknown"));
		String before = petition.status().name();
		transition.accept(petition);
		petitions.update(petition);
		audit.recordAs(actorOf(petition), action, petition.agencyCode(), petition.code(), before,
				petition.status().name());
		return petition;
	}

	private static String actorOf(Petition petition) {
		return petition.steps().get(petition.steps().size() - 1).actor();
	}

	private LocalDate workingDaysAfter(LocalDate day, int days) {
		LocalDate start = calendar.isWorkingDay(day) ? day : calendar.plusWorkingDays(day, 1);
		return calendar.plusWorkingDays(start, days);
	}

	private String newCode() {
		while (true) {
			StringBuilder code = new StringBuilder("PA-");
			for (int i = 0; i < 8; i++) {
				code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
			}
			if (!petitions.codeTaken(code.toString())) {
				return code.toString();
			}
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
