package vn.motcua.dossier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.MotCuaTest;
import vn.motcua.agency.Agencies;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CatalogueImport;
import vn.motcua.catalogue.ProcedureVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.dossier.CounterDesk.counter;
import static vn.motcua.dossier.CounterDesk.officer;

/**
 * Liên thông with several agencies (issue 13 item 12; NĐ 61/2018 Art. 19.5–19.7, NĐ 118/2025 Art. 18): a procedure
 * whose catalogue version names the agencies it consults and their shares; the dossier page proposes them; an
 * electronic dossier goes to two agencies at once (one being another commune of the installation, which answers from
 * its own account); the specialist cannot propose until both answered; the transfer slip and Mẫu 06 print the
 * hand-offs; the overdue list shows a transfer past its share; the report counts the dossier once, at its commune.
 */
@MotCuaTest
class InteragencyConsultationWebTests {

	static final String OTHER = "14902";

	static final String CODE = "7.200201";

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CatalogueImport imports;

	@Autowired
	Agencies agencies;

	@Autowired
	Intake intake;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	DossierPapers papers;

	@Autowired
	DossierStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	boolean otherWasActive;

	@BeforeEach
	void otherCommuneServed() {
		otherWasActive = agencies.active().stream().anyMatch(a -> a.code().equals(OTHER));
		agencies.setActive(OTHER, true);
		if (catalogue.inForce(CODE, CounterDesk.today()).isEmpty()) {
			String csv = "code,name,field,service_level,time_limit,time_unit,fee_vnd,fee_exempt,fee_exempt_basis,"
					+ "legal_basis,effective_from,documents,consulted_agencies\n" + CODE
					+ ",Liên thông đăng ký khai sinh đăng ký thường trú cấp thẻ BHYT thử nghiệm,Hộ tịch,FULL_ONLINE,16,"
					+ "WORKING_DAYS,0,false,,Nghị định 297/2025/NĐ-CP,2025-07-01,[nếu: nộp tờ khai liên thông] Tờ khai liên thông,"
					+ "\"Công an xã Thiên Phủ: 3\nBảo hiểm xã hội khu vực: 10\"\n";
			assertThat(imports.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).rejected())
				.isEmpty();
		}
	}

	@AfterEach
	void restore() {
		agencies.setActive(OTHER, otherWasActive);
	}

	@Test
	void twoAgenciesAtOnceOneAnotherCommuneThatAnswersFromItsOwnAccount() throws Exception {
		ProcedureVersion version = catalogue.inForce(CODE, CounterDesk.today()).orElseThrow();
		assertThat(version.consultedAgencies()).extracting(c -> c.agency() + ":" + c.shareWorkingDays())
			.containsExactly("Công an xã Thiên Phủ:3", "Bảo hiểm xã hội khu vực:10");
		long receivedHere = received(CounterDesk.AGENCY);
		long receivedThere = received(OTHER);
		String code = intake.accept(CompleteIntake.of(version, "Trịnh Thị Liên"), "tiepnhan.web").code();
		workflow.assign(code, "chuyenvien", "tiepnhan.web");
		assertThat(workflow.find(code).orElseThrow().electronic()).as("digitised at the counter").isTrue();

		String page = page(code, counter());
		assertThat(page).as("the slip's form proposes the catalogue's agencies and shares")
			.contains("value=\"Công an xã Thiên Phủ\"", "value=\"3\"", "value=\"Bảo hiểm xã hội khu vực\"", "value=\"10\"",
					"Xã, phường trên hệ thống", "Hồ sơ điện tử: được chuyển đồng thời");

		assertThat(act(code, "transfer-out", counter(), "agencyCode", OTHER, "agency", "", "shareWorkingDays", "2",
				"agencyCode", "", "agency", "Công an xã Thiên Phủ", "shareWorkingDays", "3", "agencyCode", "", "agency", "",
				"shareWorkingDays", "", "lead", "1")).isEmpty();
		Dossier out = workflow.find(code).orElseThrow();
		String otherName = agencies.find(OTHER).orElseThrow().name();
		assertThat(out.transfers()).extracting(InteragencyTransfer::agency, InteragencyTransfer::agencyCode,
				InteragencyTransfer::lead, InteragencyTransfer::batch, InteragencyTransfer::shareWorkingDays)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(otherName, OTHER, false, 1, 2),
					org.assertj.core.groups.Tuple.tuple("Công an xã Thiên Phủ", null, true, 1, 3));
		assertThat(out.openTransfers()).hasSize(2);

		RequestPostProcessor there = officer("canbo.xa.khac", OTHER, "RECEIVING_OFFICER");
		assertThat(page(code, counter())).as("the one-stop answers only for the outside body")
			.contains("<option value=\"2\">2. Công an xã Thiên Phủ</option>").doesNotContain("<option value=\"1\">1. ");
		mvc.perform(post("/dossiers/" + code + "/transfer-back").with(counter()).with(csrf())
				.param("version", String.valueOf(out.version())).param("position", "1").param("answer", "Thay mặt"))
			.andExpect(status().isForbidden());

		String inbox = HtmlUtils.htmlUnescape(mvc.perform(get("/inbox").with(there)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(inbox).contains("Hồ sơ liên thông chuyển đến đơn vị", code, "Xã Thiên Phủ");
		String theirPage = page(code, there);
		assertThat(theirPage).contains("Hồ sơ " + code, "<option value=\"1\">1. " + otherName + "</option>")
			.doesNotContain("action-assign", "action-transfer-out", "action-return", "Các phiếu đã lập");
		mvc.perform(post("/dossiers/" + code + "/assign").with(there).with(csrf())
				.param("version", String.valueOf(out.version())).param("specialist", "chuyenvien"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/dossiers/" + code + "/forms/01.pdf").with(there)).andExpect(status().isNotFound());

		assertThat(act(code, "transfer-back", there, "position", "1", "answer", "Đã đăng ký thường trú tại xã")).isEmpty();
		assertThatRefused(code, "Hồ sơ đang được chuyển liên thông đến Công an xã Thiên Phủ");
		assertThat(act(code, "transfer-back", counter(), "position", "2", "answer", "Đã xác nhận cư trú")).isEmpty();
		Dossier back = workflow.find(code).orElseThrow();
		assertThat(back.openTransfers()).isEmpty();
		assertThat(back.transfers().get(0).returnedBy()).isEqualTo("canbo.xa.khac");
		workflow.propose(code, Decision.APPROVED, "Đủ điều kiện", "lanhdao", "chuyenvien");

		PaperPdf slip = PaperPdf.read(mvc.perform(get("/dossiers/" + code + "/transfers/1/phieu-chuyen.pdf").with(there))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(slip.text()).contains("PHIẾU CHUYỂN XỬ LÝ HỒ SƠ LIÊN THÔNG", "Kính gửi: " + otherName,
				"Tờ khai liên thông", "02 ngày làm việc", "Cơ quan chủ trì: Công an xã Thiên Phủ",
				"Các cơ quan cùng giải quyết đồng thời: Công an xã Thiên Phủ", code);
		assertThat(slip.qr()).contains("/public/ho-so/" + code);
		assertThat(papers.issued(back)).extracting(IssuedPaper::form).contains(OneStopPaper.TRANSFER_SLIP);

		PaperPdf form06 = PaperPdf.read(mvc.perform(get("/dossiers/" + code + "/forms/06.pdf").with(counter()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(form06.text()).contains("Cơ quan phối hợp giải quyết hồ sơ: " + otherName + "; Công an xã Thiên Phủ",
				"2. Nhận: " + otherName, otherName + " 1. Giao: canbo.xa.khac – Xã",
				"Công an xã Thiên Phủ 1. Giao: Công an xã Thiên");
		assertThat(form06.text().split("Chuyển liên", -1)).as("one “Giao” line per transfer out").hasSize(3);
		assertThat(form06.text().split("Cơ quan liên", -1)).as("one “Nhận” line per transfer back").hasSize(3);

		assertThat(received(CounterDesk.AGENCY)).as("counted once, at the commune that received it")
			.isEqualTo(receivedHere + 1);
		assertThat(received(OTHER)).as("the commune consulted counts nothing").isEqualTo(receivedThere);
	}

	@Test
	void aPaperDossierGoesToOneAgencyAtATimeAndALateShareIsListedForTheHead() throws Exception {
		ProcedureVersion version = catalogue.inForce(CODE, CounterDesk.today()).orElseThrow();
		IntakeRequest complete = CompleteIntake.of(version, "Lò Văn Giấy");
		IntakeRequest paper = new IntakeRequest(java.util.UUID.randomUUID(), complete.agencyCode(),
				complete.procedureCode(), complete.channel(), false, complete.applicant(), List.of());
		String code = intake.accept(paper, "tiepnhan.web").code();
		assertThat(page(code, counter())).as("a paper dossier: only the next agency in order is proposed")
			.contains("value=\"Công an xã Thiên Phủ\"").doesNotContain("value=\"Bảo hiểm xã hội khu vực\"");
		assertThat(act(code, "transfer-out", counter(), "agency", "Công an xã Thiên Phủ", "shareWorkingDays", "3",
				"agency", "Bảo hiểm xã hội khu vực", "shareWorkingDays", "10"))
			.startsWith("Hồ sơ giấy được chuyển lần lượt từng cơ quan");
		assertThat(act(code, "transfer-out", counter(), "agency", "Công an xã Thiên Phủ", "shareWorkingDays", "3"))
			.isEmpty();
		jdbc.sql("update dossier_transfer set share_due_date = ? where dossier_id = (select id from dossier where code = ?)")
			.params(CounterDesk.today().minusDays(4), code).update();
		String inbox = HtmlUtils.htmlUnescape(mvc.perform(get("/inbox").with(CounterDesk.leader())).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(inbox).contains("Liên thông quá hạn", code, "Quá 4 ngày");
		assertThat(HtmlUtils.htmlUnescape(mvc.perform(get("/inbox").with(officer("lanhdao.xa.khac", OTHER, "LEADER")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)))
			.as("another commune's head does not see it").doesNotContain(code);

		assertThat(act(code, "transfer-back", counter(), "answer", "Đã xác nhận cư trú")).isEmpty();
		assertThat(workflow.find(code).orElseThrow().steps()).extracting(DossierStep::action)
			.contains(StepAction.TRANSFERRED_BACK_LATE);
		PaperPdf form06 = PaperPdf.read(mvc.perform(get("/dossiers/" + code + "/forms/06.pdf").with(counter()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(form06.text()).as("the answer judged against the end of the police's share, not the dossier's date")
			.contains("Công an xã Thiên Phủ 1. Giao: Công an xã Thiên Quá hạn");
	}

	private void assertThatRefused(String code, String reason) {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> workflow.propose(code, Decision.APPROVED, "x",
				"lanhdao", "chuyenvien")).isInstanceOfSatisfying(DossierTransitionRefused.class,
						r -> assertThat(r.messageKey()).isEqualTo("dossier.refused.atAnotherAgency"));
		assertThat(reason).isNotBlank();
	}

	private long received(String agency) {
		return statistics.figures(CounterDesk.today(), CounterDesk.today(), List.of(agency)).stream()
			.mapToLong(f -> f.received().total()).sum();
	}

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

	private String page(String code, RequestPostProcessor who) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(get("/dossiers/" + code).with(who)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}
}
