package vn.motcua.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotCuaTest;
import vn.motcua.history.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data generator goes through the import and gives a commune a believable quarter. */
@MotCuaTest
class DemoDataTests {

	@Autowired
	DemoDataGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aQuarterOfACommuneWithEveryKindOfStoryAndNothingTwiceOnASecondRun() {
		List<DemoHistory.Commune> communes = generator.communes(null, List.of("14908"));
		ImportReport first = generator.generate(communes, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30), 400, 11,
				true);

		assertThat(first.rejected()).isEmpty();
		assertThat(first.imported()).isEqualTo(400);
		Map<String, Long> statuses = group("status");
		assertThat(statuses.keySet()).contains("RESOLVED", "RETURNED", "STOPPED", "AWAITING_SUPPLEMENT");
		Map<String, Long> channels = group("channel");
		assertThat(channels.get("ONLINE")).isGreaterThan(channels.get("DIRECT"));
		assertThat(count("select count(*) from dossier where code like '14908-25____-D%' and extended_due_date is not null"))
			.isPositive();
		assertThat(count("select count(*) from dossier where code like '14908-25____-D%' and resolved_on > due_date"))
			.isPositive();
		assertThat(count("select count(*) from dossier where code like '14908-25____-D%' and decision = 'REFUSED'"))
			.isPositive();
		assertThat(count("""
				select count(distinct d.stored_document_id) from dossier_document d join dossier x on x.id = d.dossier_id
				where x.code like '14908-25____-D%' and d.stored_document_id is not null""")).isEqualTo(2);
		assertThat(count("select count(*) from dossier where code like '14908-25____-D%' and received_at < timestamptz '2025-07-01 00:00+07'"))
			.isZero();

		ImportReport second = generator.generate(communes, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30), 400, 11,
				true);
		assertThat(second.imported()).isZero();
		assertThat(second.skipped()).isEqualTo(400);
	}

	private Map<String, Long> group(String column) {
		return jdbc.sql("select " + column + ", count(*) from dossier where code like '14908-25____-D%' group by 1")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
