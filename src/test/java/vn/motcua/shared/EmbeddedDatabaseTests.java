package vn.motcua.shared;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotCuaApplication;
import vn.motcua.identity.OfficerAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded default keeps its data across restarts and stops with the application; with SPRING_DATASOURCE_URL
 * the application uses that PostgreSQL instead and starts none of its own.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path dataDir;

	@Test
	void dataSurvivesARestartAndTheDatabaseStopsWithTheApplication() throws Exception {
		int port;
		try (ConfigurableApplicationContext first = start("--motcua.data-dir=" + dataDir)) {
			port = first.getBean(EmbeddedPostgres.class).getPort();
			first.getBean(OfficerAccounts.class).create("luu-tru", "Nguyễn Văn Lưu", "mat-khau-dai", Set.of("14908"),
					Set.of(vn.motcua.shared.OfficerRole.SPECIALIST));
		}
		assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();
		assertThatThrownBy(() -> new Socket("localhost", port).close()).as("the database stopped with the application")
			.isInstanceOf(IOException.class);

		try (ConfigurableApplicationContext second = start("--motcua.data-dir=" + dataDir)) {
			assertThat(second.getBean(OfficerAccounts.class).findByUsername("luu-tru"))
				.get().extracting(o -> o.fullName()).isEqualTo("Nguyễn Văn Lưu");
		}
	}

	@Test
	void withSpringDatasourceUrlItUsesThatDatabaseAndStartsNoneOfItsOwn() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("external"))
			.setCleanDataDirectory(true).setRegisterShutdownHook(false).start()) {
			String url = external.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext app = start("--spring.datasource.url=" + url,
					"--spring.datasource.username=postgres", "--motcua.data-dir=" + dataDir.resolve("unused"))) {
				assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
				assertThat(app.getBean(OfficerAccounts.class).findByUsername("admin")).isPresent();
			}
			try (Connection connection = external.getPostgresDatabase().getConnection();
					ResultSet rs = connection.createStatement().executeQuery("select count(*) from agency")) {
				rs.next();
				assertThat(rs.getInt(1)).as("migrations ran on the external database").isEqualTo(3321);
			}
			assertThat(dataDir.resolve("unused/postgres")).doesNotExist();
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(MotCuaApplication.class)
			.run(concat(args, "--server.port=0", "--motcua.embedded-db.ephemeral=false",
				"--motcua.embedded-db.durable=true"));
	}

	private static String[] concat(String[] a, String... b) {
		String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
