package vn.motcua.nationallink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.dossier.CompleteIntake;
import vn.motcua.dossier.Intake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national link's figures of docs/performance.md (not part of the default run):
 * <pre>./mvnw -B test -Dtest=NationalLinkBenchmark -Dbenchmark=true [-Dbenchmark.changes=10000]</pre>
 * Against the simulator over HTTP on the same machine: (1) the delay from a change to its delivery while the portal
 * is up, for dossiers accepted at about 20 a second (two changes each: handed in, received); (2) the time to catch up
 * on {@code benchmark.changes} changes queued while the portal was down, from the moment it is back.
 */
@MotCuaTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class NationalLinkBenchmark {

	static SimulatedPortal portal;

	@Autowired
	Intake intake;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void link(DynamicPropertyRegistry registry) throws Exception {
		portal = SimulatedPortal.linkedTo(registry);
	}

	@AfterAll
	static void stop() {
		portal.close();
	}

	@Test
	void deliveryDelayAndCatchUp() throws Exception {
		ProcedureVersion version = catalogue.inForce("1.004873", TestClock.today()).orElseThrow();
		// warm-up: 200 dossiers
		accept(version, 200, 4);
		awaitEmpty(Duration.ofMinutes(2));
		long mark = maxId();

		// (1) delay while up: 600 dossiers at about 20 a second
		for (int i = 0; i < 600; i++) {
			intake.accept(CompleteIntake.of(version, "Độ Trễ " + i), "tiepnhan");
			Thread.sleep(50);
		}
		awaitEmpty(Duration.ofMinutes(2));
		List<Double> delays = jdbc.sql("""
				select extract(epoch from delivered_at - created_at) * 1000 from national_outbox where id > ?
				order by 1""").param(mark).query(Double.class).list();
		System.out.printf("BENCHMARK national link delay: %d changes, p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
				delays.size(), percentile(delays, 50), percentile(delays, 95), delays.get(delays.size() - 1));

		// (2) catch up after an outage
		int changes = Integer.getInteger("benchmark.changes", 10_000);
		portal.fault("{\"kind\": \"DOWN\", \"calls\": 100000000}");
		long queuedFrom = maxId();
		long started = System.nanoTime();
		accept(version, changes / 2, 4);
		long queued = jdbc.sql("select count(*) from national_outbox where id > ? and delivered_at is null")
			.param(queuedFrom).query(Long.class).single();
		System.out.printf("BENCHMARK national link: %d changes queued during the outage in %.1f s%n", queued,
				(System.nanoTime() - started) / 1e9);
		portal.back();
		long back = System.nanoTime();
		awaitEmpty(Duration.ofMinutes(5));
		double seconds = (System.nanoTime() - back) / 1e9;
		System.out.printf("BENCHMARK national link catch-up: %d changes in %.1f s (%.0f/s) from the portal's return%n",
				queued, seconds, queued / seconds);
		assertThat(queued).isGreaterThanOrEqualTo(changes);
	}

	private void accept(ProcedureVersion version, int dossiers, int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < dossiers; i++) {
			int n = i;
			done.add(pool.submit(() -> intake.accept(CompleteIntake.of(version, "Hàng Đợi " + n), "tiepnhan")));
		}
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
	}

	private long maxId() {
		return jdbc.sql("select coalesce(max(id), 0) from national_outbox").query(Long.class).single();
	}

	private void awaitEmpty(Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (jdbc.sql("select count(*) from national_outbox where delivered_at is null").query(Long.class)
			.single() > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the queue did not empty within " + limit);
			}
			Thread.sleep(20);
		}
	}

	private static double percentile(List<Double> sorted, int p) {
		List<Double> values = new ArrayList<>(sorted);
		Collections.sort(values);
		return values.get(Math.min(values.size() - 1, (int) Math.ceil(p / 100.0 * values.size()) - 1));
	}

}
