package vn.motcua.demo;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import vn.motcua.history.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data module on its own with the modules it depends on: it starts, and a small month of one commune goes
 * through the history import into the dossier tables.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class DemoModuleTests {

	@Autowired
	DemoDataGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fillsAMonthOfOneCommune() {
		ImportReport report = generator.generate(generator.communes(null, List.of("14908")), LocalDate.of(2025, 8, 1),
				LocalDate.of(2025, 8, 31), 40, 7, false);

		assertThat(report.rejected()).isEmpty();
		assertThat(report.imported()).isEqualTo(40);
		assertThat(jdbc.sql("select count(*) from dossier where code like '14908-2508__-D%'").query(Long.class).single())
			.isEqualTo(40);
	}
}
