package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.dossier.CounterDesk.counter;
import static vn.motcua.dossier.CounterDesk.intake;

/**
 * Liên thông through the dossier page (issue 13 item 12): the counter transfers a dossier to the commune police with
 * its share of the time limit, cannot hand it on while it is out, receives it back; the steps are on the officers'
 * timeline and on the citizen's status page; the period report still counts the dossier once, at its commune.
 */
@MotCuaTest
class InteragencyTransferWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	DossierStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCounterTransfersADossierOutAndBackAndTheReportCountsItOnce() throws Exception {
		long receivedBefore = received();
		String code = DossierWebTests.code(mvc.perform(intake(catalogue.inForce("1.004873", CounterDesk.today())
			.orElseThrow(), UUID.randomUUID().toString(), "Bùi Văn Hải", "038095000123", true, "accept"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
		assertThat(received()).isEqualTo(receivedBefore + 1);

		assertThat(act(code, "transfer-out", counter(), "agency", "Công an xã Thiên Phủ", "shareWorkingDays", "3"))
			.as("the shares must leave the commune part of the 3 days")
			.contains("Tổng thời gian giao các cơ quan liên thông (3 ngày làm việc) phải ít hơn thời hạn giải quyết");
		assertThat(act(code, "transfer-out", counter(), "agency", "Công an xã Thiên Phủ", "shareWorkingDays", "1"))
			.isEmpty();
		Dossier out = workflow.find(code).orElseThrow();
		assertThat(out.openTransfer().shareWorkingDays()).isEqualTo(1);
		assertThat(out.openTransfer().shareDueDate()).isAfterOrEqualTo(CounterDesk.today())
			.isBeforeOrEqualTo(out.dueDate());
		assertThat(out.steps()).filteredOn(s -> s.action() == StepAction.TRANSFERRED_OUT).singleElement()
			.extracting(DossierStep::note).isEqualTo("1 ngày làm việc, đến hết ngày "
					+ out.openTransfer().shareDueDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		String page = page(code);
		assertThat(page).contains("Liên thông với cơ quan khác", "1. Công an xã Thiên Phủ", "1 ngày làm việc",
				"Đang ở cơ quan liên thông", "Chuyển liên thông đến cơ quan khác → Công an xã Thiên Phủ",
				"Nhận lại từ cơ quan liên thông").doesNotContain("action-transfer-out");

		assertThat(act(code, "transfer-back", counter(), "answer", "")).contains("Ghi kết quả hoặc ý kiến");
		assertThat(act(code, "transfer-back", counter(), "answer", "Đã xác nhận nơi cư trú")).isEmpty();
		Dossier back = workflow.find(code).orElseThrow();
		assertThat(back.openTransfer()).isNull();
		assertThat(back.transfers()).singleElement().satisfies(t -> {
			assertThat(t.answer()).isEqualTo("Đã xác nhận nơi cư trú");
			assertThat(t.late()).isFalse();
		});
		assertThat(back.steps()).extracting(step -> step.action().name()).containsSubsequence("RECEIVED", "TRANSFERRED_OUT",
				"TRANSFERRED_BACK");
		assertThat(page(code)).contains("Cơ quan liên thông trả lại kết quả, ý kiến → Công an xã Thiên Phủ",
				"Đã xác nhận nơi cư trú");
		String status = HtmlUtils.htmlUnescape(mvc.perform(get("/public/ho-so/" + code)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(status).contains("Chuyển liên thông đến cơ quan khác", "Cơ quan: Công an xã Thiên Phủ",
				"Cơ quan liên thông trả lại").doesNotContain("Cần bổ sung: Công an");

		assertThat(received()).as("counted once, at the commune that received it").isEqualTo(receivedBefore + 1);
		assertThat(jdbc.sql("select count(*) from dossier where code = ?").param(code).query(Integer.class).single())
			.isEqualTo(1);
	}

	private long received() {
		return statistics.figures(CounterDesk.today(), CounterDesk.today(), List.of(CounterDesk.AGENCY)).stream()
			.mapToLong(f -> f.received().total()).sum();
	}

	/** Posts an action of the dossier page; answers the refusal shown ("" if none). */
	private String act(String code, String action, RequestPostProcessor who, String... params) throws Exception {
		var request = post("/dossiers/" + code + "/" + action).with(who).with(csrf())
			.param("version", String.valueOf(workflow.find(code).orElseThrow().version()));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MvcResult result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		Object refusal = result.getFlashMap().get("refusal");
		return refusal == null ? "" : refusal.toString();
	}

	private String page(String code) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(get("/dossiers/" + code).with(counter())).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}
}
