package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
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

	private final JdbcTemplate batches;

	Dossiers(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
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

	/**
	 * Inserts a new dossier with its documents and steps, then takes its code from {@code code} as the last statement:
	 * the daily sequence's row lock (which makes concurrent intakes wait for each other) is then held only until the
	 * commit. {@code submissionToken} (may be null) makes a resubmission idempotent.
	 */
	void insert(Dossier d, Supplier<String> code, UUID submissionToken) {
		Applicant a = d.applicant();
		Applicant.Representative r = a.representative();
		ProcedureSnapshot p = d.procedure();
		long id = jdbc.sql("""
				insert into dossier (code, agency_code, procedure_code, procedure_version_id, procedure_name,
				  time_limit_amount, time_limit_unit, supplement_policy, cut_off, channel, assisted, status,
				  applicant_name, applicant_id_number, applicant_phone, applicant_address, applicant_email,
				  representative_name, representative_id_number, representative_phone, authorisation_paper, submitted_at,
				  submission_token, received_at, start_date, due_date, due_at, extended_due_date, extension_reason,
				  specialist, proposal, decision, decision_reason, resolved_on, return_method, closing_reason, fee_due,
				  version, component_stored, result_stored)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				  ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params("~" + UUID.randomUUID(), d.agencyCode(), p.code(), p.versionId(), p.name(), p.timeLimit().amount(),
					p.timeLimit().unit().name(), p.supplementPolicy().name(), p.cutOff(), d.channel().name(),
					d.assisted(), d.status().name(), a.name(), a.idNumber(), a.phone(), a.address(), a.email(),
					r == null ? null : r.name(), r == null ? null : r.idNumber(), r == null ? null : r.phone(),
					r == null ? null : r.authorisationPaper(), d.submittedAt(), submissionToken, d.receivedAt(),
					d.startDate(), d.dueDate(), d.dueAt(), d.extendedDueDate(), d.extensionReason(), d.specialist(),
					name(d.proposal()), name(d.decision()), d.decisionReason(), d.resolvedOn(), d.returnMethod(),
					d.closingReason(), d.feeDue(), d.version() + 1, stored(d, DossierDocument.Kind.COMPONENT),
					stored(d, DossierDocument.Kind.RESULT))
			.query(Long.class).single();
		d.versionSaved(d.version() + 1);
		insertChildren(id, d);
		String taken = code.get();
		jdbc.sql("update dossier set code = ? where id = ?").params(taken, id).update();
		d.assignIdentity(id, taken);
	}

	/** Whether a document of that kind has its file stored: the dossier's file flags, right from the first insert. */
	private static boolean stored(Dossier d, DossierDocument.Kind kind) {
		return d.documents().stream().anyMatch(doc -> doc.kind() == kind && doc.storedDocumentId() != null);
	}

	void update(Dossier d) {
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
		jdbc.sql("delete from dossier_supplement where dossier_id = ?").param(d.id()).update();
		insertChildren(d.id(), d);
	}

	/** The documents and supplement cycles as they are now, and the steps not saved yet: one batch per table. */
	private void insertChildren(long id, Dossier d) {
		// one statement for all the documents: its statement-level trigger (the dossier's file flags) then runs once
		List<DossierDocument> documents = d.documents();
		if (!documents.isEmpty()) {
			int n = documents.size();
			Integer[] positions = new Integer[n];
			String[] kinds = new String[n];
			String[] names = new String[n];
			Boolean[] originals = new Boolean[n];
			Integer[] copies = new Integer[n];
			String[] stored = new String[n];
			for (int i = 0; i < n; i++) {
				DossierDocument doc = documents.get(i);
				positions[i] = i;
				kinds[i] = doc.kind().name();
				names[i] = doc.name();
				originals[i] = doc.original();
				copies[i] = doc.copies();
				stored[i] = doc.storedDocumentId() == null ? null : doc.storedDocumentId().toString();
			}
			jdbc.sql("""
					insert into dossier_document (dossier_id, position, kind, name, original, copies, stored_document_id)
					select ?, p, k, n, o, c, s::uuid
					from unnest(?::int[], ?::text[], ?::text[], ?::boolean[], ?::int[], ?::text[]) as t(p, k, n, o, c, s)""")
				.params(id, positions, kinds, names, originals, copies, stored)
				.update();
		}
		List<Object[]> supplements = new ArrayList<>();
		for (SupplementCycle s : d.supplements()) {
			supplements.add(new Object[] { id, supplements.size() + 1, s.requestedAt(), s.missing(), s.reason(),
					s.remainingWorkingDays(), s.receivedAt() });
		}
		batch("""
				insert into dossier_supplement (dossier_id, cycle, requested_at, missing, reason,
				  remaining_working_days, received_at) values (?, ?, ?, ?, ?, ?, ?)""", supplements);
		List<Object[]> steps = new ArrayList<>();
		for (DossierStep step : d.takeNewSteps()) {
			steps.add(new Object[] { id, step.at(), step.actor(), step.action(), name(step.from()), name(step.to()),
					step.handedTo(), step.note() });
		}
		batch("""
				insert into dossier_step (dossier_id, at, actor, action, from_status, to_status, handed_to, note)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", steps);
	}

	private void batch(String sql, List<Object[]> rows) {
		if (rows.size() == 1) {
			jdbc.sql(sql).params(rows.get(0)).update();
		}
		else if (!rows.isEmpty()) {
			batches.batchUpdate(sql, rows);
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
