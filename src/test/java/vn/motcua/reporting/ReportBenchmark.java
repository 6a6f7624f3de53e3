package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.dossier.PeriodFigures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (not part of the default test run): the period report over 1,000,000 dossiers of the 166 communes of
 * Thanh Hóa in 2025, for a quarter and for the year, side by side with one hand-written SQL aggregate over the same
 * data. Run: {@code ./mvnw -B test -Dtest=ReportBenchmark -Dbenchmark=true} (docs/performance.md).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(properties = "motcua.embedded-db.pool-size=4")
class ReportBenchmark {

	static final int DOSSIERS = Integer.getInteger("benchmark.dossiers", 1_000_000);

	/** One straightforward aggregate, written by hand over the same columns, without the report's classifying CTEs. */
	static final String HAND_WRITTEN = """
			with b as (select cast(:from as date) f, cast(:to as date) t,
			             cast(:from as date)::timestamp at time zone 'Asia/Ho_Chi_Minh' fs,
			             (cast(:to as date) + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh' te)
			select d.agency_code,
			  count(*) filter (where d.received_at < b.fs) carried,
			  count(*) filter (where d.received_at >= b.fs) received,
			  count(*) filter (where d.received_at >= b.fs and d.channel = 'ONLINE') online,
			  count(*) filter (where d.resolved_on <= b.t) resolved,
			  count(*) filter (where d.resolved_on <= b.t and d.resolved_on < d.due_date) early,
			  count(*) filter (where d.resolved_on <= b.t and d.resolved_on > d.due_date) late,
			  count(*) filter (where d.closed_at < b.te) stopped,
			  count(*) filter (where coalesce(d.resolved_on > b.t, true) and coalesce(d.closed_at >= b.te, true)
			                   and s.dossier_id is not null) awaiting,
			  count(*) filter (where d.resolved_on <= b.t and d.component_stored
			                   and (d.decision <> 'APPROVED' or d.result_stored)) digitized
			from b, dossier d
			left join (select distinct dossier_id from dossier_supplement, b
			           where requested_at < b.te and (received_at is null or received_at >= b.te)) s on s.dossier_id = d.id
			where d.agency_code = any(:agencies) and d.received_at is not null and d.received_at < b.te
			  and (d.resolved_on is null or d.resolved_on >= b.f) and (d.closed_at is null or d.closed_at >= b.fs)
			group by d.agency_code""";

