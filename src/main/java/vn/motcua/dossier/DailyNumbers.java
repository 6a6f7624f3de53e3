package vn.motcua.dossier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * The number of a dossier in its agency's day ({@code dossier_code_sequence}), taken in a transaction of its own on
 * a small pool of its own, so that its row lock is held for a moment and not through the intake's durable commit.
 * <p>
 * Why: a durable commit waits for the disk (fsync, docs/architecture.md). Had the number's row stayed locked until
 * the intake's commit, every intake of the agency would wait for the previous one's disk flush, one after the other
 * (about 140 a second on the project's machine); taken apart, concurrent intakes share their flushes (group commit).
 * <p>
 * This short transaction commits without waiting for the disk ({@code synchronous_commit = off}): its record is
 * written to the log before the dossier's own commit record, so the dossier's durable commit makes it durable too;
 * a crash that loses the number loses the dossier that used it. Numbers stay distinct; a day has a gap only where an
 * intake failed after taking its number. The own pool keeps an intake (which holds a connection of the main pool)
 * from ever waiting for a second connection of the same pool.
 */
@Component
class DailyNumbers implements DisposableBean {

	private static final String NEXT = """
			insert into dossier_code_sequence (agency_code, day, last_number) values (?, ?, 1)
			on conflict (agency_code, day) do update set last_number = dossier_code_sequence.last_number + 1
			returning last_number""";

	private final HikariDataSource pool;

	DailyNumbers(DataSource dataSource) throws SQLException {
		HikariConfig config = new HikariConfig();
		dataSource.unwrap(HikariDataSource.class).copyStateTo(config);
		config.setPoolName("motcua-daily-numbers");
		config.setMaximumPoolSize(2);
		config.setMinimumIdle(1);
		config.setAutoCommit(false);
		this.pool = new HikariDataSource(config);
	}

	/** The next number of the agency's day, committed at once. */
	long next(String agencyCode, LocalDate day) {
		try (Connection connection = pool.getConnection()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set local synchronous_commit = off");
			}
			long number;
			try (PreparedStatement next = connection.prepareStatement(NEXT)) {
				next.setString(1, agencyCode);
				next.setObject(2, day);
				try (ResultSet rs = next.executeQuery()) {
					rs.next();
					number = rs.getLong(1);
				}
			}
			connection.commit();
			return number;
		}
		catch (SQLException e) {
			throw new DataAccessResourceFailureException("daily number of " + agencyCode + " on " + day, e);
		}
	}

	@Override
	public void destroy() {
		pool.close();
	}
}
