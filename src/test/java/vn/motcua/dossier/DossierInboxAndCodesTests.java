package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.dossier.IntakeRequest.HandedDocument;
import vn.motcua.dossier.IntakeRequest.Scan;
import vn.motcua.shared.SubmissionChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.motcua.dossier.CounterDesk.counter;
import static vn.motcua.dossier.CounterDesk.leader;
import static vn.motcua.dossier.CounterDesk.officer;

/** Each officer's inbox (what waits for whom, most urgent first, the warning band), and codes under concurrent intake. */
@MotCuaTest
class DossierInboxAndCodesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Intake intake;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eightCountersReceivingAtOnceGetDistinctGapFreeCodes() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> codes = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			IntakeRequest request = complete("1.004873", "Người nộp " + i);
			codes.add(pool.submit(() -> {
				start.await();
				return intake.accept(request, "tiepnhan.song.song").code();
			}));
		}
		start.countDown();
		List<Integer> numbers = new ArrayList<>();
		List<String> prefixes = new ArrayList<>();
		for (Future<String> code : codes) {
			String c = code.get();
			prefixes.add(c.substring(0, c.lastIndexOf('-')));
			numbers.add(Integer.parseInt(c.substring(c.lastIndexOf('-') + 1)));
		}
		pool.shutdown();
		Collections.sort(numbers);
		assertThat(prefixes).allMatch(p -> p.equals(prefixes.get(0))).allMatch(p -> p.matches("14908-\\d{6}"));
		assertThat(numbers).doesNotHaveDuplicates();
		assertThat(numbers.get(7) - numbers.get(0)).as("gap-free: eight consecutive numbers").isEqualTo(7);
	}

	@Test
	void eachRoleSeesWhatWaitsForItMostUrgentFirst() throws Exception {
		Dossier overdue = intake.accept(complete("1.004859", "Quá Hạn Một"), "tiepnhan.web");
		Dossier assigned = intake.accept(complete("1.004859", "Được Giao Hai"), "tiepnhan.web");
		Dossier deciding = intake.accept(complete("1.004859", "Chờ Ký Ba"), "tiepnhan.web");
		var past = CounterDesk.today().minusDays(14);
		jdbc.sql("update dossier set due_date = ? where code = ?").params(past, overdue.code()).update();
		workflow.assign(assigned.code(), "chuyenvien.hop.viec", "tiepnhan.web");
		workflow.assign(deciding.code(), "chuyenvien.khac", "tiepnhan.web");
		workflow.propose(deciding.code(), Decision.APPROVED, "Đủ điều kiện", null, "chuyenvien.khac");

		String counterInbox = page("/inbox?procedure=1.004859", counter());
		assertThat(counterInbox).contains(overdue.code()).doesNotContain(assigned.code(), deciding.code());
		assertThat(counterInbox).containsPattern("quá hạn \\d+ ngày làm việc");
		assertThat(counterInbox).contains("id=\"due-soon\"");

		var specialist = officer("chuyenvien.hop.viec", "14908", "SPECIALIST");
		String mine = page("/inbox", specialist);
		assertThat(mine).contains(assigned.code(), "Đang xử lý").doesNotContain(overdue.code(), deciding.code());
		assertThat(page("/inbox", officer("chuyenvien.ba", "14908", "SPECIALIST"))).doesNotContain(assigned.code());

		String leaderInbox = page("/inbox?procedure=1.004859", leader());
		assertThat(leaderInbox).contains(overdue.code(), assigned.code(), deciding.code());
		assertThat(leaderInbox.indexOf(overdue.code())).as("overdue first").isLessThan(leaderInbox.indexOf(assigned.code()));
		String awaiting = page("/inbox?status=AWAITING_DECISION", leader());
		assertThat(awaiting).contains(deciding.code(), "Chờ lãnh đạo quyết định").doesNotContain(assigned.code());
		assertThat(page("/inbox", officer("lanhdao.xa.khac", "14907", "LEADER"))).doesNotContain(overdue.code());
	}

	@Test
	void aDossierDueTodayOrTomorrowIsInTheWarningBand() throws Exception {
		Dossier today = intake.accept(complete("1.001193", "Hạn Gấp Bốn"), "tiepnhan.web");
		String inbox = page("/inbox?procedure=1.001193", counter());
		int band = inbox.indexOf("id=\"due-soon\"");
		assertThat(band).isPositive();
		assertThat(inbox.substring(band, inbox.indexOf("</div>", band))).contains(today.code())
			.containsAnyOf("hạn hôm nay", "còn 1 ngày làm việc");
	}

	String page(String path, org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString());
	}

	IntakeRequest complete(String procedureCode, String name) {
		ProcedureVersion version = catalogue.inForce(procedureCode, CounterDesk.today()).orElseThrow();
		List<HandedDocument> documents = new ArrayList<>();
		for (RequiredDocument document : version.requiredDocuments()) {
			documents.add(new HandedDocument(document.position(), document.original(), document.copies(),
					new Scan("scan.pdf", "application/pdf", ("%PDF-1.4 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8))));
		}
		return new IntakeRequest(UUID.randomUUID(), "14908", procedureCode, SubmissionChannel.DIRECT, false,
				new Applicant(name, "038095000123", "0912345678", "Thôn 3, xã Thiên Phủ", null, null), documents);
	}
}