	@Autowired
	Reports reports;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void periodReportOverAMillionDossiers() {
		List<Agency> province = agencies.inProvince("38");
		long started = System.nanoTime();
		fill(province);
		double fillSeconds = (System.nanoTime() - started) / 1e9;
		List<String> lines = new ArrayList<>();
		lines.add(String.format("filled %,d dossiers in %.1f s", DOSSIERS, fillSeconds));
		for (LocalDate[] period : new LocalDate[][] { { LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30) },
				{ LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31) } }) {
			PeriodFigures[] result = new PeriodFigures[1];
			double ours = median(() -> result[0] = reports.dossiers(period[0], period[1], province).total());
			String[] codes = province.stream().map(Agency::code).toArray(String[]::new);
			long[] handReceived = new long[1];
			double hand = median(() -> handReceived[0] = jdbc.sql(HAND_WRITTEN).param("from", period[0])
				.param("to", period[1]).param("agencies", codes)
				.query((rs, i) -> rs.getLong("received")).list().stream().mapToLong(Long::longValue).sum());
			assertThat(handReceived[0]).isEqualTo(result[0].received().total());
			assertThat(result[0].reconciles()).isTrue();
			lines.add(String.format("%s..%s province 38 (%d communes): report %.0f ms, hand-written SQL %.0f ms, ratio %.2f;"
					+ " received %,d, resolved %,d, on-time rate %s", period[0], period[1], province.size(), ours, hand,
					ours / hand, result[0].received().total(), result[0].resolved().total(), result[0].onTimeRate()));
		}
		lines.forEach(System.out::println);
		String[] all = province.stream().map(Agency::code).toArray(String[]::new);
		jdbc.sql("explain (analyze, buffers) " + HAND_WRITTEN).param("from", LocalDate.of(2025, 1, 1))
			.param("to", LocalDate.of(2025, 12, 31)).param("agencies", all).query(String.class).list()
			.forEach(System.out::println);
	}

	/** Median wall time in ms of 5 runs after 2 warm-up runs. */
	private static double median(Runnable run) {
		for (int i = 0; i < 2; i++) {
			run.run();
		}
		double[] times = new double[5];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			run.run();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times[2];
	}

	/** A year of dossiers spread over the province's communes, with realistic shares of each outcome. */
	private void fill(List<Agency> province) {
		// with -Dmotcua.data-dir=<folder> -Dmotcua.embedded-db.ephemeral=false the filled database is kept for reruns
		if (jdbc.sql("select count(*) from dossier where code like 'BENCH-%'").query(Long.class).single() == DOSSIERS) {
			return;
		}
		String[] codes = province.stream().map(Agency::code).toArray(String[]::new);
		jdbc.sql("""
				insert into dossier (code, agency_code, procedure_code, procedure_version_id, procedure_name,
				  time_limit_amount, time_limit_unit, supplement_policy, channel, status, applicant_name, submitted_at,
				  received_at, start_date, due_date, resolved_on, decision, extended_due_date)
				select 'BENCH-' || g, (:codes)[1 + g % cardinality(:codes)], '1.001193', null, 'Đăng ký khai sinh',
				  5, 'WORKING_DAYS', 'RESTART', (array['ONLINE','ONLINE','ONLINE','DIRECT','POSTAL'])[1 + g % 5],
				  case when g % 10 < 8 then 'RESOLVED' when g % 10 = 8 then 'IN_REVIEW' else 'STOPPED' end,
				  'Người nộp ' || g, t, t, t::date, t::date + 7,
				  case when g % 10 < 8 then t::date + (g % 11) end,
				  case when g % 10 < 8 then (case when g % 13 = 0 then 'REFUSED' else 'APPROVED' end) end,
				  case when g % 50 = 0 then t::date + 10 end
				from (select g, timestamptz '2025-01-01 08:00+07' + (g % 365) * interval '1 day'
				             + (g % 480) * interval '1 minute' as t
				      from generate_series(1, :n) g) x""")
			.param("codes", codes).param("n", DOSSIERS).update();
		jdbc.sql("""
				update dossier set closed_at = received_at + interval '2 days'
				where code like 'BENCH-%' and status = 'STOPPED'""").update();
		jdbc.sql("""
				update dossier set extended_at = received_at + interval '1 day'
				where code like 'BENCH-%' and extended_due_date is not null""").update();
		jdbc.sql("""
				insert into dossier_supplement (dossier_id, cycle, requested_at, missing, remaining_working_days, received_at)
				select id, 1, received_at + interval '1 day', 'Giấy tờ', 2,
				  case when id % 3 = 0 then null else received_at + interval '4 days' end
				from dossier where code like 'BENCH-%' and id % 20 = 0""").update();
		jdbc.sql("""
				insert into dossier_document (dossier_id, position, kind, name, original, copies, stored_document_id)
				select id, 0, 'COMPONENT', 'Tờ khai', true, 1, gen_random_uuid()
				from dossier where code like 'BENCH-%' and id % 10 <> 0""").update();
		jdbc.sql("""
				insert into dossier_document (dossier_id, position, kind, name, original, copies, stored_document_id)
				select id, 1, 'RESULT', 'Kết quả', true, 1, gen_random_uuid()
				from dossier where code like 'BENCH-%' and decision = 'APPROVED' and id % 7 <> 0""").update();
		jdbc.sql("vacuum analyze dossier").update();
		jdbc.sql("vacuum analyze dossier_document").update();
		jdbc.sql("vacuum analyze dossier_supplement").update();
	}
}
