package vn.motcua.dossier;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes replayed dossiers ({@link DossierHistory}) in batches with PostgreSQL {@code COPY} on one connection held
 * for the whole import: the dossier rows (ids taken from the table's identity sequence beforehand), their documents,
 * supplement cycles and steps. It also remembers, in a temporary table, every code the file has shown so far and on which line, so a
 * repeated code is found without keeping the codes in memory. Each batch is one transaction, serialised with other
 * imports by an advisory lock so that a code found absent stays absent until the batch commits.
 */
public final class ImportBatchWriter implements AutoCloseable {

	private static final long IMPORT_LOCK = 0x4D6F74437561L;

	private final Connection connection;

	private final CopyManager copy;

	ImportBatchWriter(Connection connection) throws SQLException {
		this.connection = connection;
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					create temporary table if not exists dossier_import_seen (code text primary key, line int not null)""");
			statement.execute("truncate dossier_import_seen");
		}
		connection.commit();
	}

	/**
	 * A replayed dossier with the documents to link: those of the dossier, their files now stored (the import stores a
	 * line's files only once it knows the line is written).
	 */
	public record Row(Dossier dossier, List<DossierDocument> documents) {
	}

	/** Starts a batch: waits for any other import's batch to finish. */
	public void begin() throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("select pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
		}
	}

	/**
	 * Records the codes of a batch (line → code, first occurrence within the batch only) and returns, for each code
	 * already shown by an earlier line, that earlier line.
	 */
	public Map<String, Integer> earlierLines(Map<String, Integer> firstLineByCode) throws SQLException {
		Map<String, Integer> earlier = new HashMap<>();
		if (firstLineByCode.isEmpty()) {
			return earlier;
		}
		List<String> codes = new ArrayList<>(firstLineByCode.keySet());
		Integer[] lines = codes.stream().map(firstLineByCode::get).toArray(Integer[]::new);
		try (PreparedStatement select = connection.prepareStatement(
				"select code, line from dossier_import_seen where code = any(?)")) {
			select.setArray(1, connection.createArrayOf("text", codes.toArray()));
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					earlier.put(rs.getString(1), rs.getInt(2));
				}
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into dossier_import_seen (code, line) select * from unnest(?::text[], ?::int[])
				on conflict (code) do nothing""")) {
			insert.setArray(1, connection.createArrayOf("text", codes.toArray()));
			insert.setArray(2, connection.createArrayOf("int4", lines));
			insert.executeUpdate();
		}
		return earlier;
	}

	/** The codes among these that some dossier already has. */
	public Set<String> existing(List<String> codes) throws SQLException {
		Set<String> found = new HashSet<>();
		if (codes.isEmpty()) {
			return found;
		}
		try (PreparedStatement select = connection.prepareStatement("select code from dossier where code = any(?)")) {
			Array array = connection.createArrayOf("text", codes.toArray());
			select.setArray(1, array);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					found.add(rs.getString(1));
				}
			}
		}
		return found;
	}

	/** Writes the rows of the batch. */
	public void write(List<Row> rows) throws SQLException, IOException {
		if (rows.isEmpty()) {
			return;
		}
		long[] ids = new long[rows.size()];
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
				"select nextval(pg_get_serial_sequence('dossier', 'id')) from generate_series(1, " + rows.size() + ")")) {
			for (int i = 0; rs.next(); i++) {
				ids[i] = rs.getLong(1);
			}
		}
		CopyText dossiers = new CopyText();
		CopyText documents = new CopyText();
		CopyText supplements = new CopyText();
		CopyText steps = new CopyText();
		for (int i = 0; i < rows.size(); i++) {
			long id = ids[i];
			Dossier d = rows.get(i).dossier();
			ProcedureSnapshot p = d.procedure();
			Applicant a = d.applicant();
			Applicant.Representative r = a.representative();
			dossiers.row(id, d.code(), d.agencyCode(), p.code(), p.versionId(), p.name(), p.timeLimit().amount(),
					p.timeLimit().unit(), p.supplementPolicy(), p.cutOff(), d.channel(), d.assisted(), d.status(),
					a.name(), a.idNumber(), a.phone(), a.address(), a.email(), a.kind(), a.identifier(),
					a.legalRepresentative(), r == null ? null : r.name(), r == null ? null : r.idNumber(),
					r == null ? null : r.phone(), r == null ? null : r.authorisationPaper(),
					r == null ? null : r.basis(), d.submittedAt(), d.receivedAt(), d.startDate(), d.dueDate(),
					d.dueAt(), d.extendedDueDate(), d.extensionReason(), d.specialist(), d.proposal(), d.decision(),
					d.decisionReason(), d.resolvedOn(), d.returnMethod(), d.closingReason(),
					d.supplementLapsesOn(), d.feeDue());
			int position = 0;
			for (DossierDocument doc : rows.get(i).documents()) {
				documents.row(id, position++, doc.kind(), doc.name(), doc.original(), doc.copies(),
						doc.storedDocumentId());
			}
			int cycle = 0;
			for (SupplementCycle s : d.supplements()) {
				supplements.row(id, ++cycle, s.requestedAt(), s.missing(), s.reason(), s.remainingWorkingDays(),
						s.receivedAt());
			}
			d.assignIdentity(id, d.code());
			for (DossierStep step : d.takeNewSteps()) {
				steps.row(id, step.at(), step.actor(), step.action(), step.from(), step.to(), step.handedTo(),
						step.note());
			}
		}
		copy("""
				dossier (id, code, agency_code, procedure_code, procedure_version_id, procedure_name, time_limit_amount,
				  time_limit_unit, supplement_policy, cut_off, channel, assisted, status, applicant_name,
				  applicant_id_number, applicant_phone, applicant_address, applicant_email, applicant_kind,
				  applicant_identifier, legal_representative, representative_name, representative_id_number,
				  representative_phone, authorisation_paper, representative_basis, submitted_at, received_at,
				  start_date, due_date, due_at, extended_due_date, extension_reason, specialist, proposal, decision,
				  decision_reason, resolved_on, return_method, closing_reason, supplement_lapses_on, fee_due)""", dossiers);
		copy("dossier_document (dossier_id, position, kind, name, original, copies, stored_document_id)", documents);
		copy("""
				dossier_supplement (dossier_id, cycle, requested_at, missing, reason, remaining_working_days,
				  received_at)""", supplements);
		copy("dossier_step (dossier_id, at, actor, action, from_status, to_status, handed_to, note)", steps);
	}

	public void commit() throws SQLException {
		connection.commit();
	}

	public void rollback() throws SQLException {
		connection.rollback();
	}

	private void copy(String table, CopyText rows) throws SQLException, IOException {
		if (!rows.isEmpty()) {
			copy.copyIn("copy " + table + " from stdin", new StringReader(rows.toString()));
		}
	}

	@Override
	public void close() throws SQLException {
		try {
			connection.rollback();
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop table if exists dossier_import_seen");
			}
			connection.commit();
			connection.setAutoCommit(true);
		}
		finally {
			connection.close();
		}
	}

	/** Rows in the text format of {@code COPY}: tab-separated, {@code \N} for null, backslash escapes. */
	private static final class CopyText {

		private final StringBuilder text = new StringBuilder(64 * 1024);

		void row(Object... values) {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					text.append('\t');
				}
				append(values[i]);
			}
			text.append('\n');
		}

		private void append(Object value) {
			if (value == null) {
				text.append("\\N");
				return;
			}
			String s = value instanceof Enum<?> e ? e.name() : value.toString();
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
					case '\\' -> text.append("\\\\");
					case '\t' -> text.append("\\t");
					case '\n' -> text.append("\\n");
					case '\r' -> text.append("\\r");
					default -> text.append(c);
				}
			}
		}

		boolean isEmpty() {
			return text.isEmpty();
		}

		@Override
		public String toString() {
			return text.toString();
		}
	}
}
