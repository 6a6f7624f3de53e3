package vn.motcua.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.shared.VietnamTime;

/** The rows of the document store ({@code stored_document}): one per stored upload, several may share one file. */
@Repository
class StoredDocuments {

	private final JdbcClient jdbc;

	StoredDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredDocument> find(UUID id) {
		return jdbc.sql("""
				select id, agency_code, file_name, content_type, size_bytes, sha256, relative_path, stored_at, stored_by
				from stored_document where id = ?""")
			.param(id)
			.query((rs, i) -> new StoredDocument(rs.getObject("id", UUID.class), rs.getString("agency_code"),
					rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
					rs.getString("sha256"), rs.getString("relative_path"),
					VietnamTime.read(rs, "stored_at"),
					rs.getString("stored_by")))
			.optional();
	}

	void delete(UUID id) {
		jdbc.sql("delete from stored_document where id = ?").param(id).update();
	}

	/** Whether any row still refers to the file at this relative path. */
	boolean anyAt(String relativePath) {
		return jdbc.sql("select exists (select 1 from stored_document where relative_path = ?)")
			.param(relativePath).query(Boolean.class).single();
	}

	/** Writes the rows in one statement. */
	void insertAll(List<StoredDocument> documents) {
		if (documents.isEmpty()) {
			return;
		}
		int n = documents.size();
		String[] ids = new String[n];
		String[] agencies = new String[n];
		String[] names = new String[n];
		String[] types = new String[n];
		long[] sizes = new long[n];
		String[] checksums = new String[n];
		String[] paths = new String[n];
		String[] times = new String[n];
		String[] actors = new String[n];
		for (int k = 0; k < n; k++) {
			StoredDocument d = documents.get(k);
			ids[k] = d.id().toString();
			agencies[k] = d.agencyCode();
			names[k] = d.fileName();
			types[k] = d.contentType();
			sizes[k] = d.size();
			checksums[k] = d.sha256();
			paths[k] = d.relativePath();
			times[k] = d.storedAt().toString();
			actors[k] = d.storedBy();
		}
		jdbc.sql("""
				insert into stored_document (id, agency_code, file_name, content_type, size_bytes, sha256,
				    relative_path, stored_at, stored_by)
				select * from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
				    cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as timestamptz[]), cast(? as text[]))""")
			.params(ids, agencies, names, types, sizes, checksums, paths, times, actors)
			.update();
	}
}
