package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;


/**
 * The dossiers, with their documents, supplement cycles and recorded steps. Saves check the version (no lost update).
 * Loading ({@link DossierRows}) reads the child rows while the dossier row is mapped, so each finder runs in one
 * (read-only) transaction: one connection per load, whoever calls it.
 */
@Repository
class Dossiers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	/**
	 * Inserts the documents and the new steps of the dossier whose id the query names {@code added}: the parameters
	 * are {@link #children}.
	 */
	private static final String CHILDREN = """
			documents as (
			  insert into dossier_document (dossier_id, position, kind, name, original, copies, stored_document_id)
			  select added.id, t.p, t.k, t.n, t.o, t.c, t.s::uuid
			  from added, unnest(?::int[], ?::text[], ?::text[], ?::boolean[], ?::int[], ?::text[]) as t(p, k, n, o, c, s)),
			steps as (
			  insert into dossier_step (dossier_id, at, actor, action, from_status, to_status, handed_to, note)
			  select added.id, t.at::timestamptz, t.actor, t.action, t.from_status, t.to_status, t.handed_to, t.note
			  from added, unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
			    as t(at, actor, action, from_status, to_status, handed_to, note))""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final DailyNumbers numbers;

	private final DossierRows rows;

	Dossiers(JdbcClient jdbc, JdbcTemplate batches, DailyNumbers numbers) {
		this.jdbc = jdbc;
		this.rows = new DossierRows(jdbc);
		this.batches = batches;
		this.numbers = numbers;
	}

	@Transactional(readOnly = true)
	Optional<Dossier> findById(long id) {
		return jdbc.sql("select * from dossier where id = ?").param(id).query(rows::map).optional();
	}

	@Transactional(readOnly = true)
	Optional<Dossier> findByCode(String code) {
		return jdbc.sql("select * from dossier where code = ?").param(code).query(rows::map).optional();
	}

	Optional<Integer> versionOf(String code) {
		return jdbc.sql("select version from dossier where code = ?").param(code).query(Integer.class).optional();
	}

	@Transactional(readOnly = true)
	Optional<Dossier> findByToken(java.util.UUID token) {
		return jdbc.sql("select * from dossier where submission_token = ?").param(token).query(rows::map).optional();
	}

	/**
	 * Waits for any other transaction holding the same submission token, and holds it until this transaction ends
	 * (a PostgreSQL advisory lock: other tokens are not held up).
	 */
	void lockSubmissionToken(UUID token) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 7))").param(token.toString()).query((rs, i) -> 0)
			.single();
	}

	/**
	 * Inserts a new dossier with its documents and steps in one statement, and gives it its code
	 * {@code <agency code>-YYMMDD-NNNN} (at least four digits) with the next number of the agency's day
	 * ({@link DailyNumbers}: distinct, and without gaps unless an intake failed after taking its number).
	 * {@code submissionToken} (may be null) makes a resubmission idempotent.
	 */
	void insert(Dossier d, LocalDate day, UUID submissionToken) {
		Applicant a = d.applicant();
		Applicant.Representative r = a.representative();
		ProcedureSnapshot p = d.procedure();
		record Inserted(long id, String code) {
		}
		long number = numbers.next(d.agencyCode(), day);
		String numbered = String.valueOf(number);
		String code = d.agencyCode() + "-" + DAY.format(day) + "-" + "0".repeat(Math.max(0, 4 - numbered.length()))
				+ numbered;
		Inserted inserted = jdbc.sql("""
				with added as (
				  insert into dossier (code, agency_code, procedure_code, procedure_version_id, procedure_name,
				    time_limit_amount, time_limit_unit, supplement_policy, cut_off, channel, assisted, status,
				    applicant_name, applicant_id_number, applicant_phone, applicant_address, applicant_email,
				    representative_name, representative_id_number, representative_phone, authorisation_paper,
				    applicant_kind, applicant_identifier, legal_representative, representative_basis, submitted_at, submission_token, received_at, start_date, due_date, due_at, extended_due_date,
				    extension_reason, specialist, proposal, decision, decision_reason, resolved_on, return_method,
				    closing_reason, fee_due, version, component_stored, result_stored)
				  values (?, ?, ?, ?, ?, ?, ?, ?,
				    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				    ?, ?, ?, ?)
				  returning id, code),
				""" + CHILDREN + """
				select id, code from added""")
			.params(code, d.agencyCode(), p.code(),
					p.versionId(), p.name(), p.timeLimit().amount(), p.timeLimit().unit().name(),
					p.supplementPolicy().name(), p.cutOff(), d.channel().name(), d.assisted(), d.status().name(),
					a.name(), a.idNumber(), a.phone(), a.address(), a.email(), r == null ? null : r.name(),
					r == null ? null : r.idNumber(), r == null ? null : r.phone(),
					r == null ? null : r.authorisationPaper(), a.kind().name(), a.identifier().name(),
					a.legalRepresentative(), r == null ? null : r.basis().name(), d.submittedAt(), submissionToken, d.receivedAt(),
					d.startDate(), d.dueDate(), d.dueAt(), d.extendedDueDate(), d.extensionReason(), d.specialist(),
					name(d.proposal()), name(d.decision()), d.decisionReason(), d.resolvedOn(), d.returnMethod(),
					d.closingReason(), d.feeDue(), d.version() + 1, stored(d, DossierDocument.Kind.COMPONENT),
					stored(d, DossierDocument.Kind.RESULT))
			.params(children(d))
			.query((rs, i) -> new Inserted(rs.getLong("id"), rs.getString("code")))
			.single();
		d.versionSaved(d.version() + 1);
		d.assignIdentity(inserted.id(), inserted.code());
		insertSupplements(inserted.id(), d);
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
				  supplement_lapses_on = ?, version = version + 1, updated_at = now()
				where id = ? and version = ?""")
			.params(d.status().name(), d.receivedAt(), d.startDate(), d.dueDate(), d.dueAt(), d.extendedDueDate(),
					d.extensionReason(), d.specialist(), name(d.proposal()), name(d.decision()), d.decisionReason(),
					d.resolvedOn(), d.returnMethod(), d.closingReason(), d.feeDue(), d.supplementLapsesOn(), d.id(),
					d.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("dossier " + d.code() + " was changed by someone else");
		}
		d.versionSaved(d.version() + 1);
		jdbc.sql("delete from dossier_document where dossier_id = ?").param(d.id()).update();
		jdbc.sql("delete from dossier_supplement where dossier_id = ?").param(d.id()).update();
		insertChildren(d.id(), d);
		saveTransfers(d);
	}

	/** The liên thông hand-offs as they are now (few per dossier: rewritten whole). */
	private void saveTransfers(Dossier d) {
		if (d.transfers().isEmpty()) {
			return;
		}
		jdbc.sql("delete from dossier_transfer where dossier_id = ?").param(d.id()).update();
		List<Object[]> rows = new ArrayList<>();
		for (InteragencyTransfer t : d.transfers()) {
			rows.add(new Object[] { d.id(), t.position(), t.batch(), t.agency(), t.agencyCode(), t.lead(),
					t.shareWorkingDays(), t.shareDueDate(), t.sentAt(), t.sentBy(), t.returnedAt(), t.returnedBy(),
					t.answer() });
		}
		batch("""
				insert into dossier_transfer (dossier_id, position, batch, agency, agency_code, lead, share_working_days,
				  share_due_date, sent_at, sent_by, returned_at, returned_by, answer)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/**
	 * The documents as they are now and the steps not saved yet, each table in one {@code unnest} insert (the
	 * documents' statement-level trigger, the dossier's file flags, then runs once), in one statement; then the
	 * supplement cycles.
	 */
	private void insertChildren(long id, Dossier d) {
		jdbc.sql("with added as (select cast(? as bigint) as id), " + CHILDREN + " select 1")
			.param(id)
			.params(children(d))
			.query(Integer.class)
			.single();
		insertSupplements(id, d);
	}

	/**
	 * The parameters of {@link #CHILDREN}: one array per column of the documents (positions from 0), then of the steps
	 * not saved yet (taken from the dossier).
	 */
	private static List<Object> children(Dossier d) {
		List<DossierDocument> documents = d.documents();
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
		List<DossierStep> steps = d.takeNewSteps();
		int m = steps.size();
		String[] at = new String[m];
		String[] actors = new String[m];
		String[] actions = new String[m];
		String[] from = new String[m];
		String[] to = new String[m];
		String[] handedTo = new String[m];
		String[] notes = new String[m];
		for (int i = 0; i < m; i++) {
			DossierStep step = steps.get(i);
			at[i] = step.at().toString();
			actors[i] = step.actor();
			actions[i] = step.action().name();
			from[i] = name(step.from());
			to[i] = name(step.to());
			handedTo[i] = step.handedTo();
			notes[i] = step.note();
		}
		return List.of(positions, kinds, names, originals, copies, stored, at, actors, actions, from, to, handedTo,
				notes);
	}

	private void insertSupplements(long id, Dossier d) {
		List<Object[]> supplements = new ArrayList<>();
		for (SupplementCycle s : d.supplements()) {
			supplements.add(new Object[] { id, supplements.size() + 1, s.requestedAt(), s.missing(), s.reason(),
					s.remainingWorkingDays(), s.receivedAt() });
		}
		batch("""
				insert into dossier_supplement (dossier_id, cycle, requested_at, missing, reason,
				  remaining_working_days, received_at) values (?, ?, ?, ?, ?, ?, ?)""", supplements);
	}

	private void batch(String sql, List<Object[]> rows) {
		if (rows.size() == 1) {
			jdbc.sql(sql).params(rows.get(0)).update();
		}
		else if (!rows.isEmpty()) {
			batches.batchUpdate(sql, rows);
		}
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}
}
