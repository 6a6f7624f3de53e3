package vn.motcua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.documents.DocumentStore;
import vn.motcua.shared.VietnamTime;

/**
 * The dossiers received in a period, as a ZIP in the import format (docs/import.md): {@code dossiers.jsonl}, one
 * dossier per line, and the stored files its lines name under {@code files/<id>/<name>}; importing the ZIP into
 * another installation gives the same dossiers, so a commune's data never stays locked in MotCua.
 * <p>
 * Streamed: the rows are read with a cursor in one {@code REPEATABLE READ} snapshot (the lines, then the files of
 * the same dossiers), and written as they are read. What the format carries is kept: code, commune, procedure,
 * channel, applicant, receipt, D, the supplement cycles, extension, decision, hand-over and stop (as events) and the
 * documents; the steps inside MotCua (assignment, proposal) are not part of it. Online submissions not yet received
 * have no receipt and are not exported.
 */
@Service
public class DossierExport {

	static final String LINES = DossierHistory.LINES;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The steps the history format carries as events (legal-rules.md §5). */
	private static final Set<StepAction> EXPORTED = java.util.EnumSet.of(StepAction.SUPPLEMENT_REQUESTED,
			StepAction.SUPPLEMENT_RECEIVED, StepAction.EXTENDED, StepAction.APPROVED, StepAction.REFUSED,
			StepAction.RETURNED, StepAction.WITHDRAWAL_REQUESTED, StepAction.STOPPED);

	private static final String IN_PERIOD = """

			from dossier d
			where d.received_at >= ? and d.received_at < ? and (? or d.agency_code = any(?))""";

	private final DataSource dataSource;

	private final DocumentStore store;

	DossierExport(DataSource dataSource, DocumentStore store) {
		this.dataSource = dataSource;
		this.store = store;
	}

