package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.shared.SubmissionChannel;

/**
 * The dossiers, with their documents, supplement cycles and recorded steps. Saves check the version (no lost update).
 * Loading reads the child rows while the dossier row is mapped, so each finder runs in one (read-only) transaction:
 * one connection per load, whoever calls it.
 */
@Repository
class Dossiers {

	private final JdbcClient jdbc;

	Dossiers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Optional<Dossier> findById(long id) {
		return jdbc.sql("select * from dossier where id = ?").param(id).query(this::map).optional();
	}

	@Transactional(readOnly = true)
	Optional<Dossier> findByCode(String code) {
		return jdbc.sql("select * from dossier where code = ?").param(code).query(this::map).optional();
	}

	Optional<Integer> versionOf(String code) {
		return jdbc.sql("select version from dossier where code = ?").param(code).query(Integer.class).optional();
	}

	@Transactional(readOnly = true)
	Optional<Dossier> findByToken(java.util.UUID token) {
		return jdbc.sql("select * from dossier where submission_token = ?").param(token).query(this::map).optional();
	}

	/** Inserts a new dossier under {@code code}; {@code submissionToken} (may be null) makes a resubmission idempotent. */
	void insert(Dossier dossier, String code, java.util.UUID submissionToken) {
		Applicant a = dossier.applicant();
		Applicant.Representative r = a.representative();
		ProcedureSnapshot p = dossier.procedure();
		long id = jdbc.sql("""
				insert into dossier (code, agency_code, procedure_code, procedure_version_id, procedure_name,
				  time_limit_amount, time_limit_unit, supplement_policy, cut_off, channel, assisted, status,
				  applicant_name, applicant_id_number, applicant_phone, applicant_address, applicant_email,
				  representative_name, representative_id_number, representative_phone, authorisation_paper, submitted_at,
				  submission_token)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(code, dossier.agencyCode(), p.code(), p.versionId(), p.name(), p.timeLimit().amount(),
					p.timeLimit().unit().name(), p.supplementPolicy().name(), p.cutOff(), dossier.channel().name(),
					dossier.assisted(), dossier.status().name(), a.name(), a.idNumber(), a.phone(), a.address(),
					a.email(), r == null ? null : r.name(), r == null ? null : r.idNumber(), r == null ? null : r.phone(),
					r == null ? null : r.authorisationPaper(), dossier.submittedAt(), submissionToken)
			.query(Long.class).single();
		dossier.assignIdentity(id, code);
		saveState(dossier);
	}

	void update(Dossier dossier) {
		saveState(dossier);
	}

	private void saveState(Dossier d) {
		int updated = jdbc.sql("""
				update dossier set status = ?, received_at = ?, start_date = ?, due_date = ?, due_at = ?,
				  extended_due_date = ?, extension_reason = ?, specialist = ?, proposal = ?, decision = ?,
				  decision_reason = ?, resolved_on = ?, return_method = ?, closing_reason = ?, fee_due = ?,
				  version = version + 1, updated_at = now()
				where id = ? and version = ?""")
			.params(d.status().name(), d.receivedAt(), d.startDate(), d.dueDate(), d.dueAt(), d.extendedDueDate(),
					d.extensionReason(), d.specialist(), name(d.proposal()), name(d.decision()), d.decisionReason(),
					d.resolvedOn(), d.returnMethod(), d.closingReason(), d.feeDue(), d.id(), d.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("dossier " + d.code() + " was changed by someone else");
		}
		d.versionSaved(d.version() + 1);
		jdbc.sql("delete from dossier_document where dossier_id = ?").param(d.id()).update();
		int position = 0;
		for (DossierDocument doc : d.documents()) {
			jdbc.sql("""
					insert into dossier_document (dossier_id, position, kind, name, original, copies, stored_document_id)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(d.id(), position++, doc.kind().name(), doc.name(), doc.original(), doc.copies(),
						doc.storedDocumentId())
				.update();
		}
		jdbc.sql("delete from dossier_supplement where dossier_id = ?").param(d.id()).update();
		int cycle = 0;
		for (SupplementCycle s : d.supplements()) {
			jdbc.sql("""
					insert into dossier_supplement (dossier_id, cycle, requested_at, missing, reason,
					  remaining_working_days, received_at) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(d.id(), ++cycle, s.requestedAt(), s.missing(), s.reason(), s.remainingWorkingDays(),
						s.receivedAt())
				.update();
		}
		for (DossierStep step : d.takeNewSteps()) {
			jdbc.sql("""
					insert into dossier_step (dossier_id, at, actor, action, from_status, to_status, handed_to, note)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(d.id(), step.at(), step.actor(), step.action(), name(step.from()), name(step.to()),
						step.handedTo(), step.note())
				.update();
		}
	}

	private Dossier map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		ProcedureSnapshot procedure = new ProcedureSnapshot(rs.getString("procedure_code"),
				(Long) rs.getObject("procedure_version_id"), rs.getString("procedure_name"),
				new TimeLimit(rs.getInt("time_limit_amount"), TimeLimit.Unit.valueOf(rs.getString("time_limit_unit"))),
				SupplementPolicy.valueOf(rs.getString("supplement_policy")), rs.getObject("cut_off", LocalTime.class));
		String representative = rs.getString("representative_name");
		Applicant applicant = new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
				rs.getString("applicant_phone"), rs.getString("applicant_address"), rs.getString("applicant_email"),
				representative == null ? null
						: new Applicant.Representative(representative, rs.getString("representative_id_number"),
								rs.getString("representative_phone"), rs.getString("authorisation_paper")));
		Dossier dossier = new Dossier(id, rs.getString("code"), rs.getString("agency_code"), procedure,
				SubmissionChannel.valueOf(rs.getString("channel")), rs.getBoolean("assisted"), applicant,
				DossierStatus.valueOf(rs.getString("status")), rs.getObject("submitted_at", OffsetDateTime.class),
				documents(id), supplements(id), steps(id));
		dossier.restore(rs.getObject("received_at", OffsetDateTime.class), rs.getObject("start_date", LocalDate.class),
				rs.getObject("due_date", LocalDate.class), rs.getObject("due_at", OffsetDateTime.class),
				rs.getObject("extended_due_date", LocalDate.class), rs.getString("extension_reason"),
				rs.getString("specialist"), decision(rs.getString("proposal")), decision(rs.getString("decision")),
				rs.getString("decision_reason"), rs.getObject("resolved_on", LocalDate.class),
				rs.getString("return_method"), rs.getString("closing_reason"), rs.getLong("fee_due"),
				rs.getInt("version"));
		return dossier;
	}

	private List<DossierDocument> documents(long id) {
		return jdbc.sql("select * from dossier_document where dossier_id = ? order by position").param(id)
			.query((rs, i) -> new DossierDocument(DossierDocument.Kind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getBoolean("original"), rs.getInt("copies"),
					rs.getObject("stored_document_id", UUID.class)))
			.list();
	}

	private List<SupplementCycle> supplements(long id) {
		return jdbc.sql("select * from dossier_supplement where dossier_id = ? order by cycle").param(id)
			.query((rs, i) -> new SupplementCycle(rs.getObject("requested_at", OffsetDateTime.class),
					rs.getString("missing"), rs.getString("reason"), rs.getInt("remaining_working_days"),
					rs.getObject("received_at", OffsetDateTime.class)))
			.list();
	}

	private List<DossierStep> steps(long id) {
		return jdbc.sql("select * from dossier_step where dossier_id = ? order by id").param(id)
			.query((rs, i) -> new DossierStep(rs.getObject("at", OffsetDateTime.class), rs.getString("actor"),
					rs.getString("action"), status(rs.getString("from_status")), status(rs.getString("to_status")),
					rs.getString("handed_to"), rs.getString("note")))
			.list();
	}

	private static DossierStatus status(String name) {
		return name == null ? null : DossierStatus.valueOf(name);
	}

	private static Decision decision(String name) {
		return name == null ? null : Decision.valueOf(name);
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}
}
