package vn.motcua.history;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.history.HistoryLines.code;
import static vn.motcua.history.HistoryLines.event;
import static vn.motcua.history.HistoryLines.line;
import static vn.motcua.history.HistoryLines.lines;
import static vn.motcua.history.HistoryLines.resolved;

/**
 * The history module on its own with the modules it depends on (no reporting, portal, feedback, national link):
 * it starts, and a file of two lines is replayed through the dossier module and written.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class HistoryModuleTests {

	@Autowired
	DossierHistoryImport imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importsTwoLinesThroughTheDossierModule() {
		String returned = code("module-returned");
		String waiting = code("module-waiting");

		ImportReport report = imports.importJsonLines(lines(
				line(returned, "2025-07-01T08:15:00+07:00", resolved("APPROVED", "2025-07-03T10:00:00+07:00") + ","
						+ event("RETURNED", "2025-07-04T09:00:00+07:00")),
				line(waiting, "2025-07-01T08:15:00+07:00", event("SUPPLEMENT_REQUESTED", "2025-07-02T09:00:00+07:00"))));

		assertThat(report.imported()).isEqualTo(2);
		assertThat(report.rejected()).isEmpty();
		assertThat(jdbc.sql("select status from dossier where code in (?, ?) order by code").params(returned, waiting)
			.query(String.class).list()).containsExactlyInAnyOrder("RETURNED", "AWAITING_SUPPLEMENT");
		assertThat(jdbc.sql("""
				select string_agg(s.action, ',' order by s.at, s.id) from dossier_step s join dossier d on d.id = s.dossier_id
				where d.code = ?""").param(returned).query(String.class).single())
			.isEqualTo("SUBMITTED,RECEIVED,APPROVED,RETURNED");
	}
}
