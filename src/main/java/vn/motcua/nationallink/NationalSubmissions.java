package vn.motcua.nationallink;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.shared.VietnamTime;

/**
 * The online submissions fetched from the national portal ({@code national_submission}: imported, with the dossier
 * that waits at the counter, or refused, with the reason) and the cursor of each agency code's listing
 * ({@code national_submission_cursor}). docs/national-link.md, "Online submissions".
 */
@Repository
class NationalSubmissions {

	/** The refused submissions listed on the administrator's page (the latest first). */
	static final int SHOWN = 200;

	private final JdbcClient jdbc;

	NationalSubmissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A submission the link refused, for the administrator. */
	record Refused(String portalCode, String madonvi, String agencyCode, String procedureCode, String submittedAt,
			OffsetDateTime fetchedAt, String reason) {
	}

	/**
	 * Holds {@code portalCode} until the transaction ends (another instance fetching the same submission waits), and
	 * says whether it was imported or refused already.
	 */
	boolean lockAndKnow(String portalCode) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('national_submission:' || ?, 0))").param(portalCode)
			.query(Object.class).single();
		return jdbc.sql("select count(*) from national_submission where portal_code = ?").param(portalCode)
			.query(Long.class).single() > 0;
	}

	/** The order number of the last submission fetched for {@code madonvi} (0: none yet). */
	long cursor(String madonvi) {
		return jdbc.sql("select last_sequence from national_submission_cursor where madonvi = ?").param(madonvi)
			.query(Long.class).optional().orElse(0L);
	}

	/** Moves the cursor of {@code madonvi} to {@code sequence}, never back. */
	void moveCursor(String madonvi, long sequence) {
		jdbc.sql("""
				insert into national_submission_cursor (madonvi, last_sequence) values (?, ?)
				on conflict (madonvi) do update
				  set last_sequence = greatest(national_submission_cursor.last_sequence, excluded.last_sequence)""")
			.params(madonvi, sequence).update();
	}

	/** Records what became of a submission: the dossier it made, or why it was refused (exactly one of the two). */
	void record(Listed listed, String agencyCode, String dossierCode, String refusedReason, OffsetDateTime now) {
		jdbc.sql("""
				insert into national_submission (portal_code, madonvi, agency_code, sequence, procedure_code,
				  submitted_at, fetched_at, dossier_code, refused_reason)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(listed.portalCode(), listed.madonvi(), agencyCode, listed.sequence(), listed.procedureCode(),
					listed.submittedAt(), now, dossierCode, refusedReason)
			.update();
	}

	/**
	 * After an import: the rows the outbox queued for the new dossier in this transaction speak of it by the portal's
	 * code and agency, and the portal is known to have it (its first synchronisation is an update).
	 */
	void answerUnderPortalCode(String dossierCode, String portalCode, String madonvi) {
		jdbc.sql("""
				update national_outbox set madonvi = :madonvi,
				  dossier = jsonb_set(dossier, '{MaHoSo}', to_jsonb(cast(:portal as text))),
				  progress = jsonb_set(progress, '{MaHoSo}', to_jsonb(cast(:portal as text)))
				where dossier_code = :code""")
			.params(Map.of("madonvi", madonvi, "portal", portalCode, "code", dossierCode)).update();
		jdbc.sql("""
				insert into national_dossier (dossier_code, inserted) values (?, true)
				on conflict (dossier_code) do update set inserted = true""").param(dossierCode).update();
	}

	/** The portal's code of a dossier imported from it, if it was. */
	Optional<String> portalCodeOf(String dossierCode) {
		return jdbc.sql("select portal_code from national_submission where dossier_code = ?").param(dossierCode)
			.query(String.class).optional();
	}

	/** The refused submissions of the communes given ({@code null}: every one), the latest first. */
	List<Refused> refused(Collection<String> agencies) {
		return jdbc.sql("""
				select portal_code, madonvi, agency_code, procedure_code, submitted_at, fetched_at, refused_reason
				from national_submission
				where refused_reason is not null and (:all or agency_code = any(:agencies))
				order by fetched_at desc, id desc
				limit :shown""")
			.param("all", agencies == null)
			.param("agencies", agencies == null ? new String[0] : agencies.toArray(String[]::new))
			.param("shown", SHOWN)
			.query((rs, i) -> new Refused(rs.getString("portal_code"), rs.getString("madonvi"),
					rs.getString("agency_code"), rs.getString("procedure_code"), rs.getString("submitted_at"),
					VietnamTime.read(rs, "fetched_at"), rs.getString("refused_reason")))
			.list();
	}

	/** A line of the portal's listing ({@code LayDanhSachHoSoNopTrucTuyen}). */
	record Listed(String madonvi, long sequence, String portalCode, String procedureCode, String submittedAt) {
	}
}
