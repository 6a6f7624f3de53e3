package vn.motcua.nationallink;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.dossier.CompleteIntake;
import vn.motcua.dossier.Decision;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.FeePayment;
import vn.motcua.dossier.FeePayments;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.IntakeRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national portal link end to end, over real HTTP to the simulator: every step of a dossier reaches the portal in
 * order with its national status; an outage or a rate limit delays and loses nothing; a refused row is parked with
 * the portal's reason without holding up other dossiers; two senders on one database never send a step twice.
 */
@MotCuaTest
class NationalOutboxTests {

	static SimulatedPortal portal;


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
		portal = SimulatedPortal.linkedTo(registry);
	}

	@AfterAll
	static void stop() {
		portal.close();
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
		SimulatedPortal.await(() -> delivered(code) == 7, Duration.ofSeconds(30));

		JsonNode held = portal.held(code);
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
		portal.fault("{\"kind\": \"DOWN\", \"calls\": 3}");
		portal.fault("{\"kind\": \"RATE_LIMITED\", \"retryAfterSeconds\": 1}");
		portal.fault("{\"kind\": \"SERVER_ERROR\"}");
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			codes.add(intake.accept(request("Trần Văn Mất Mạng " + i), "tiepnhan").code());
		}
		SimulatedPortal.await(() -> codes.stream().allMatch(c -> delivered(c) == 2), Duration.ofSeconds(30));
		for (String code : codes) {
			assertThat(numbers(portal.held(code).path("statuses"))).containsExactly(1, 2);
		}
		assertThat(jdbc.sql("select max(attempts) from national_outbox where dossier_code = any(?)")
			.param(codes.toArray(String[]::new)).query(Integer.class).single()).as("tried again").isGreaterThan(1);
	}

	@Test
	void aRowThePortalRefusesIsParkedWithItsReasonAndOtherDossiersGoOn() throws Exception {
		// the batch with the dossier's first step, then that step alone: both refused
		portal.fault("{\"kind\": \"REFUSED_FIELD\", \"field\": \"MaDoiTuong\", \"calls\": 2}");
		String refused = intake.accept(request("Lê Thị Bị Từ Chối"), "tiepnhan").code();
		SimulatedPortal.await(() -> jdbc.sql(
				"select count(*) from national_outbox where dossier_code = ? and parked_at is not null")
			.param(refused).query(Long.class).single() == 1, Duration.ofSeconds(30));
		String other = intake.accept(request("Phạm Văn Vẫn Đi"), "tiepnhan").code();
		SimulatedPortal.await(() -> delivered(other) == 2, Duration.ofSeconds(30));
		assertThat(jdbc.sql("select last_error from national_outbox where dossier_code = ? and step_number = 1")
			.param(refused).query(String.class).single()).contains("MaDoiTuong");
		assertThat(delivered(refused)).as("its later step waits behind the parked one").isZero();
	}

	@Test
	void twoSendersShareTheWorkWithoutSendingAStepTwice(@Autowired NationalLinkSettings settings,
			@Autowired TransactionTemplate transactions, @Autowired Clock clock,
			@Autowired MessageSource messages) throws Exception {
		long updatesBefore = portal.holdings().path("updatesReceived").asLong();
		long progressBefore = portal.holdings().path("progressReceived").asLong();
		NationalSender second = new NationalSender(new NationalPortalClient(settings, messages), jdbc, transactions,
				clock);
		NationalSender third = new NationalSender(new NationalPortalClient(settings, messages), jdbc, transactions,
				clock);
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
			SimulatedPortal.await(() -> codes.stream().allMatch(c -> delivered(c) == 3), Duration.ofSeconds(30));
		}
		finally {
			running.set(false);
			senders.shutdown();
			senders.awaitTermination(30, TimeUnit.SECONDS);
		}
		for (String code : codes) {
			assertThat(numbers(portal.held(code).path("statuses"))).as(code).containsExactly(1, 2, 4);
		}
		assertThat(portal.holdings().path("updatesReceived").asLong() - updatesBefore).as("one synchronisation per step")
			.isEqualTo(codes.size() * 3L);
		assertThat(portal.holdings().path("progressReceived").asLong() - progressBefore).isEqualTo(codes.size() * 3L);
	}

	/**
	 * A fee paid after the result: the payment is a step of its own, so the portal hears that the dossier moved from 6
	 * (Yêu cầu thực hiện nghĩa vụ tài chính) to 9 (Đã xử lý xong), in order after the decision.
	 */
	@Test
	void aFeePaidAfterTheResultReachesThePortalAsResolved(@Autowired FeePayments payments) {
		ProcedureVersion version = catalogue.inForce("2.000884", TestClock.today()).orElseThrow();
		String code = intake.accept(CompleteIntake.of(version, "Đặng Văn Nộp Phí"), "tiepnhan").code();
		assertThat(workflow.find(code).orElseThrow().feeDue()).isPositive();
		workflow.assign(code, "chuyenvien", "tiepnhan");
		workflow.propose(code, Decision.APPROVED, "Đủ điều kiện", "lanhdao", "chuyenvien");
		workflow.decide(code, Decision.APPROVED, null, "lanhdao");
		SimulatedPortal.await(() -> delivered(code) == 5, Duration.ofSeconds(30));
		assertThat(numbers(portal.held(code).path("statuses"))).containsExactly(1, 2, 4, 4, 6);

		payments.record(code, FeePayment.Method.CASH, "BL-0001", workflow.find(code).orElseThrow().feeDue(),
				TestClock.today(), "tiepnhan");
		SimulatedPortal.await(() -> delivered(code) == 6, Duration.ofSeconds(30));
		JsonNode held = portal.held(code);
		assertThat(numbers(held.path("statuses"))).containsExactly(1, 2, 4, 4, 6, 9);
		assertThat(held.path("progress").get(5).path("NoiDungXuLy").asString()).isEqualTo("Nộp phí, lệ phí");
		assertThat(held.path("progress").get(5).path("TrangThai").asString()).isEqualTo("9");
	}

	private IntakeRequest request(String name) {
		ProcedureVersion version = catalogue.inForce("1.004873", TestClock.today()).orElseThrow();
		return CompleteIntake.of(version, name);
	}

	private long delivered(String code) {
		return jdbc.sql("select count(*) from national_outbox where dossier_code = ? and delivered_at is not null")
			.param(code).query(Long.class).single();
	}

	private static List<Integer> numbers(JsonNode array) {
		List<Integer> numbers = new ArrayList<>();
		array.forEach(n -> numbers.add(n.asInt()));
		return numbers;
	}

}
