package vn.motcua.correspondence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.shared.SearchText;
import vn.motcua.shared.VietnamTime;

/** The outgoing documents with their steps; saves check the version (no lost update). */
@Repository
class OutgoingDocuments {

	private static final String SEPARATOR = "\n";

	private final JdbcClient jdbc;

	OutgoingDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<OutgoingDocument> find(long id) {
		Optional<OutgoingDocument> found = jdbc.sql("select * from outgoing_document where id = ?").param(id)
			.query(this::map).optional();
		found.ifPresent(d -> d.steps.addAll(Steps.of(jdbc, "outgoing_document_step", d.id)));
		return found;
	}

	/**
	 * The documents of these agencies in these states ({@code null}: any), newest first, whose title, body or number
	 * contain every word of the query.
	 */
	List<OutgoingDocument> search(Collection<String> agencies, String query, Collection<OutgoingDocument.Status> states,
			int limit) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = new StringBuilder("select * from outgoing_document where agency_code in (:agencies)");
		params.put("agencies", agencies);
		Steps.words(query, sql, params);
		if (states != null && !states.isEmpty()) {
			sql.append(" and status in (:states)");
			params.put("states", states.stream().map(Enum::name).toList());
		}
		sql.append(" order by id desc limit :limit");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(this::map).list();
	}

	void insert(OutgoingDocument d) {
		OutgoingDocument.Draft f = d.draft;
		d.id = jdbc.sql("""
				insert into outgoing_document (agency_code, register, document_type, drafting_unit, title, body,
				  authority, signer, signer_position, internal_recipients, external_recipients, kept_copies, status,
				  drafter, created_at, search_text)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(d.agencyCode, f.register().name(), f.type().name(), f.draftingUnit(), f.title(), f.body(),
					f.authority().name(), f.signer(), f.signerPosition(), String.join(SEPARATOR, f.internalRecipients()),
					String.join(SEPARATOR, f.externalRecipients()), f.keptCopies(), d.status.name(), d.drafter,
					d.createdAt, SearchText.fold(f.title() + " " + f.body()))
			.query(Long.class).single();
		Steps.save(jdbc, "outgoing_document_step", d.id, d.newSteps);
	}

	void update(OutgoingDocument d) {
		int updated = jdbc.sql("""
				update outgoing_document set status = ?, signed_pdf = ?, issued_pdf = ?, year = ?, number = ?,
				  number_symbol = ?, issued_on = ?, exchange_status = ?, search_text = ?, version = version + 1
				where id = ? and version = ?""")
			.params(d.status.name(), d.signedPdf, d.issuedPdf, d.year, d.number, d.numberSymbol, d.issuedOn,
					d.exchangeStatus, SearchText.fold(d.draft.title() + " " + d.draft.body() + " "
							+ (d.numberSymbol == null ? "" : d.numberSymbol)),
					d.id, d.version)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("outgoing document " + d.id + " was changed by someone else");
		}
		d.version++;
		Steps.save(jdbc, "outgoing_document_step", d.id, d.newSteps);
	}

	private OutgoingDocument map(ResultSet rs, int row) throws SQLException {
		OutgoingDocument.Draft draft = new OutgoingDocument.Draft(
				OutgoingDocument.Register.valueOf(rs.getString("register")),
				DocumentType.valueOf(rs.getString("document_type")), rs.getString("drafting_unit"),
				rs.getString("title"), rs.getString("body"), SigningAuthority.valueOf(rs.getString("authority")),
				rs.getString("signer"), rs.getString("signer_position"), split(rs.getString("internal_recipients")),
				split(rs.getString("external_recipients")), rs.getString("kept_copies"));
		OutgoingDocument d = new OutgoingDocument(rs.getString("agency_code"), draft, rs.getString("drafter"),
				VietnamTime.read(rs, "created_at"));
		d.id = rs.getLong("id");
		d.status = OutgoingDocument.Status.valueOf(rs.getString("status"));
		d.signedPdf = rs.getObject("signed_pdf", UUID.class);
		d.issuedPdf = rs.getObject("issued_pdf", UUID.class);
		d.year = (Integer) rs.getObject("year");
		d.number = (Integer) rs.getObject("number");
		d.numberSymbol = rs.getString("number_symbol");
		d.issuedOn = rs.getObject("issued_on", LocalDate.class);
		d.exchangeStatus = rs.getString("exchange_status");
		d.version = rs.getInt("version");
		return d;
	}

	private static List<String> split(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
	}
}
