package vn.motcua.correspondence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

/** The incoming register's rows with their steps; saves check the version (no lost update). */
@Repository
class IncomingDocuments {

	private final JdbcClient jdbc;

	IncomingDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<IncomingDocument> find(long id) {
		Optional<IncomingDocument> found = jdbc.sql("select * from incoming_document where id = ?").param(id)
			.query(this::map).optional();
		found.ifPresent(d -> d.steps.addAll(Steps.of(jdbc, "incoming_document_step", d.id)));
		return found;
	}

	/**
	 * The documents of these agencies matching the filter, the open ones marked hỏa tốc then thượng khẩn first (they
	 * are presented and handled at once, Nghị định 30/2020/NĐ-CP Art. 22.3, 24), then newest first; the words of the
	 * query match the sender, number and symbol, type or summary written with or without diacritics (a trigram index
	 * on the folded text).
	 */
	List<IncomingDocument> search(Collection<String> agencies, IncomingDesk.Filter filter, LocalDate today,
			int limit) {
		if (agencies.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = new StringBuilder("select * from incoming_document where agency_code in (:agencies)");
		params.put("agencies", agencies);
		Steps.words(filter.query(), sql, params);
		if (filter.year() != null) {
			sql.append(" and year = :year");
			params.put("year", filter.year());
		}
		if (filter.status() != null) {
			sql.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.urgency() != null) {
			sql.append(" and urgency = :urgency");
			params.put("urgency", filter.urgency().name());
		}
		if (filter.overdue()) {
			sql.append(" and status <> 'DONE' and due_on < :today");
			params.put("today", today);
		}
		if (filter.assignedTo() != null) {
			sql.append(" and ((status = 'AWAITING_DIRECTION' and leader = :me) or (status = 'IN_HANDLING' and handler = :me))");
			params.put("me", filter.assignedTo());
		}
		sql.append(" order by case when status <> 'DONE' and urgency = 'FLASH' then 0")
			.append(" when status <> 'DONE' and urgency = 'VERY_URGENT' then 1 else 2 end,")
			.append(" year desc, incoming_number desc limit :limit");
		params.put("limit", limit);
		return jdbc.sql(sql.toString()).params(params).query(this::map).list();
	}

	void insert(IncomingDocument d) {
		IncomingDocument.Receipt r = d.receipt;
		d.id = jdbc.sql("""
				insert into incoming_document (agency_code, year, incoming_number, received_at, received_on, medium,
				  sender, number_symbol, document_date, document_type, summary, urgency, stored_pdf, status, leader,
				  from_outgoing, search_text)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(d.agencyCode, d.year, d.incomingNumber, d.receivedAt, d.receivedOn, r.medium().name(), r.sender(),
					r.numberSymbol(), r.documentDate(), r.documentType(), r.summary(), r.urgency().name(), d.storedPdf,
					d.status.name(), d.leader, d.fromOutgoing, SearchText.fold(String.join(" ", r.sender(),
							r.numberSymbol(), r.documentType(), r.summary())))
			.query(Long.class).single();
		Steps.save(jdbc, "incoming_document_step", d.id, d.newSteps);
	}

	void update(IncomingDocument d) {
		int updated = jdbc.sql("""
				update incoming_document set status = ?, leader = ?, direction = ?, handler = ?, supporting = ?,
				  due_on = ?, done_on = ?, result = ?, version = version + 1
				where id = ? and version = ?""")
			.params(d.status.name(), d.leader, d.direction, d.handler, d.supporting, d.dueOn, d.doneOn, d.result, d.id,
					d.version)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("incoming document " + d.id + " was changed by someone else");
		}
		d.version++;
		Steps.save(jdbc, "incoming_document_step", d.id, d.newSteps);
	}

	private IncomingDocument map(ResultSet rs, int row) throws SQLException {
		IncomingDocument.Receipt receipt = new IncomingDocument.Receipt(
				IncomingDocument.Medium.valueOf(rs.getString("medium")), rs.getString("sender"),
				rs.getString("number_symbol"), rs.getObject("document_date", LocalDate.class),
				rs.getString("document_type"), rs.getString("summary"), Urgency.valueOf(rs.getString("urgency")));
		IncomingDocument d = new IncomingDocument(rs.getString("agency_code"), rs.getInt("year"),
				rs.getInt("incoming_number"), VietnamTime.read(rs, "received_at"),
				rs.getObject("received_on", LocalDate.class), receipt, rs.getObject("stored_pdf", UUID.class));
		d.id = rs.getLong("id");
		d.fromOutgoing = (Long) rs.getObject("from_outgoing");
		d.status = IncomingDocument.Status.valueOf(rs.getString("status"));
		d.leader = rs.getString("leader");
		d.direction = rs.getString("direction");
		d.handler = rs.getString("handler");
		d.supporting = rs.getString("supporting");
		d.dueOn = rs.getObject("due_on", LocalDate.class);
		d.doneOn = rs.getObject("done_on", LocalDate.class);
		d.result = rs.getString("result");
		d.version = rs.getInt("version");
		return d;
	}
}
