package vn.motcua.correspondence;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.shared.SearchText;
import vn.motcua.shared.VietnamTime;

/** What the incoming and the outgoing registers share: the steps of a document, and the search by folded words. */
final class Steps {

	private Steps() {
	}

	static List<DocumentStep> of(JdbcClient jdbc, String table, long documentId) {
		return jdbc.sql("select at, actor, action, from_status, to_status, note from " + table
				+ " where document_id = ? order by id")
			.param(documentId)
			.query((rs, n) -> new DocumentStep(VietnamTime.read(rs, "at"), rs.getString("actor"),
					rs.getString("action"), rs.getString("from_status"), rs.getString("to_status"),
					rs.getString("note")))
			.list();
	}

	static void save(JdbcClient jdbc, String table, long documentId, List<DocumentStep> steps) {
		for (DocumentStep step : steps) {
			jdbc.sql("insert into " + table + " (document_id, at, actor, action, from_status, to_status, note) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
				.params(documentId, step.at(), step.actor(), step.action(), step.fromStatus(), step.toStatus(),
						step.note())
				.update();
		}
		steps.clear();
	}

	/** Appends one {@code search_text like} condition per word of the query, folded (no diacritics, đ → d). */
	static void words(String query, StringBuilder sql, Map<String, Object> params) {
		List<String> words = SearchText.words(query);
		for (int i = 0; i < words.size(); i++) {
			sql.append(" and search_text like :w").append(i);
			params.put("w" + i, "%" + words.get(i).replace("%", "").replace("_", "") + "%");
		}
	}
}
