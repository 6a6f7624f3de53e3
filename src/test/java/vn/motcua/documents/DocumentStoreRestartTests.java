package vn.motcua.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotCuaApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored document is still there, with its metadata and verified bytes, after the application restarts. */
class DocumentStoreRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void aStoredDocumentSurvivesARestart() throws IOException {
		byte[] scan = "Bản scan giấy chứng sinh, lưu trước khi khởi động lại".getBytes(StandardCharsets.UTF_8);
		StoredDocument stored;
		try (ConfigurableApplicationContext first = start()) {
			stored = first.getBean(DocumentStore.class)
				.store("14908", "giay-chung-sinh.pdf", "application/pdf", new ByteArrayInputStream(scan));
		}

		try (ConfigurableApplicationContext second = start()) {
			DocumentStore store = second.getBean(DocumentStore.class);
			assertThat(store.find(stored.id())).contains(stored);
			try (InputStream in = store.open(stored.id())) {
				assertThat(in.readAllBytes()).isEqualTo(scan);
			}
		}
		assertThat(Files.exists(dataDir.resolve("documents").resolve(stored.relativePath()))).isTrue();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(MotCuaApplication.class)
			.run("--motcua.data-dir=" + dataDir, "--motcua.embedded-db.ephemeral=false", "--server.port=0");
	}
}
