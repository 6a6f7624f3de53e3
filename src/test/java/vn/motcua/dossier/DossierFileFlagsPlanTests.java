package vn.motcua.dossier;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triggers that keep a dossier's file flags reach the dossier by its primary key whatever plan the connection made
 * before: PL/pgSQL keeps a static statement's first plan for the life of the connection, and a plan made on a young
 * database (a sequential scan of a one-page table) made every later intake on that pooled connection read the whole
 * dossier table (issue 12's intake regression).
 */
@MotCuaTest
class DossierFileFlagsPlanTests {

	@Autowired
	Intake intake;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DataSource dataSource;

	@Test
	void addingADocumentReadsNoOtherDossierEvenAfterAPlanMadeForASmallTable() throws Exception {
		Dossier dossier = intake.accept(CompleteIntake.of(catalogue.inForce("1.004873", CounterDesk.today()).orElseThrow(),
				"Trần Thị Kế Hoạch"), "tiepnhan.ke.hoach");
		HikariDataSource pool = (HikariDataSource) dataSource;
		// a connection of its own (a new server process, nothing planned yet), rolled back at the end
		try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
				pool.getPassword()); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			long id = dossier.id();
			// first use on this connection, planned as on a database of one page: no index may be used
			statement.execute("set local enable_indexscan = off");
			statement.execute("set local enable_bitmapscan = off");
			addScannedDocument(connection, id, 900);
			statement.execute("set local enable_indexscan = on");
			statement.execute("set local enable_bitmapscan = on");
			statement.execute("set local enable_seqscan = off");
			long before = sequentialScansOfDossier(connection);
			addScannedDocument(connection, id, 901);
			assertThat(sequentialScansOfDossier(connection) - before)
				.as("a later document reaches its dossier by primary key, not by reading the table").isZero();
			try (ResultSet flags = statement
				.executeQuery("select component_stored from dossier where id = " + id)) {
				assertThat(flags.next()).isTrue();
				assertThat(flags.getBoolean(1)).isTrue();
			}
			connection.rollback();
		}
	}

	private static void addScannedDocument(Connection connection, long dossierId, int position) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into dossier_document (dossier_id, position, kind, name, original, copies, stored_document_id)
				select dossier_id, ?, 'COMPONENT', 'Bản sao bổ sung', false, 1, stored_document_id
				from dossier_document where dossier_id = ? and stored_document_id is not null limit 1""")) {
			insert.setInt(1, position);
			insert.setLong(2, dossierId);
			assertThat(insert.executeUpdate()).isEqualTo(1);
		}
	}

	/** This transaction's sequential scans of the dossier table so far. */
	private static long sequentialScansOfDossier(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet scans = statement
			.executeQuery("select seq_scan from pg_stat_xact_user_tables where relname = 'dossier'")) {
			return scans.next() ? scans.getLong(1) : 0;
		}
	}
}
