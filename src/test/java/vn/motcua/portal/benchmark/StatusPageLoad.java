package vn.motcua.portal.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotCuaApplication;
import vn.motcua.portal.PortalFixtures;

/**
 * Load test of the public status page: the whole application on its embedded PostgreSQL (throw-away data folder),
 * 40 dossiers, then {@code USERS} concurrent users (default 50) each making {@code REQUESTS} look-ups (default 200)
 * over loopback, after a warm-up. Prints the latency percentiles and the throughput. Bounded and local only.
 * <p>
 * Run: {@code ./mvnw -B -q test-compile exec:java -Dexec.mainClass=vn.motcua.portal.benchmark.StatusPageLoad
 * -Dexec.classpathScope=test} (optional {@code -Dusers=50 -Drequests=200}).
 */
public final class StatusPageLoad {

	private StatusPageLoad() {
	}

	public static void main(String[] args) throws Exception {
		int users = Integer.getInteger("users", 50);
		int requests = Integer.getInteger("requests", 200);
		String dataDir = Files.createTempDirectory("motcua-load").toString();
		ConfigurableApplicationContext app = new SpringApplicationBuilder(MotCuaApplication.class)
			.run("--server.port=0", "--server.address=127.0.0.1", "--motcua.data-dir=" + dataDir,
					"--motcua.embedded-db.ephemeral=true", "--motcua.admin-password=load-test-password",
					"--motcua.communes=14908", "--motcua.portal.lookups-per-minute=100000000",
					"--motcua.portal.lookups-per-day=2000000000",
					"--logging.level.root=warn",
					// bundles registered for modules not merged in this branch yet: one warning per look-up otherwise
					"--logging.level.org.springframework.context.support.ResourceBundleMessageSource=error");
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			PortalFixtures fixtures = app.getBean(PortalFixtures.class);
			List<String> codes = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				codes.add(i % 2 == 0 ? fixtures.received().code() : fixtures.awaitingSupplement("Giấy tờ " + i).code());
			}
			ExecutorService clientThreads = Executors.newFixedThreadPool(8);
			HttpClient http = HttpClient.newBuilder().executor(clientThreads).build();
			run(http, port, codes, users, 40); // warm-up: JIT, connection pools, template cache
			long started = System.nanoTime();
			long[] latencies = run(http, port, codes, users, requests);
			double seconds = (System.nanoTime() - started) / 1e9;
			Arrays.sort(latencies);
			System.out.printf("status page /public/ho-so/{code}: %d users x %d requests = %d in %.1f s (%.0f req/s)%n",
					users, requests, latencies.length, seconds, latencies.length / seconds);
			System.out.printf("latency ms: p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", ms(latencies, 0.50),
					ms(latencies, 0.90), ms(latencies, 0.95), ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
			clientThreads.shutdownNow(); // or the JVM (and exec:java) waits for them
		}
		finally {
			app.close();
		}
	}

	private static long[] run(HttpClient http, int port, List<String> codes, int users, int requests)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(users);
		try {
			List<Future<long[]>> futures = new ArrayList<>();
			for (int u = 0; u < users; u++) {
				futures.add(pool.submit(() -> {
					long[] mine = new long[requests];
					for (int i = 0; i < requests; i++) {
						String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
						HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
								+ "/public/ho-so/" + code)).header("Accept-Encoding", "gzip").build();
						long start = System.nanoTime();
						HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
						mine[i] = System.nanoTime() - start;
						if (response.statusCode() != 200) {
							throw new IllegalStateException("status " + response.statusCode() + " for " + code);
						}
					}
					return mine;
				}));
			}
			long[] all = new long[users * requests];
			int at = 0;
			for (Future<long[]> future : futures) {
				long[] mine = future.get();
				System.arraycopy(mine, 0, all, at, mine.length);
				at += mine.length;
			}
			return all;
		}
		finally {
			pool.shutdown();
		}
	}

	private static double ms(long[] sorted, double percentile) {
		return sorted[(int) Math.ceil(percentile * sorted.length) - 1] / 1e6;
	}
}
