package vn.motcua.nationallink;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.dossier.CompleteIntake;
import vn.motcua.dossier.Decision;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.simulators.NationalPortalSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national portal link end to end, over real HTTP to the simulator: every step of a dossier reaches the portal in
 * order with its national status; an outage or a rate limit delays and loses nothing; a refused row is parked with
 * the portal's reason without holding up other dossiers; two senders on one database never send a step twice.
 */
@MotCuaTest
class NationalOutboxTests {

	static NationalPortalSimulator simulator;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Intake intake;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void link(DynamicPropertyRegistry registry) throws Exception {
		simulator = NationalPortalSimulator.start(NationalPortalSimulator.Settings.defaults(0));
		registry.add("motcua.dvcqg.url", () -> "http://localhost:" + simulator.port());
		registry.add("motcua.dvcqg.username", () -> "motcua-sim");
		registry.add("motcua.dvcqg.password", () -> "mo-phong-mat-khau");
		registry.add("motcua.dvcqg.dstcode", () -> "MOTCUA-SIM");
		registry.add("motcua.dvcqg.timeout", () -> "PT2S");
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void everyStepReachesThePortalInOrderWithItsNationalStatus() {
		String code = intake.accept(request("Nguyễn Thị Liên Thông"), "tiepnhan").code();
		workflow.assign(code, "chuyenvien", "tiepnhan");
		workflow.propose(code, Decision.APPROVED, "Đủ điều kiện", "lanhdao", "chuyenvien");
		workflow.decide(code, Decision.APPROVED, null, "lanhdao");
		workflow.attachResult(code, new IntakeRequest.Scan("ket-qua.pdf", "application/pdf",
				"%PDF-1.4 ket qua".getBytes(StandardCharsets.UTF_8)), "lanhdao");
		workflow.returnResult(code, "COUNTER", "tiepnhan");
		await(() -> delivered(code) == 7);

		JsonNode held = held(code);
		// Mới đăng ký, được tiếp nhận, đang xử lý (chuyển xử lý, trình ký), đã xử lý xong (quyết định, số hoá kết quả),
		// đã trả kết quả
		assertThat(numbers(held.path("statuses"))).containsExactly(1, 2, 4, 4, 9, 9, 10);
		assertThat(held.path("progress").size()).isEqualTo(7);
		assertThat(held.path("progress").get(1).path("NoiDungXuLy").asString()).isEqualTo("Tiếp nhận hồ sơ");
		assertThat(held.path("progress").get(6).path("TrangThai").asString()).isEqualTo("10");
		assertThat(held.path("latest").path("NgayTra").asString()).matches("\\d{14}");
		assertThat(held.path("latest").path("MaTTHC").asString()).isEqualTo("1.004873");
		assertThat(jdbc.sql("select delivered_status from national_dossier where dossier_code = ?").param(code)
			.query(String.class).single()).isEqualTo("10");
	}

	@Test
	void anOutageAndARateLimitDelayButLoseNothing() throws Exception {
		fault("{\"kind\": \"DOWN\", \"calls\": 3}");
		fault("{\"kind\": \"RATE_LIMITED\", \"retryAfterSeconds\": 1}");
		fault("{\"kind\": \"SERVER_ERROR\"}");
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			codes.add(intake.accept(request("Trần Văn Mất Mạng " + i), "tiepnhan").code());
		}
		await(() -> codes.stream().allMatch(c -> delivered(c) == 2));
		for (String code : codes) {
			assertThat(numbers(held(code).path("statuses"))).containsExactly(1, 2);
		}
		assertThat(jdbc.sql("select max(attempts) from national_outbox where dossier_code = any(?)")
			.param(codes.toArray(String[]::new)).query(Integer.class).single()).as("tried again").isGreaterThan(1);
	}

	@Test
	void aRowThePortalRefusesIsParkedWithItsReasonAndOtherDossiersGoOn() throws Exception {
		// the batch with the dossier's first step, then that step alone: both refused
		fault("{\"kind\": \"REFUSED_FIELD\", \"field\": \"MaDoiTuong\", \"calls\": 2}");
		String refused = intake.accept(request("Lê Thị Bị Từ Chối"), "tiepnhan").code();
		await(() -> jdbc.sql("select count(*) from national_outbox where dossier_code = ? and parked_at is not null")
			.param(refused).query(Long.class).single() == 1);
		String other = intake.accept(request("Phạm Văn Vẫn Đi"), "tiepnhan").code();
		await(() -> delivered(other) == 2);
		assertThat(jdbc.sql("select last_error from national_outbox where dossier_code = ? and step_number = 1")
			.param(refused).query(String.class).single()).contains("MaDoiTuong");
		assertThat(delivered(refused)).as("its later step waits behind the parked one").isZero();
	}

	@Test
	void twoSendersShareTheWorkWithoutSendingAStepTwice(@Autowired NationalLinkSettings settings,
			@Autowired TransactionTemplate transactions, @Autowired Clock clock) throws Exception {
		long updatesBefore = portal().path("updatesReceived").asLong();
		long progressBefore = portal().path("progressReceived").asLong();
		NationalSender second = new NationalSender(new NationalPortalClient(settings), jdbc, transactions, clock);
		NationalSender third = new NationalSender(new NationalPortalClient(settings), jdbc, transactions, clock);
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService senders = Executors.newFixedThreadPool(2);
		for (NationalSender sender : List.of(second, third)) {
			senders.submit(() -> {
				while (running.get()) {
					sender.deliverDue();
				}
			});
		}
		List<String> codes = new ArrayList<>();
		try {
			for (int i = 0; i < 30; i++) {
				String code = intake.accept(request("Hai Máy Chủ " + i), "tiepnhan").code();
				workflow.assign(code, "chuyenvien", "tiepnhan");
				codes.add(code);
			}
			await(() -> codes.stream().allMatch(c -> delivered(c) == 3));
		}
		finally {
			running.set(false);
			senders.shutdown();
			senders.awaitTermination(30, TimeUnit.SECONDS);
		}
		for (String code : codes) {
			assertThat(numbers(held(code).path("statuses"))).as(code).containsExactly(1, 2, 4);
		}
		assertThat(portal().path("updatesReceived").asLong() - updatesBefore).as("one synchronisation per step")
			.isEqualTo(codes.size() * 3L);
		assertThat(portal().path("progressReceived").asLong() - progressBefore).isEqualTo(codes.size() * 3L);
	}

	private IntakeRequest request(String name) {
		ProcedureVersion version = catalogue.inForce("1.004873", TestClock.today()).orElseThrow();
		return CompleteIntake.of(version, name);
	}

	private long delivered(String code) {
		return jdbc.sql("select count(*) from national_outbox where dossier_code = ? and delivered_at is not null")
			.param(code).query(Long.class).single();
	}

	private JsonNode held(String code) {
		for (JsonNode d : portal().path("dossiers")) {
			if (d.path("MaHoSo").asString().equals(code)) {
				return d;
			}
		}
		throw new AssertionError("the portal does not hold " + code);
	}

	private static JsonNode portal() {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + simulator.port() + "/simulator/dossiers")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return JSON.readTree(response.body());
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static List<Integer> numbers(JsonNode array) {
		List<Integer> numbers = new ArrayList<>();
		array.forEach(n -> numbers.add(n.asInt()));
		return numbers;
	}

	private static void fault(String body) throws Exception {
		HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + simulator.port() + "/simulator/faults"))
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
	}

	private static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not delivered within 30 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}
}
