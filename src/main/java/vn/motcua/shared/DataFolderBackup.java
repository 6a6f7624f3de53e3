package vn.motcua.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A backup of a data folder (the embedded database and the document store) in one ZIP, taken while MotCua runs, and
 * its restore into a new data folder, possibly on another machine (README, section Backup and restore).
 * <p>
 * Consistent: every table is read in one {@code REPEATABLE READ} transaction (one snapshot), and the files are those
 * the snapshot's {@code stored_document} rows name; stored files are content-addressed and never changed, so a file
 * named by a committed row is complete. The ZIP holds {@value #MANIFEST} (format, schema version, tables and
 * columns, sequence values), {@code database/<table>.tsv} (PostgreSQL's COPY text format) and
 * {@code documents/<path>}. A restore makes the schema of that version with the migrations, then loads the rows;
 * the next start migrates further if the jar is newer.
 * <p>
 * Over 300 lines on purpose: the backup and the restore are the two halves of one file format (manifest, table
 * files, document paths) and must change together.
 */
public final class DataFolderBackup {

	static final String MANIFEST = "motcua-backup.properties";

	private static final String FORMAT = "1";

	private DataFolderBackup() {
	}

	/** What a backup or restore did. */
	public record Summary(int tables, long rows, int files, List<String> missingFiles) {
	}

	/** Backs up the data folder (running or not) into the ZIP {@code to}, written whole or not at all. */
	public static Summary backup(Path dataFolder, Path to) throws IOException, SQLException {
		Path folder = dataFolder.toAbsolutePath().normalize();
		Path target = to.toAbsolutePath().normalize();
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		try (Database database = Database.of(folder)) {
			Summary summary;
			try (Connection connection = database.connect();
					OutputStream file = Files.newOutputStream(partial);
					ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
				summary = write(connection, folder.resolve("documents"), zip);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return summary;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	private static Summary write(Connection connection, Path documents, ZipOutputStream zip)
			throws SQLException, IOException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("set transaction isolation level repeatable read, read only");
			Properties manifest = new Properties();
			manifest.setProperty("format", FORMAT);
			manifest.setProperty("schema", schemaVersion(statement));
			Map<String, String> tables = tables(statement);
			manifest.setProperty("tables", String.join(",", tables.keySet()));
			tables.forEach((table, columns) -> manifest.setProperty("columns." + table, columns));
			try (ResultSet rs = statement.executeQuery("""
					select sequencename, coalesce(last_value, 1), last_value is not null
					from pg_sequences where schemaname = 'public'""")) {
				while (rs.next()) {
					manifest.setProperty("sequence." + rs.getString(1), rs.getLong(2) + "," + rs.getBoolean(3));
				}
			}
			zip.putNextEntry(new ZipEntry(MANIFEST));
			manifest.store(zip, "MotCua backup");
			zip.closeEntry();

			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			long rows = 0;
			for (Map.Entry<String, String> table : tables.entrySet()) {
				zip.putNextEntry(new ZipEntry("database/" + table.getKey() + ".tsv"));
				rows += copy.copyOut("copy " + quote(table.getKey()) + " (" + table.getValue() + ") to stdout", zip);
				zip.closeEntry();
			}

			int files = 0;
			List<String> missing = new ArrayList<>();
			if (tables.containsKey("stored_document")) {
				try (ResultSet rs = statement
					.executeQuery("select distinct relative_path from stored_document order by relative_path")) {
					while (rs.next()) {
						String path = rs.getString(1);
						Path source = inside(documents, path);
						if (!Files.isRegularFile(source)) {
							missing.add(path);
							continue;
						}
						zip.putNextEntry(new ZipEntry("documents/" + path));
						Files.copy(source, zip);
						zip.closeEntry();
						files++;
					}
				}
			}
			connection.commit();
			return new Summary(tables.size(), rows, files, missing);
		}
	}

	/**
	 * Restores a backup into a new data folder (refused when it already holds a database or stored files): its
	 * database is created, migrated to the backup's schema version and loaded in one transaction, then the files are
	 * put in place.
	 */
	public static Summary restore(Path from, Path dataFolder) throws IOException, SQLException {
		Path folder = dataFolder.toAbsolutePath().normalize();
		if (Files.exists(folder.resolve("postgres")) || notEmpty(folder.resolve("documents"))) {
			throw new IllegalArgumentException("Thư mục dữ liệu " + folder
					+ " đã có cơ sở dữ liệu hoặc tệp: chỉ khôi phục vào một thư mục mới (không ghi đè dữ liệu đang có).");
		}
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(from), StandardCharsets.UTF_8)) {
			ZipEntry first = zip.getNextEntry();
			if (first == null || !first.getName().equals(MANIFEST)) {
				throw new IllegalArgumentException("Tệp " + from + " không phải bản sao lưu MotCua (thiếu " + MANIFEST + ").");
			}
			Properties manifest = new Properties();
			manifest.load(new InputStreamReader(unclosed(zip), StandardCharsets.ISO_8859_1));
			if (!FORMAT.equals(manifest.getProperty("format"))) {
				throw new IllegalArgumentException("Định dạng bản sao lưu không được hỗ trợ: " + manifest.getProperty("format"));
			}
			Files.createDirectories(folder);
			try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(folder, 0, false, true)) {
				migrate(postgres, manifest.getProperty("schema"));
				try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
					return load(connection, manifest, zip, folder.resolve("documents"));
				}
			}
		}
	}

	private static void migrate(EmbeddedPostgres postgres, String version) {
		Flyway flyway = Flyway.configure().dataSource(postgres.getPostgresDatabase())
			.locations("classpath:db/migration").target(MigrationVersion.fromVersion(version)).load();
		flyway.migrate();
		var current = flyway.info().current();
		if (current == null || !current.getVersion().equals(MigrationVersion.fromVersion(version))) {
			throw new IllegalStateException("Bản sao lưu có lược đồ phiên bản " + version
					+ ", phiên bản MotCua này không có: hãy khôi phục bằng phiên bản MotCua mới hơn.");
		}
	}

	private static Summary load(Connection connection, Properties manifest, ZipInputStream zip, Path documents)
			throws SQLException, IOException {
		List<String> tables = List.of(manifest.getProperty("tables").split(","));
		connection.setAutoCommit(false);
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		long rows = 0;
		int files = 0;
		try (Statement statement = connection.createStatement()) {
			// rows as they were: no trigger fires (the audit trail's included) and no foreign key is checked twice
			statement.execute("set local session_replication_role = replica");
			statement.execute("truncate " + String.join(", ", tables.stream().map(DataFolderBackup::quote).toList()));
			boolean loaded = false;
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				if (name.startsWith("database/") && name.endsWith(".tsv")) {
					String table = name.substring("database/".length(), name.length() - ".tsv".length());
					if (!tables.contains(table)) {
						throw new IllegalArgumentException("Bảng không có trong danh mục của bản sao lưu: " + table);
					}
					rows += copy.copyIn("copy " + quote(table) + " (" + manifest.getProperty("columns." + table)
							+ ") from stdin", unclosed(zip));
				}
				else if (name.startsWith("documents/") && !entry.isDirectory()) {
					if (!loaded) {
						finishDatabase(statement, manifest);
						connection.commit();
						loaded = true;
					}
					Path target = inside(documents, name.substring("documents/".length()));
					Files.createDirectories(target.getParent());
					Files.copy(unclosed(zip), target);
					files++;
				}
			}
			if (!loaded) {
				finishDatabase(statement, manifest);
				connection.commit();
			}
		}
		return new Summary(tables.size(), rows, files, List.of());
	}

	private static void finishDatabase(Statement statement, Properties manifest) throws SQLException {
		for (String key : manifest.stringPropertyNames()) {
			if (key.startsWith("sequence.")) {
				String[] value = manifest.getProperty(key).split(",");
				statement.execute("select setval('" + quote(key.substring("sequence.".length())).replace("'", "''")
						+ "', " + Long.parseLong(value[0]) + ", " + Boolean.parseBoolean(value[1]) + ")");
			}
		}
	}

	private static String schemaVersion(Statement statement) throws SQLException {
		MigrationVersion latest = null;
		try (ResultSet rs = statement
			.executeQuery("select version from flyway_schema_history where success and version is not null")) {
			while (rs.next()) {
				MigrationVersion version = MigrationVersion.fromVersion(rs.getString(1));
				if (latest == null || version.compareTo(latest) > 0) {
					latest = version;
				}
			}
		}
		if (latest == null) {
			throw new IllegalStateException("Cơ sở dữ liệu chưa có lược đồ MotCua (chưa chạy migration).");
		}
		return latest.getVersion();
	}

	/** The tables of the schema (Flyway's history aside) with their stored columns, in a stable order. */
	private static Map<String, String> tables(Statement statement) throws SQLException {
		Map<String, String> tables = new LinkedHashMap<>();
		try (ResultSet rs = statement.executeQuery("""
				select c.relname, string_agg(quote_ident(a.attname), ',' order by a.attnum)
				from pg_class c
				join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
				join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
				where c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history' and not c.relispartition
				group by c.relname order by c.relname""")) {
			while (rs.next()) {
				tables.put(rs.getString(1), rs.getString(2));
			}
		}
		return tables;
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/** A stored file's place, refusing any path that would leave the document store. */
	private static Path inside(Path root, String relative) {
		Path path = root.resolve(relative).normalize();
		if (!path.startsWith(root) || path.equals(root)) {
			throw new IllegalArgumentException("Đường dẫn tệp không hợp lệ: " + relative);
		}
		return path;
	}

	private static boolean notEmpty(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isPresent();
		}
	}

	private static InputStream unclosed(InputStream in) {
		return new FilterInputStream(in) {
			@Override
			public void close() {
				// the ZIP's next entry follows
			}
		};
	}

	/** The database of a data folder: the running one (found by its postmaster.pid), else started for the backup. */
	private static final class Database implements AutoCloseable {

		private final EmbeddedPostgres started;

		private final int port;

		private final String password;

		private Database(EmbeddedPostgres started, int port, String password) {
			this.started = started;
			this.port = port;
			this.password = password;
		}

		static Database of(Path folder) throws IOException {
			Path passwordFile = folder.resolve(EmbeddedDatabaseConfiguration.PASSWORD_FILE);
			Path pid = folder.resolve("postgres/postmaster.pid");
			if (Files.exists(pid) && Files.exists(passwordFile)) {
				List<String> lines = Files.readAllLines(pid);
				boolean running = lines.size() > 3 && ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
					.map(ProcessHandle::isAlive).orElse(false);
				if (running) {
					return new Database(null, Integer.parseInt(lines.get(3).strip()),
							EmbeddedDatabaseConfiguration.readSecret(passwordFile));
				}
			}
			if (!Files.exists(folder.resolve("postgres/PG_VERSION"))) {
				throw new IllegalArgumentException("Không có cơ sở dữ liệu MotCua trong thư mục " + folder + ".");
			}
			EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(folder, 0, false, true);
			return new Database(postgres, postgres.getPort(), EmbeddedDatabaseConfiguration.readSecret(passwordFile));
		}

		Connection connect() throws SQLException {
			Properties properties = new Properties();
			properties.setProperty("user", "postgres");
			properties.setProperty("password", password);
			return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", properties);
		}

		@Override
		public void close() throws IOException {
			if (started != null) {
				started.close();
			}
		}
	}
}
