package vn.motcua.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotCuaApplication;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.portal.PortalFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A power cut at a commune office must not lose a dossier whose receipt was printed: the embedded database runs
 * with fsync, synchronous commit and full-page writes on, and a dossier acknowledged just before the database
 * process is killed with SIGKILL is there after the restart.
 */
class DurabilityTests {

	@TempDir
	Path dataDir;

	@Test
	void anAcknowledgedIntakeSurvivesTheDatabaseBeingKilled() throws Exception {
		String code;
		ConfigurableApplicationContext first = start();
		try {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
				assertThat(jdbc.sql("select current_setting('" + setting + "')").query(String.class).single())
					.as(setting).isEqualTo("on");
			}
			Dossier dossier = first.getBean(PortalFixtures.class).received();
			code = dossier.code();
			killDatabase(dataDir.resolve("postgres"));
		}
		finally {
			try {
				first.close();
			}
			catch (RuntimeException expected) {
				// the database is gone: stopping it cleanly cannot work
			}
		}

		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(DossierWorkflow.class).find(code)).as("the dossier acknowledged before the kill")
				.isPresent();
		}
	}

	/** SIGKILL to the postmaster and every one of its processes, as a power cut would stop them. */
	private static void killDatabase(Path directory) throws Exception {
		long pid = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		List<ProcessHandle> children = postmaster.descendants().toList();
		postmaster.destroyForcibly();
		children.forEach(ProcessHandle::destroyForcibly);
		postmaster.onExit().get();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(MotCuaApplication.class).run("--server.port=0",
				"--motcua.data-dir=" + dataDir, "--motcua.embedded-db.ephemeral=false",
				"--motcua.embedded-db.durable=true");
	}
}
