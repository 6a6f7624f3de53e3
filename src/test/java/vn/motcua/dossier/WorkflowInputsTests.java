package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.identity.Officer;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 5: every officer a dossier is handed to is checked by the workflow itself (not by the page's list),
 * and two identical intake posts at the same instant give one dossier, the same one to both.
 */
@MotCuaTest
class WorkflowInputsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Intake intake;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	@Test
	void aCraftedPostAssigningToNoSuchOfficerIsRefusedWithItsReasonAndChangesNothing() throws Exception {
		Dossier dossier = intake.accept(request(), "tiepnhan.web");

		mvc.perform(post("/dossiers/" + dossier.code() + "/assign").param("version", String.valueOf(dossier.version()))
			.param("specialist", "khong-ton-tai").with(CounterDesk.leader()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refusal", "Người được giao (khong-ton-tai) không phải chuyên viên đang làm việc"
					+ " của cơ quan giải quyết hồ sơ này. Hãy chọn chuyên viên trong danh sách."));

		Dossier after = workflow.find(dossier.code()).orElseThrow();
		assertThat(after.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(after.specialist()).isNull();
		assertThat(after.version()).isEqualTo(dossier.version());
	}

	@Test
	void aSpecialistOfAnotherCommuneAnInactiveOneOrALeaderCannotBeAssigned() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		accounts.create("cv-khac-xa-" + suffix, "Chuyên viên xã khác", "mat-khau-dai", Set.of("00070"),
				Set.of(OfficerRole.SPECIALIST));
		Officer retired = accounts.create("cv-nghi-" + suffix, "Chuyên viên đã nghỉ", "mat-khau-dai", Set.of("14908"),
				Set.of(OfficerRole.SPECIALIST));
		accounts.setActive(retired.id(), false);
		accounts.create("ld-" + suffix, "Lãnh đạo", "mat-khau-dai", Set.of("14908"), Set.of(OfficerRole.LEADER));
		Dossier dossier = intake.accept(request(), "tiepnhan");

		for (String wrong : List.of("cv-khac-xa-" + suffix, "cv-nghi-" + suffix, "ld-" + suffix)) {
			assertThatThrownBy(() -> workflow.assign(dossier.code(), wrong, "tiepnhan")).as(wrong)
				.isInstanceOfSatisfying(DossierTransitionRefused.class,
						refused -> assertThat(refused.messageKey()).isEqualTo("dossier.refused.notASpecialist"));
		}
		assertThat(workflow.find(dossier.code()).orElseThrow().status()).isEqualTo(DossierStatus.RECEIVED);

		Dossier assigned = workflow.assign(dossier.code(), " CHUYENVIEN ", "tiepnhan");
		assertThat(assigned.specialist()).as("stored as the account's own name").isEqualTo("chuyenvien");
	}

	@Test
	void aProposalGoesOnlyToAnActiveLeaderOfTheDossiersAgency() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		accounts.create("ld-khac-xa-" + suffix, "Lãnh đạo xã khác", "mat-khau-dai", Set.of("00070"),
				Set.of(OfficerRole.LEADER));
		Dossier dossier = intake.accept(request(), "tiepnhan");
		workflow.assign(dossier.code(), "chuyenvien", "tiepnhan");

		for (String wrong : List.of("ld-khac-xa-" + suffix, "chuyenvien.khac", "khong-ton-tai")) {
			assertThatThrownBy(() -> workflow.propose(dossier.code(), Decision.APPROVED, "Đủ điều kiện", wrong,
					"chuyenvien")).as(wrong)
				.isInstanceOfSatisfying(DossierTransitionRefused.class,
						refused -> assertThat(refused.messageKey()).isEqualTo("dossier.refused.notALeader"));
		}
		assertThat(workflow.find(dossier.code()).orElseThrow().status()).isEqualTo(DossierStatus.IN_REVIEW);

		assertThat(workflow.propose(dossier.code(), Decision.APPROVED, "Đủ điều kiện", "lanhdao", "chuyenvien").status())
			.isEqualTo(DossierStatus.AWAITING_DECISION);
	}

	/**
	 * The first post's transaction is held open after it saved its dossier; the second, identical, post starts
	 * meanwhile. Before the fix the second inserted too, waited on the unique token and failed (a 500) when the first
	 * committed. Now it waits for the first and answers with the same dossier.
	 */
	@Test
	void twoIdenticalIntakePostsAtTheSameInstantGiveOneDossierToBoth() throws Exception {
		IntakeRequest request = request();
		CountDownLatch firstSaved = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);

		CompletableFuture<Dossier> first = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
			Dossier saved = intake.accept(request, "tiepnhan");
			firstSaved.countDown();
			await(release);
			return saved;
		}));
		assertThat(firstSaved.await(60, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Dossier> second = CompletableFuture.supplyAsync(() -> intake.accept(request, "tiepnhan"));
		waitUntilSomeoneWaitsForALock();
		assertThat(second).as("the second post waits for the first").isNotDone();
		release.countDown();

		Dossier one = first.get(60, TimeUnit.SECONDS);
		Dossier other = second.get(60, TimeUnit.SECONDS);
		assertThat(other.code()).isEqualTo(one.code());
		assertThat(jdbc.sql("select count(*) from dossier where submission_token = ?").param(request.submissionToken())
			.query(Integer.class).single()).isEqualTo(1);
	}

	/** Polls (bounded) until a backend of this database waits for a lock: the second post has reached the token. */
	private void waitUntilSomeoneWaitsForALock() throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			if (jdbc.sql("select count(*) from pg_locks where not granted").query(Integer.class).single() > 0) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the second post never waited for a lock");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private IntakeRequest request() {
		return CompleteIntake.of(catalogue.inForce("1.001193", LocalDate.now(clock)).orElseThrow(), "Đỗ Thị Hạnh");
	}
}
