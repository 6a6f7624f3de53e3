package vn.motcua.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLinks;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusLookup;
import vn.motcua.shared.VietnamTime;

/**
 * Satisfaction ratings of dossiers: one per dossier, once its result was returned, from the receipt link or the
 * counter tablet; and the figures of Decision 766 indicator 5.4 that the reporting module asks for.
 */
@Service
public class Satisfaction {

	private final JdbcClient jdbc;

	private final DossierStatusLookup dossiers;

	private final AuditTrail audit;

	private final DossierLinks links;

	private final Clock clock;

	Satisfaction(JdbcClient jdbc, DossierStatusLookup dossiers, AuditTrail audit, DossierLinks links, Clock clock) {
		this.jdbc = jdbc;
		this.links = links;
		this.dossiers = dossiers;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the dossier can be rated now: returned and not rated yet. */
	public boolean mayRate(String dossierCode) {
		return dossiers.find(dossierCode).map(this::mayRate).orElse(false);
	}

	/** {@link #mayRate(String)} for a dossier already read. */
	public boolean mayRate(Dossier dossier) {
		return dossier.status() == DossierStatus.RETURNED && !rated(dossier.code());
	}

	public boolean rated(String dossierCode) {
		return jdbc.sql("select count(*) from satisfaction_rating where dossier_code = ?").param(dossierCode)
			.query(Integer.class).single() > 0;
	}

	/**
	 * A rating given on the counter tablet: only the citizen holds the rating code printed on the receipt, so the
	 * officer at the counter cannot rate for them; the code works once (a dossier is rated once).
	 */
	@Transactional
	public void rateAtCounter(String dossierCode, String receiptCode, SatisfactionRating rating, String officer) {
		if (!links.verifyRatingCode(dossierCode, receiptCode)) {
			throw new FeedbackRefused("feedback.tablet.receiptCodeWrong");
		}
		rate(dossierCode, rating, SatisfactionRating.Channel.COUNTER_TABLET, officer);
	}

	/**
	 * Records the rating of a returned dossier; a second rating of the same dossier is refused. The caller has made
	 * sure the rating comes from the citizen (the receipt link's token, or {@link #rateAtCounter}).
	 */
	@Transactional
	public void rate(String dossierCode, SatisfactionRating rating, SatisfactionRating.Channel channel, String actor) {
		Dossier dossier = dossiers.find(dossierCode).orElseThrow(() -> new FeedbackRefused("feedback.rating.unknown"));
		if (dossier.status() != DossierStatus.RETURNED) {
			throw new FeedbackRefused("feedback.rating.notReturned");
		}
		if (!within(rating.overall()) || !within(rating.staffAttitude()) || !within(rating.informationClarity())
				|| rating.timeTaken() == null || rating.visits() < 1 || rating.visits() > 3) {
			throw new FeedbackRefused("feedback.rating.incomplete");
		}
		int inserted = jdbc.sql("""
				insert into satisfaction_rating (dossier_code, agency_code, procedure_code, overall, time_taken, visits,
				  staff_attitude, information_clarity, comment, channel, rated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (dossier_code) do nothing""")
			.params(dossierCode, dossier.agencyCode(), dossier.procedure().code(), rating.overall(),
					rating.timeTaken().name(), rating.visits(), rating.staffAttitude(), rating.informationClarity(),
					blankToNull(rating.comment()), channel.name(), OffsetDateTime.now(clock))
			.update();
		if (inserted == 0) {
			throw new FeedbackRefused("feedback.rating.already");
		}
		audit.recordAs(actor, "SATISFACTION_RATED", dossier.agencyCode(), dossierCode, null,
				"overall=" + rating.overall() + ", channel=" + channel);
	}

	/**
	 * Indicator 5.4 figures: the ratings given in [from, to] (inclusive dates, Vietnam time) for dossiers of the
	 * agencies: count, satisfied count, average overall rating.
	 */
	public SatisfactionFigures figures(Collection<String> agencies, LocalDate from, LocalDate to) {
		if (agencies.isEmpty()) {
			return new SatisfactionFigures(0, 0);
		}
		return jdbc.sql("""
				select count(*) as ratings, count(*) filter (where overall >= 4) as satisfied
				from satisfaction_rating
				where agency_code in (:agencies)
				  and rated_at >= cast(:from as date)::timestamp at time zone :zone
				  and rated_at < (cast(:to as date) + 1)::timestamp at time zone :zone""")
			.param("agencies", agencies)
			.param("zone", VietnamTime.ZONE.getId())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new SatisfactionFigures(rs.getLong("ratings"), rs.getLong("satisfied")))
			.single();
	}

	private static boolean within(int score) {
		return score >= 1 && score <= 5;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
