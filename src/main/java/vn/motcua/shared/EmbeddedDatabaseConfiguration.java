package vn.motcua.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${motcua.data-dir}") String dataDir,
			@Value("${motcua.embedded-db.port:0}") int port,
			@Value("${motcua.embedded-db.ephemeral:false}") boolean ephemeral,
			@Value("${motcua.embedded-db.durable:true}") boolean durable) throws IOException {
		Path directory = Path.of(dataDir, "postgres").toAbsolutePath().normalize();
		Files.createDirectories(directory.getParent());
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
			// Durable (docs/architecture.md): a committed dossier survives a power cut. The embedded library's defaults
			// are fsync, synchronous_commit and full_page_writes all off; only throw-away test databases keep that.
			.setServerConfig("fsync", on(durable))
			.setServerConfig("synchronous_commit", on(durable))
			.setServerConfig("full_page_writes", on(durable))
			.setRegisterShutdownHook(false);
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
		return postgres;
	}

	private static String on(boolean on) {
		return on ? "on" : "off";
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres, @Value("${motcua.embedded-db.pool-size:10}") int poolSize) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(poolSize);
		config.setPoolName("motcua-embedded");
		return new HikariDataSource(config);
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
