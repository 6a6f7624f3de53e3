package vn.motcua.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotCuaApplication;
import vn.motcua.MotCuaTest;
import vn.motcua.identity.OfficerAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12, item 8: the embedded database trusted every local connection and the application connected as its
 * superuser, so any process on the machine could switch off the audit trail or read personal data. Now every
 * connection needs a password, and the application's own role owns nothing.
 */
@MotCuaTest
class DatabaseAccessTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	EmbeddedPostgres postgres;

	@TempDir
	Path dataDir;

	@Test
	void theApplicationRoleCannotSwitchOffTheAuditTrailNorReadPasswordHashes() throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery(
					"select current_user, rolsuper from pg_roles where rolname = current_user")) {
				rs.next();
				assertThat(rs.getString(1)).isEqualTo("motcua_app");
				assertThat(rs.getBoolean(2)).isFalse();
			}
			assertThatThrownBy(() -> statement
				.execute("alter table audit_entry disable trigger audit_entry_no_update_or_delete"))
				.isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
			assertThatThrownBy(() -> statement.execute("alter table audit_entry disable trigger all"))
				.isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
			assertThatThrownBy(() -> statement.execute("drop trigger audit_entry_no_update_or_delete on audit_entry"))
				.isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
			assertThatThrownBy(() -> statement.execute("set session_replication_role = replica"))
				.isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
			assertThatThrownBy(() -> statement.execute("delete from audit_entry"))
				.isInstanceOf(SQLException.class).hasMessageContaining("append-only");
			assertThatThrownBy(() -> statement.execute("delete from flyway_schema_history"))
				.isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
			assertThatThrownBy(() -> statement.executeQuery("select rolpassword from pg_authid"))
				.isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
			assertThatThrownBy(() -> statement.execute("create table intruder (x int)"))
				.isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
			// the rows themselves: the application's work
			try (ResultSet rs = statement.executeQuery("select count(*) from audit_entry")) {
				assertThat(rs.next()).isTrue();
			}
		}
	}

	@Test
	void aConnectionWithoutThePasswordIsRefused() {
		for (String user : new String[] { "postgres", "motcua_app" }) {
			assertThatThrownBy(() -> connect(postgres.getPort(), user, null).close()).as(user)
				.isInstanceOf(SQLException.class).hasMessageContaining("password");
			assertThatThrownBy(() -> connect(postgres.getPort(), user, "guessed").close()).as(user)
				.isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
		}
	}

	@Test
	void aDataFolderMadeBeforePasswordsIsUpgradedInPlaceWithItsData() throws Exception {
		// the folder as earlier versions left it: trust authentication, no password file, data inside
		try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false).start();
				Connection connection = old.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			// in a schema of its own: Flyway would not start on a public schema with tables it did not make
			statement.execute("create schema earlier");
			statement.execute("create table earlier.data (note text)");
			statement.execute("insert into earlier.data values ('giữ lại')");
		}
		assertThat(dataDir.resolve("postgres-password")).doesNotExist();

		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MotCuaApplication.class).run(
				"--server.port=0", "--motcua.data-dir=" + dataDir, "--motcua.embedded-db.ephemeral=false")) {
			int port = app.getBean(EmbeddedPostgres.class).getPort();
			Path passwordFile = dataDir.resolve("postgres-password");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
				.isEqualTo("rw-------");
			assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf")).lines()
				.filter(l -> !l.startsWith("#") && !l.isBlank())).allMatch(l -> l.endsWith("scram-sha-256"));
			assertThatThrownBy(() -> connect(port, "postgres", null).close()).isInstanceOf(SQLException.class);

			String password = Files.readAllLines(passwordFile).get(0);
			try (Connection owner = connect(port, "postgres", password);
					ResultSet rs = owner.createStatement().executeQuery("select note from earlier.data")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("giữ lại");
			}
			assertThat(app.getBean(OfficerAccounts.class).findByUsername("admin")).isPresent();
		}
	}

	private static Connection connect(int port, String user, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", properties);
	}
}
