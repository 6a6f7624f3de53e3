package vn.motcua.shared;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotCuaApplication;
import vn.motcua.documents.DocumentStore;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.portal.PortalFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 10: a commune takes a backup while MotCua runs (database and document store together, one command)
 * and restores it into a new data folder, e.g. on another machine; the restored installation has every dossier and
 * every file of the backup, and goes on working.
 */
class BackupAndRestoreTests {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aBackupTakenWhileRunningRestoresIntoANewDataFolderWithEveryDossierAndFile() throws Exception {
		Path source = temp.resolve("source");
		Path restored = temp.resolve("restored");
		Path backup = temp.resolve("sao-luu.zip");
		Map<String, Map<UUID, byte[]>> filesByDossier = new HashMap<>();
		long dossiers;
		long auditLines;
		String afterBackup;
		try (ConfigurableApplicationContext running = start(source)) {
			PortalFixtures fixtures = running.getBean(PortalFixtures.class);
			DocumentStore store = running.getBean(DocumentStore.class);
			for (Dossier dossier : List.of(fixtures.received(), fixtures.returned(), fixtures.awaitingSupplement("CCCD"))) {
				Map<UUID, byte[]> files = new HashMap<>();
				for (DossierDocument document : running.getBean(DossierWorkflow.class).find(dossier.code())
					.orElseThrow().documents()) {
					if (document.storedDocumentId() != null) {
						try (InputStream in = store.open(document.storedDocumentId())) {
							files.put(document.storedDocumentId(), in.readAllBytes());
						}
					}
				}
				assertThat(files).isNotEmpty();
				filesByDossier.put(dossier.code(), files);
			}
			JdbcClient jdbc = running.getBean(JdbcClient.class);
			dossiers = jdbc.sql("select count(*) from dossier").query(Long.class).single();
			auditLines = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();

			assertThat(command("backup", "--data-dir=" + source, "--to=" + backup)).as(err.toString()).isZero();
			assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã sao lưu");

			afterBackup = fixtures.received().code();
		}

		// a stopped installation is backed up too (its database started for the backup, then stopped again)
		Path stopped = temp.resolve("stopped.zip");
		assertThat(command("backup", "--data-dir=" + source, "--to=" + stopped)).as(err.toString()).isZero();
		assertThat(source.resolve("postgres/postmaster.pid")).doesNotExist();
		assertThat(Files.size(stopped)).isGreaterThan(Files.size(backup));

		assertThat(command("restore", "--from=" + backup, "--data-dir=" + restored)).as(err.toString()).isZero();
		assertThat(command("restore", "--from=" + backup, "--data-dir=" + restored)).as("never over existing data")
			.isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("chỉ khôi phục vào một thư mục mới");

		try (ConfigurableApplicationContext copy = start(restored)) {
			DossierWorkflow workflow = copy.getBean(DossierWorkflow.class);
			DocumentStore store = copy.getBean(DocumentStore.class);
			for (Map.Entry<String, Map<UUID, byte[]>> expected : filesByDossier.entrySet()) {
				Dossier dossier = workflow.find(expected.getKey()).orElseThrow();
				for (Map.Entry<UUID, byte[]> file : expected.getValue().entrySet()) {
					assertThat(dossier.documents()).extracting(DossierDocument::storedDocumentId).contains(file.getKey());
					try (InputStream in = store.open(file.getKey())) {
						assertThat(in.readAllBytes()).isEqualTo(file.getValue());
					}
				}
			}
			JdbcClient jdbc = copy.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(dossiers);
			assertThat(workflow.find(afterBackup)).as("taken after the backup").isEmpty();
			// the audit trail came along, and the restored installation takes new dossiers (sequences restored)
			assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single())
				.isGreaterThanOrEqualTo(auditLines);
			Dossier next = copy.getBean(PortalFixtures.class).received();
			assertThat(filesByDossier).doesNotContainKey(next.code());
		}
		assertThat(Files.exists(restored.resolve("postgres-password"))).isTrue();

		// a tampered backup cannot write outside the new data folder's document store
		Path tampered = temp.resolve("tampered.zip");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup), StandardCharsets.UTF_8);
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tampered), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				in.transferTo(zip);
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("documents/../../escaped.txt"));
			zip.write("ngoài thư mục".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertThat(command("restore", "--from=" + tampered, "--data-dir=" + temp.resolve("third"))).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Đường dẫn tệp không hợp lệ");
		assertThat(temp.resolve("escaped.txt")).doesNotExist();
		assertThat(temp.resolve("third/escaped.txt")).doesNotExist();
	}

	private int command(String... args) {
		out.reset();
		err.reset();
		return DataFolderCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(MotCuaApplication.class).run("--server.port=0",
				"--motcua.data-dir=" + dataDir, "--motcua.embedded-db.ephemeral=false");
	}
}
