package vn.motcua.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded default: when no {@code SPRING_DATASOURCE_URL} is given, the application runs a real PostgreSQL 17
 * itself, keeping its data under {@code MOTCUA_DATA_DIR/postgres}. Closing the context stops the database cleanly.
 * <p>
 * No connection is trusted: every one needs a password (SCRAM). The superuser's password is generated at first start
 * and kept in {@code MOTCUA_DATA_DIR/postgres-password} (owner-only); a data folder made before passwords existed is
 * given one at its next start. Migrations run as the superuser, who owns every table and trigger; the application
 * itself connects as {@value #APP_ROLE}, which may only read and write rows (a new password at every start, kept in
 * memory only): it can neither switch off the audit trail's triggers nor read the password hashes.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	static final String APP_ROLE = "motcua_app";

	static final String PASSWORD_FILE = "postgres-password";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String HBA = """
			# Written by MotCua at every start: no connection without a password (SCRAM), from this machine only.
			local   all           all                   scram-sha-256
			host    all           all   127.0.0.1/32    scram-sha-256
			host    all           all   ::1/128         scram-sha-256
			local   replication   all                   scram-sha-256
			host    replication   all   127.0.0.1/32    scram-sha-256
			host    replication   all   ::1/128         scram-sha-256
			""";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${motcua.data-dir}") String dataDir,
			@Value("${motcua.embedded-db.port:0}") int port,
			@Value("${motcua.embedded-db.ephemeral:false}") boolean ephemeral,
			@Value("${motcua.embedded-db.durable:true}") boolean durable) throws IOException {
		return start(Path.of(dataDir), port, ephemeral, durable);
	}

	/** Starts (first initialising, or upgrading to password authentication) the database of a data folder. */
	static EmbeddedPostgres start(Path dataFolder, int port, boolean ephemeral, boolean durable) throws IOException {
		Path folder = dataFolder.toAbsolutePath().normalize();
		Path directory = folder.resolve("postgres");
		Files.createDirectories(folder);
		Path passwordFile = folder.resolve(PASSWORD_FILE);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory.toFile())
			.setCleanDataDirectory(ephemeral)
			.setLocaleConfig("locale", "C")
			.setLocaleConfig("encoding", "UTF8")
			.setServerConfig("max_connections", "60")
			// a small dedicated server: reports aggregate large tables in memory, and JIT only adds compile time
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("work_mem", "32MB")
			.setServerConfig("effective_cache_size", "2GB")
			.setServerConfig("jit", "off")
			.setServerConfig("password_encryption", "scram-sha-256")
			// Durable (docs/architecture.md): a committed dossier survives a power cut. The embedded library's defaults
			// are fsync, synchronous_commit and full_page_writes all off; only throw-away test databases keep that.
			.setServerConfig("fsync", on(durable))
			.setServerConfig("synchronous_commit", on(durable))
			.setServerConfig("full_page_writes", on(durable))
			// what durability costs, made small: checkpoints (after which every page
			// touched is logged whole once) at most every 15 min, log segments recycled instead of created
			.setServerConfig("checkpoint_timeout", "15min")
			.setServerConfig("max_wal_size", "2GB")
			.setServerConfig("min_wal_size", "512MB")
			// one database: autovacuum looks at it every 10 s instead of every minute, so that tables filled in bulk
			// (a catalogue or history import, a young database's first intakes) get their statistics within seconds
			// and the planner stops treating them as empty (docs/performance.md, issue 12)
			.setServerConfig("autovacuum_naptime", "10s")
			.setRegisterShutdownHook(false);
		if (port > 0) {
			builder.setPort(port);
		}
		boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
		boolean withoutPassword = !fresh && !Files.exists(passwordFile);
		String password;
		if (fresh) {
			// initdb sets the superuser's password from the file's first line, and the library's "-A trust" is
			// overridden by the later --auth
			password = newPassword();
			writeSecret(passwordFile, password);
			builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
		}
		else if (withoutPassword) {
			password = newPassword();
		}
		else {
			password = readSecret(passwordFile);
		}
		builder.setConnectConfig("password", password);
		if (!withoutPassword) {
			builder.setDataDirectoryCustomizer(data -> writeHba(data.toPath()));
		}
		EmbeddedPostgres postgres = builder.start();
		if (withoutPassword) {
			upgradeToPasswords(postgres, directory, passwordFile, password);
		}
		log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
		return postgres;
	}

	/**
	 * A data folder made before passwords: started once more with its trusting pg_hba.conf, the superuser is given the
	 * new password (kept in the folder only once the database has it), then every connection needs it from now on.
	 */
	private static void upgradeToPasswords(EmbeddedPostgres postgres, Path directory, Path passwordFile,
			String password) throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("alter role postgres password '" + password + "'");
			writeSecret(passwordFile, password);
			writeHba(directory);
			statement.execute("select pg_reload_conf()");
			log.warn("The embedded PostgreSQL trusted local connections: it now needs the password kept in {}",
					passwordFile);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not give the embedded PostgreSQL a password", e);
		}
	}

	private static void writeHba(Path directory) {
		try {
			Files.writeString(directory.resolve("pg_hba.conf"), HBA);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String newPassword() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		// letters, digits, '-' and '_' only: safe inside a quoted SQL literal
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Written whole (temporary file, then renamed), readable by the owner only where the file system says so. */
	private static void writeSecret(Path file, String secret) throws IOException {
		Path temporary = file.resolveSibling(file.getFileName() + ".new");
		Files.deleteIfExists(temporary);
		if (posix(file)) {
			Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		Files.writeString(temporary, secret + System.lineSeparator());
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	static String readSecret(Path file) throws IOException {
		if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
		return Files.readAllLines(file).get(0).strip();
	}

	private static boolean posix(Path file) {
		return file.toAbsolutePath().getParent().getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	private static String on(boolean on) {
		return on ? "on" : "off";
	}

	/**
	 * The application's pool: the login role {@value #APP_ROLE} (created if missing, a new password now), which owns
	 * nothing.
	 */
	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres, @Value("${motcua.embedded-db.pool-size:10}") int poolSize) {
		String password = newPassword();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("""
					do $$ begin
					  if not exists (select from pg_roles where rolname = '%1$s') then create role %1$s; end if;
					end $$""".formatted(APP_ROLE));
			statement.execute("alter role " + APP_ROLE
					+ " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '" + password + "'");
			grantAppRole(statement);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not prepare the application's database role", e);
		}
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
		config.setUsername(APP_ROLE);
		config.setPassword(password);
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("motcua-embedded");
		return new HikariDataSource(config);
	}

	/**
	 * Rows only: read and write the tables, draw from sequences, call functions, and temporary tables (the history
	 * import's). Tables made by later migrations (run by the superuser) are granted the same by default; Flyway's
	 * history is not its business. The audit trail stays append-only by its triggers, which only their owner could
	 * switch off.
	 */
	static void grantAppRole(Statement statement) throws SQLException {
		statement.execute("revoke create on schema public from public");
		statement.execute("grant connect, temporary on database postgres to " + APP_ROLE);
		statement.execute("grant usage on schema public to " + APP_ROLE);
		statement.execute("grant select, insert, update, delete on all tables in schema public to " + APP_ROLE);
		statement.execute("grant usage, select on all sequences in schema public to " + APP_ROLE);
		statement.execute("grant execute on all functions in schema public to " + APP_ROLE);
		statement.execute("alter default privileges for role postgres in schema public"
				+ " grant select, insert, update, delete on tables to " + APP_ROLE);
		statement.execute("alter default privileges for role postgres in schema public"
				+ " grant usage, select on sequences to " + APP_ROLE);
		statement.execute("alter default privileges for role postgres in schema public"
				+ " grant execute on functions to " + APP_ROLE);
		statement.execute("""
				do $$ begin
				  if to_regclass('public.flyway_schema_history') is not null then
				    revoke all on flyway_schema_history from %1$s;
				  end if;
				end $$""".formatted(APP_ROLE));
	}

	/** Migrations run as the superuser, the owner of every table, function and trigger. */
	@Bean
	FlywayConfigurationCustomizer migrationsAsOwner(EmbeddedPostgres postgres) {
		return configuration -> configuration.dataSource(postgres.getPostgresDatabase());
	}

	/** After the migrations, the application role's rights again (Flyway's history table exists only now). */
	@Bean
	FlywayMigrationStrategy migrateThenGrant(EmbeddedPostgres postgres) {
		return flyway -> {
			flyway.migrate();
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				grantAppRole(statement);
			}
			catch (SQLException e) {
				throw new IllegalStateException("Could not grant the application's database role", e);
			}
		};
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