	/**
	 * Writes the ZIP of the dossiers received from {@code from} to {@code to} (both included, Vietnam dates) of these
	 * communes ({@code null}: every commune).
	 *
	 * @return the number of dossiers written
	 */
	public long write(LocalDate from, LocalDate to, Set<String> agencies, OutputStream out) throws IOException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			try {
				ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
				zip.putNextEntry(new ZipEntry(LINES));
				long dossiers = lines(connection, from, to, agencies, zip);
				zip.closeEntry();
				files(connection, from, to, agencies, zip);
				zip.finish();
				connection.commit();
				return dossiers;
			}
			finally {
				connection.rollback();
			}
		}
		catch (SQLException e) {
			throw new IOException("Could not read the dossiers to export", e);
		}
	}

	private long lines(Connection connection, LocalDate from, LocalDate to, Set<String> agencies, OutputStream zip)
			throws SQLException, IOException {
		long count = 0;
		try (PreparedStatement select = connection.prepareStatement("""
				select d.code, d.agency_code, d.procedure_code, d.channel, d.applicant_name, d.applicant_id_number,
				  d.applicant_phone, d.applicant_address, d.applicant_kind, d.applicant_identifier, d.legal_representative,
				  d.representative_name, d.representative_id_number, d.representative_basis, d.authorisation_paper,
				  d.received_at, d.due_date, d.extended_due_date,
				  (select json_agg(json_build_object('at', s.at, 'action', s.action, 'note', s.note) order by s.at, s.id)
				   from dossier_step s where s.dossier_id = d.id
				     and s.action = any(?)) as steps,
				  (select json_agg(json_build_object('kind', x.kind, 'name', x.name, 'id', x.stored_document_id,
				                                     'fileName', f.file_name) order by x.position)
				   from dossier_document x left join stored_document f on f.id = x.stored_document_id
				   where x.dossier_id = d.id) as documents
				""" + IN_PERIOD + " order by d.received_at, d.id")) {
			select.setArray(1, connection.createArrayOf("text", EXPORTED.stream().map(Enum::name).toArray()));
			bind(connection, select, 2, from, to, agencies);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					zip.write(JSON.writeValueAsBytes(line(rs)));
					zip.write('\n');
					count++;
				}
			}
		}
		return count;
	}

	private static Map<String, Object> line(ResultSet rs) throws SQLException {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("code", rs.getString("code"));
		line.put("agency", rs.getString("agency_code"));
		line.put("procedureCode", rs.getString("procedure_code"));
		line.put("channel", rs.getString("channel"));
		Map<String, Object> applicant = new LinkedHashMap<>();
		put(applicant, "name", rs.getString("applicant_name"));
		put(applicant, "idNumber", rs.getString("applicant_id_number"));
		put(applicant, "phone", rs.getString("applicant_phone"));
		put(applicant, "address", rs.getString("applicant_address"));
		put(applicant, "kind", rs.getString("applicant_kind"));
		put(applicant, "nationalKind", Applicant.Kind.valueOf(rs.getString("applicant_kind")).nationalCode());
		put(applicant, "identifier", rs.getString("applicant_identifier"));
		put(applicant, "legalRepresentative", rs.getString("legal_representative"));
		if (rs.getString("representative_name") != null) {
			Map<String, Object> representative = new LinkedHashMap<>();
			put(representative, "name", rs.getString("representative_name"));
			put(representative, "idNumber", rs.getString("representative_id_number"));
			put(representative, "basis", rs.getString("representative_basis"));
			put(representative, "authorisationPaper", rs.getString("authorisation_paper"));
			applicant.put("representative", representative);
		}
		line.put("applicant", applicant);
		line.put("receivedAt", vietnam(rs.getTimestamp("received_at")));
		put(line, "dueDate", rs.getString("due_date"));
		String extended = rs.getString("extended_due_date");
		List<Map<String, Object>> events = new ArrayList<>();
		for (JsonNode step : json(rs.getString("steps"))) {
			StepAction action = StepAction.valueOf(step.path("action").asString());
			String note = step.path("note").isNull() ? null : step.path("note").asString();
			Map<String, Object> event = new LinkedHashMap<>();
			boolean resolved = action == StepAction.APPROVED || action == StepAction.REFUSED;
			event.put("type", resolved ? "RESOLVED" : action.name());
			event.put("at", OffsetDateTime.parse(step.path("at").asString()).atZoneSameInstant(VietnamTime.ZONE)
				.toOffsetDateTime().toString());
			if (resolved) {
				event.put("outcome", action.name());
			}
			if (action == StepAction.EXTENDED) {
				put(event, "newDueDate", extended);
			}
			if (action != StepAction.SUPPLEMENT_RECEIVED) {
				put(event, "reason", note);
			}
			events.add(event);
		}
		line.put("events", events);
		List<Map<String, Object>> documents = new ArrayList<>();
		for (JsonNode document : json(rs.getString("documents"))) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("kind", document.path("kind").asString());
			entry.put("name", document.path("name").asString());
			if (!document.path("id").isNull() && !document.path("fileName").isNull()) {
				entry.put("file", path(UUID.fromString(document.path("id").asString()),
						document.path("fileName").asString()));
			}
			documents.add(entry);
		}
		line.put("documents", documents);
		return line;
	}

	private void files(Connection connection, LocalDate from, LocalDate to, Set<String> agencies,
			ZipOutputStream zip) throws SQLException, IOException {
		try (PreparedStatement select = connection.prepareStatement("""
				select distinct f.id, f.file_name
				from stored_document f
				where f.id in (select x.stored_document_id from dossier_document x
				               where x.dossier_id in (select d.id """ + IN_PERIOD + "))")) {
			bind(connection, select, 1, from, to, agencies);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					UUID id = rs.getObject(1, UUID.class);
					zip.putNextEntry(new ZipEntry(path(id, rs.getString(2))));
					try (InputStream in = store.open(id)) {
						in.transferTo(zip);
					}
					zip.closeEntry();
				}
			}
		}
	}

	/** Binds the period and the agencies of {@link #IN_PERIOD}, its first parameter being number {@code first}. */
	private static void bind(Connection connection, PreparedStatement select, int first, LocalDate from, LocalDate to,
			Set<String> agencies) throws SQLException {
		select.setFetchSize(500);
		select.setObject(first, from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		select.setObject(first + 1, to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		select.setBoolean(first + 2, agencies == null);
		select.setArray(first + 3, connection.createArrayOf("text", agencies == null ? new Object[0] : agencies.toArray()));
	}

	/** A file's place in the ZIP: its id (unique) and its name, kept readable but safe as a path. */
	static String path(UUID id, String fileName) {
		String name = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "tep";
		}
		return "files/" + id + "/" + name;
	}

	private static Iterable<JsonNode> json(String array) {
		return array == null ? List.of() : JSON.readTree(array).values();
	}

	private static String vietnam(Timestamp at) {
		return at.toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime().toString();
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}
}
