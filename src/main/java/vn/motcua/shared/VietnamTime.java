package vn.motcua.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The time zone of every legal date and deadline: Asia/Ho_Chi_Minh. */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}

	/** The same instant with Vietnam's offset (+07:00), or null. */
	public static OffsetDateTime of(OffsetDateTime at) {
		return at == null ? null : at.atZoneSameInstant(ZONE).toOffsetDateTime();
	}

	/**
	 * A {@code timestamptz} column as Vietnam time. PostgreSQL's driver answers every {@code timestamptz} in UTC,
	 * whatever the server's or the session's zone; read through here, every instant MotCua shows, exports or sends
	 * is the officer's and the citizen's time (issue 13 §2).
	 */
	public static OffsetDateTime read(ResultSet rs, String column) throws SQLException {
		return of(rs.getObject(column, OffsetDateTime.class));
	}

	/** {@link #read(ResultSet, String)} by column index. */
	public static OffsetDateTime read(ResultSet rs, int column) throws SQLException {
		return of(rs.getObject(column, OffsetDateTime.class));
	}
}
