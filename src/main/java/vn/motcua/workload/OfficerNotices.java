package vn.motcua.workload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.shared.VietnamTime;

/**
 * The officers' notices ({@code officer_notice}): one per officer, dossier, kind and occasion, so that an event told
 * twice, or a warning job run twice, makes one notice. An officer reads and marks only their own.
 */
@Repository
class OfficerNotices {

	/** One notice to write; {@code mailTo} is the officer's address when they have one. */
	record New(String username, String agencyCode, String dossierCode, NoticeKind kind, String occasion,
			String mailTo) {
	}

	private final JdbcClient jdbc;

	OfficerNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the notices not written yet; returns how many were new. */
	int add(List<New> notices, OffsetDateTime at) {
		int added = 0;
		for (New n : notices) {
			added += jdbc.sql("""
					insert into officer_notice (username, agency_code, dossier_code, kind, occasion, created_at, mail_to)
					values (?, ?, ?, ?, ?, ?, ?)
					on conflict (username, dossier_code, kind, occasion) do nothing""")
				.params(n.username(), n.agencyCode(), n.dossierCode(), n.kind().name(), n.occasion(), at, n.mailTo())
				.update();
		}
		return added;
	}

	/** The officer's unread notices, newest first, at most {@code limit}. */
	List<OfficerNotice> unread(String username, int limit) {
		return jdbc.sql("""
				select id, username, agency_code, dossier_code, kind, created_at, read_at from officer_notice
				where username = ? and read_at is null order by created_at desc, id desc limit ?""")
			.params(username, limit).query(OfficerNotices::map).list();
	}

	long unreadCount(String username) {
		return jdbc.sql("select count(*) from officer_notice where username = ? and read_at is null").param(username)
			.query(Long.class).single();
	}

	/** Marks one of the officer's notices read; false when it is not theirs or was read already. */
	boolean markRead(String username, long id, OffsetDateTime at) {
		return jdbc.sql("update officer_notice set read_at = ? where id = ? and username = ? and read_at is null")
			.params(at, id, username).update() == 1;
	}

	int markAllRead(String username, OffsetDateTime at) {
		return jdbc.sql("update officer_notice set read_at = ? where username = ? and read_at is null")
			.params(at, username).update();
	}

	/** Notices waiting to be e-mailed (given up after five failed tries), oldest first. */
	List<Mail> toMail(int limit) {
		return jdbc.sql("""
				select id, username, dossier_code, kind, mail_to, occasion from officer_notice
				where mail_to is not null and mailed_at is null and mail_tries < 5 order by id limit ?""")
			.param(limit)
			.query((rs, i) -> new Mail(rs.getLong(1), rs.getString(2), rs.getString(3),
					NoticeKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
			.list();
	}

	void mailed(long id, OffsetDateTime at) {
		jdbc.sql("update officer_notice set mailed_at = ?, mail_tries = mail_tries + 1 where id = ?").params(at, id)
			.update();
	}

	void mailFailed(long id) {
		jdbc.sql("update officer_notice set mail_tries = mail_tries + 1 where id = ?").param(id).update();
	}

	/** A notice to e-mail; {@code occasion} as in the notice (for a warning, the due time, Vietnam local). */
	record Mail(long id, String username, String dossierCode, NoticeKind kind, String to, String occasion) {
	}

	private static OfficerNotice map(ResultSet rs, int row) throws SQLException {
		return new OfficerNotice(rs.getLong("id"), rs.getString("username"), rs.getString("agency_code"),
				rs.getString("dossier_code"), NoticeKind.valueOf(rs.getString("kind")), VietnamTime.read(rs, "created_at"),
				VietnamTime.read(rs, "read_at"));
	}
}
