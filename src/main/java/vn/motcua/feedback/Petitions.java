package vn.motcua.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.shared.VietnamTime;

/** The petitions with their steps; saves check the version (no lost update). */
@Repository
class Petitions {

	private final JdbcClient jdbc;

	Petitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Petition> findByCode(String code) {
		Optional<Petition> petition = jdbc.sql("select * from petition where code = ?").param(code)
			.query(this::map).optional();
		petition.ifPresent(p -> p.steps.addAll(jdbc.sql(
				"select at, actor, action, note from petition_step where petition_id = ? order by id").param(p.id)
			.query((rs, n) -> new Petition.Step(VietnamTime.read(rs, "at"), rs.getString("actor"),
					rs.getString("action"), rs.getString("note")))
			.list()));
		return petition;
	}

	List<Petition> findOpenFor(Collection<String> agencies, boolean all) {
		String where = all ? "" : " and agency_code in (:agencies)";
		var spec = jdbc.sql("select * from petition where status in ('RECEIVED', 'IN_PROGRESS', 'AWAITING_INFORMATION', "
				+ "'REOPENED')" + where + " order by case when status = 'RECEIVED' then refuse_by else answer_by end, id");
		if (!all) {
			if (agencies.isEmpty()) {
				return List.of();
			}
			spec = spec.param("agencies", agencies);
		}
		return spec.query(this::map).list();
	}

	List<Petition> findPublished(int limit) {
		return jdbc.sql("select * from petition where published and status in ('ANSWERED', 'REOPENED') "
				+ "order by answered_on desc, id desc limit ?").param(limit).query(this::map).list();
	}

	/** Holds {@code key} until the transaction ends; another transaction asking for the same key waits. */
	void lock(String key) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 11))").param(key).query((rs, i) -> 0).single();
	}

	/** Whether a petition with exactly this title and content was filed to the commune since {@code since}. */
	boolean repeated(String agencyCode, String title, String content, OffsetDateTime since) {
		return jdbc.sql("select exists (select 1 from petition where agency_code = ? and received_at >= ? and title = ?"
				+ " and content = ?)")
			.params(agencyCode, since, title, content).query(Boolean.class).single();
	}

	/** How many petitions were filed since {@code since} from this contact (compared as {@link #normalisedContact}). */
	int filedFromContact(String normalisedContact, OffsetDateTime since) {
		return jdbc.sql("select count(*) from petition where received_at >= ? and " + NORMALISED_CONTACT + " = ?")
			.params(since, normalisedContact).query(Integer.class).single();
	}

	/** The same normalisation in SQL as {@link #normalisedContact} in Java. */
	private static final String NORMALISED_CONTACT =
			"regexp_replace(regexp_replace(lower(petitioner_contact), '[[:space:].()-]', '', 'g'), '^\\+?84', '0')";

	/**
	 * A contact as it is compared: lower case without spaces, dots, dashes and brackets, a phone's +84 or 84 written
	 * as 0 (so 0912 345 678, 091-234-5678 and +84912345678 are one phone); null when blank.
	 */
	static String normalisedContact(String contact) {
		if (contact == null || contact.isBlank()) {
			return null;
		}
		return contact.toLowerCase().replaceAll("[\\s.()-]", "").replaceFirst("^\\+?84", "0");
	}

	boolean codeTaken(String code) {
		return jdbc.sql("select count(*) from petition where code = ?").param(code).query(Integer.class).single() > 0;
	}

	void insert(Petition p) {
		p.id = jdbc.sql("""
				insert into petition (code, agency_code, subject, dossier_code, title, content, petitioner_name,
				  petitioner_contact, status, received_at, received_on, refuse_by, more_info_by, answer_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(p.code, p.agencyCode, p.subject.name(), p.dossierCode, p.title, p.content, p.petitionerName,
					p.petitionerContact, p.status.name(), p.receivedAt, p.receivedOn, p.refuseBy, p.moreInfoBy,
					p.answerBy)
			.query(Long.class).single();
		saveSteps(p);
	}

	void update(Petition p) {
		int updated = jdbc.sql("""
				update petition set status = ?, kind = ?, assignee = ?, answer_by = ?, information_request = ?,
				  refusal_reason = ?, answer = ?, answered_on = ?, published = ?, petitioner_rating = ?, reopened = ?,
				  version = version + 1
				where id = ? and version = ?""")
			.params(p.status.name(), p.kind == null ? null : p.kind.name(), p.assignee, p.answerBy,
					p.informationRequest, p.refusalReason, p.answer, p.answeredOn, p.published,
					p.petitionerRating == null ? null : p.petitionerRating.name(), p.reopened, p.id, p.version)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("petition " + p.code + " was changed by someone else");
		}
		p.version++;
		saveSteps(p);
	}

	private void saveSteps(Petition p) {
		for (Petition.Step step : p.newSteps) {
			jdbc.sql("insert into petition_step (petition_id, at, actor, action, note) values (?, ?, ?, ?, ?)")
				.params(p.id, step.at(), step.actor(), step.action(), step.note()).update();
		}
		p.newSteps.clear();
	}

	private Petition map(ResultSet rs, int row) throws SQLException {
		Petition p = new Petition(rs.getString("code"), rs.getString("agency_code"),
				Petition.Subject.valueOf(rs.getString("subject")), rs.getString("dossier_code"), rs.getString("title"),
				rs.getString("content"), rs.getString("petitioner_name"), rs.getString("petitioner_contact"),
				VietnamTime.read(rs, "received_at"), rs.getObject("received_on", LocalDate.class));
		p.id = rs.getLong("id");
		p.status = Petition.Status.valueOf(rs.getString("status"));
		p.kind = rs.getString("kind") == null ? null : Petition.Kind.valueOf(rs.getString("kind"));
		p.assignee = rs.getString("assignee");
		p.refuseBy = rs.getObject("refuse_by", LocalDate.class);
		p.moreInfoBy = rs.getObject("more_info_by", LocalDate.class);
		p.answerBy = rs.getObject("answer_by", LocalDate.class);
		p.informationRequest = rs.getString("information_request");
		p.refusalReason = rs.getString("refusal_reason");
		p.answer = rs.getString("answer");
		p.answeredOn = rs.getObject("answered_on", LocalDate.class);
		p.published = rs.getBoolean("published");
		p.petitionerRating = rs.getString("petitioner_rating") == null ? null
				: Petition.Rating.valueOf(rs.getString("petitioner_rating"));
		p.reopened = rs.getBoolean("reopened");
		p.version = rs.getInt("version");
		return p;
	}
}
