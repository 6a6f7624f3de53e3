package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.dossier.CounterDesk.counter;
import static vn.motcua.dossier.CounterDesk.intake;
import static vn.motcua.dossier.CounterDesk.leader;
import static vn.motcua.dossier.CounterDesk.officer;

/** The counter, the dossier page and its forms, through HTTP as the officers' browsers use them. */
@MotCuaTest
class DossierWebTests {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	DossierLinks links;

	@Autowired
	Intake intake;

	@Autowired
	JdbcClient jdbc;

	/** Issue 13 §2: times on pages are Vietnam time whatever the server's zone (the suite also runs in UTC). */
	@Test
	void theDossierPageShowsTimesInVietnamTime() throws Exception {
		String code = accepted("1.004873", "Giờ Việt Nam");
		java.time.OffsetDateTime received = workflow.find(code).orElseThrow().receivedAt();
		String shown = received.atZoneSameInstant(vn.motcua.shared.VietnamTime.ZONE)
			.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
		String page = mvc.perform(get("/dossiers/" + code).with(counter())).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).as("received at, and the timeline's first step").contains(shown);
		assertThat(org.apache.commons.lang3.StringUtils.countMatches(page, shown)).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aFailedPostKeepsWhatWasTypedAndTheScansAlreadyUploaded() throws Exception {
		ProcedureVersion version = version("1.004873");
		String token = UUID.randomUUID().toString();
		String page = HtmlUtils.htmlUnescape(mvc.perform(intake(version, token, "Trần Thị Bình", "12345", true, "accept"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Có lỗi cần sửa", "Số định danh cá nhân phải gồm đúng 12 chữ số",
				"href=\"#idNumber\"", "value=\"Trần Thị Bình\"", "value=\"12345\"", "Đã lưu bản quét: scan-0.pdf");
		List<String> scanIds = hidden(page, "scanId");
		assertThat(scanIds).hasSize(version.requiredDocuments().size());
		for (int i = 0; i < scanIds.size(); i++) {
			assertThat(scanIds.get(i).isBlank()).as("a paper only shown keeps no scan")
				.isEqualTo(version.requiredDocuments().get(i).shownOnly());
		}

		MockMultipartHttpServletRequestBuilder again = intake(version, token, "Trần Thị Bình", "038095000123", false, "accept");
		for (int i = 0; i < scanIds.size(); i++) {
			again.param("documents[" + i + "].scanId", scanIds.get(i));
		}
		String location = mvc.perform(again).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		Dossier dossier = workflow.find(location.substring(location.lastIndexOf('/') + 1)).orElseThrow();
		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(dossier.documents()).allMatch(DossierDocument::digitised);
		assertThat(dossier.documents()).extracting(d -> d.storedDocumentId().toString())
			.containsExactlyElementsOf(scanIds.stream().filter(id -> !id.isBlank()).toList());
	}

	@Test
	void anEmptyScanIsNamedAtTheDoorAndNothingIsAccepted() throws Exception {
		ProcedureVersion version = version("1.004873");
		String token = UUID.randomUUID().toString();
		MockMultipartHttpServletRequestBuilder post = intake(version, token, "Phạm Thị Dung", "038095000123", false, "accept");
		for (int i = 0; i < version.requiredDocuments().size(); i++) {
			byte[] scan = i == 1 ? new byte[0] : ("%PDF-1.4 scan " + i + " " + token).getBytes(StandardCharsets.UTF_8);
			post.file(new MockMultipartFile("documents[" + i + "].scan", "scan-" + i + ".pdf", "application/pdf", scan));
		}

		String page = HtmlUtils.htmlUnescape(mvc.perform(post).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());

		assertThat(page).contains("Tệp bản quét bị trống: " + version.requiredDocuments().get(1).name(),
				"Đã lưu bản quét: scan-0.pdf", "value=\"Phạm Thị Dung\"");
		assertThat(jdbc.sql("select count(*) from dossier where submission_token = ?::uuid").param(token)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aDoubleSubmittedFormCreatesOneDossier() throws Exception {
		ProcedureVersion version = version("1.004873");
		String token = UUID.randomUUID().toString();
		String first = mvc.perform(intake(version, token, "Lê Văn Cường", "038095000123", true, "accept"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String second = mvc.perform(intake(version, token, "Lê Văn Cường", "038095000123", true, "accept"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(second).isEqualTo(first);
		assertThat(jdbc.sql("select count(*) from dossier where submission_token = ?::uuid").param(token)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void refusedAtTheCounterWithForm03() throws Exception {
		ProcedureVersion version = version("1.004873");
		String location = mvc.perform(intake(version, UUID.randomUUID().toString(), "Phạm Thị Dung", "038095000123", true,
				"refuse").param("reason", "Người yêu cầu không cư trú trên địa bàn xã"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String code = code(location);
		assertThat(workflow.find(code).orElseThrow().status()).isEqualTo(DossierStatus.REFUSED_AT_INTAKE);
		assertThat(code).matches("14908-\\d{6}-\\d{4,}");
		assertThat(jdbc.sql("""
				select closed_at = (select max(at) from dossier_step s where s.dossier_id = d.id)
				from dossier d where code = ?""").param(code).query(Boolean.class).single()).as("closed when refused, by the step trigger").isTrue();
		String page = mvc.perform(get(location).with(counter())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Từ chối tiếp nhận", "Mẫu 03");
		PaperPdf pdf = form(code, "03");
		assertThat(pdf.text()).contains(code, "Phạm Thị Dung", "Người yêu cầu không cư trú trên địa bàn xã",
				longDate(CounterDesk.today()));
		assertThat(pdf.qr()).isEqualTo(links.receiptUrl(code));
		assertThat(pdf.a4()).isTrue();
	}

	@Test
	void incompleteAtTheCounterListsTheUntickedDocumentsOnForm02() throws Exception {
		ProcedureVersion version = version("1.004873");
		String first = version.requiredDocuments().get(0).name();
		MockMultipartHttpServletRequestBuilder post = intake(version, UUID.randomUUID().toString(), "Hoàng Văn Em",
				"038095000123", false, "incomplete", 0);
		String page = HtmlUtils.htmlUnescape(mvc.perform(post).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(page).contains("Danh sách giấy tờ còn thiếu đã được điền sẵn", "- " + first);
		String location = mvc.perform(post.param("missing", "- " + first + ": chưa có bản chính"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String code = code(location);
		PaperPdf pdf = form(code, "02");
		assertThat(pdf.text()).contains(code, "Hoàng Văn Em", first.substring(0, 15), "chưa có bản chính");
		assertThat(pdf.qr()).isEqualTo(links.receiptUrl(code));
	}

	@Test
	void supplementRequestedThenReceivedAndTheClockRunsAgain() throws Exception {
		String code = accepted("1.004873", "Vũ Thị Giang");
		act(code, "supplement-request", counter(), "missing", "Bản sao giấy tờ tùy thân: bản chụp bị mờ", "reason", "Không đọc được");
		Dossier waiting = workflow.find(code).orElseThrow();
		assertThat(waiting.status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
		PaperPdf pdf = form(code, "02");
		assertThat(pdf.text()).contains(code, "Vũ Thị Giang", "Bản sao giấy tờ tùy thân", "bản chụp bị mờ");
		assertThat(pdf.qr()).isEqualTo(links.receiptUrl(code));

		act(code, "supplement-receive", counter());
		Dossier running = workflow.find(code).orElseThrow();
		assertThat(running.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(running.supplements()).hasSize(1).allMatch(s -> s.receivedAt() != null);
		assertThat(running.steps()).extracting(step -> step.action().name()).contains("SUPPLEMENT_REQUESTED", "SUPPLEMENT_RECEIVED");
	}

	@Test
	void stoppedAtTheApplicantsRequestWithForm05() throws Exception {
		String code = accepted("1.004873", "Đỗ Văn Hải");
		act(code, "stop", counter(), "reason", "Người nộp rút hồ sơ");
		assertThat(workflow.find(code).orElseThrow().status()).isEqualTo(DossierStatus.STOPPED);
		PaperPdf pdf = form(code, "05");
		assertThat(pdf.text()).contains(code, "Đỗ Văn Hải", longDate(CounterDesk.today()));
		assertThat(pdf.qr()).isEqualTo(links.receiptUrl(code));
	}

	@Test
	void theLeaderApologisesAndExtendsOnceWithForm04() throws Exception {
		String code = accepted("1.000893", "Ngô Thị Lan");
		Dossier received = workflow.find(code).orElseThrow();
		var newDate = received.dueDate().plusDays(7);
		act(code, "extend", leader(), "newDueDate", received.dueDate().toString(), "reason", "Chờ xác minh");
		assertThat(flash(code, leader())).contains("Ngày hẹn mới phải sau ngày hẹn trả kết quả hiện tại.");

		act(code, "extend", leader(), "newDueDate", newDate.toString(), "reason", "Cần xác minh thêm tại nơi cư trú");
		Dossier extended = workflow.find(code).orElseThrow();
		assertThat(extended.extendedDueDate()).isEqualTo(newDate);
		PaperPdf pdf = form(code, "04");
		assertThat(pdf.text()).contains(code, "Ngô Thị Lan", "Cần xác minh thêm tại nơi cư trú", newDate.format(DAY),
				received.dueDate().format(DAY));
		assertThat(pdf.qr()).isEqualTo(links.receiptUrl(code));
		String page = mvc.perform(get("/dossiers/" + code).with(leader())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(newDate.format(DAY)).doesNotContain("action-extend");
	}

	@Test
	void aStalePageIsToldSomeoneElseChangedTheDossier() throws Exception {
		String code = accepted("1.004873", "Bùi Văn Khoa");
		int seen = workflow.find(code).orElseThrow().version();
		act(code, "stop", counter(), "reason", "Người nộp rút hồ sơ");
		actSeen(code, "supplement-request", seen, counter(), "missing", "Tờ khai");
		assertThat(flash(code, counter())).contains("Hồ sơ vừa được người khác thay đổi");
	}

	@Test
	void officersOfAnotherAgencyNeitherSeeNorActOnADossier() throws Exception {
		String code = accepted("1.004873", "Lý Thị Mai");
		var stranger = officer("lanhdao.khac", "14907", "LEADER", "RECEIVING_OFFICER");
		mvc.perform(get("/dossiers/" + code).with(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/dossiers/" + code + "/forms/01.pdf").with(stranger)).andExpect(status().isNotFound());
		mvc.perform(post("/dossiers/" + code + "/stop").with(stranger).with(csrf()).param("version", "1")
			.param("reason", "x")).andExpect(status().isNotFound());
		String inbox = mvc.perform(get("/inbox").with(stranger)).andReturn().getResponse().getContentAsString();
		assertThat(inbox).doesNotContain(code);
		assertThat(workflow.find(code).orElseThrow().status()).isEqualTo(DossierStatus.RECEIVED);
	}

	@Test
	void aPaymentIsRecordedWithItsReceipt() throws Exception {
		String code = accepted("1.004873", "Trịnh Văn Nam");
		mvc.perform(post("/dossiers/" + code + "/payment").with(counter()).with(csrf()).param("version", "0")
			.param("method", "CASH").param("receiptNumber", "BL-0001234").param("amount", "8000")
			.param("paidOn", CounterDesk.today().toString())).andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/dossiers/" + code).with(counter())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("BL-0001234", "8.000", "Tiền mặt");
	}

	@Test
	void theTrackingBookListsTheDossiersOfThePeriod() throws Exception {
		String code = accepted("1.004873", "Cao Thị Oanh");
		byte[] pdf = mvc.perform(get("/dossiers/tracking-book").with(leader())
			.param("from", CounterDesk.today().toString()).param("to", CounterDesk.today().toString()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		PaperPdf book = PaperPdf.read(pdf);
		assertThat(book.text()).contains(code, "Cao Thị Oanh");
		assertThat(book.a4()).isTrue();
	}

	@Test
	void onlineSubmissionsWaitAtTheCounterToBeAcceptedOrAnswered() throws Exception {
		Dossier online = intake.submit(onlineRequest("Đinh Thị Phương"), "cong.dich.vu.cong");
		Dossier other = intake.submit(onlineRequest("Mạc Văn Quý"), "cong.dich.vu.cong");
		String counterPage = HtmlUtils.htmlUnescape(mvc.perform(get("/counter").with(counter())).andReturn().getResponse()
			.getContentAsString());
		assertThat(counterPage).contains(online.code(), "Đinh Thị Phương", other.code(), "Tiếp nhận (Mẫu 01)");

		mvc.perform(post("/counter/submitted/" + online.code() + "/accept").with(counter()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Dossier received = workflow.find(online.code()).orElseThrow();
		assertThat(received.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(received.dueDate()).isNotNull();
		assertThat(form(online.code(), "01").text()).contains(online.code(), "Đinh Thị Phương");

		act(other.code(), "decline", counter(), "outcome", "REFUSED_AT_INTAKE", "reason", "Thủ tục không thuộc thẩm quyền của xã");
		assertThat(workflow.find(other.code()).orElseThrow().status()).isEqualTo(DossierStatus.REFUSED_AT_INTAKE);
		assertThat(form(other.code(), "03").text()).contains(other.code(), "Thủ tục không thuộc thẩm quyền của xã");
		mvc.perform(post("/counter/submitted/" + other.code() + "/accept")
			.with(counter()).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(workflow.find(other.code()).orElseThrow().status()).as("refused stays refused")
			.isEqualTo(DossierStatus.REFUSED_AT_INTAKE);
	}

	IntakeRequest onlineRequest(String name) {
		ProcedureVersion version = version("1.004873");
		List<IntakeRequest.HandedDocument> documents = new ArrayList<>();
		for (var document : version.requiredDocuments()) {
			documents.add(new IntakeRequest.HandedDocument(document.position(), false, 1,
					new IntakeRequest.Scan("ban-dien-tu.pdf", "application/pdf",
							("%PDF-1.4 " + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
		}
		return new IntakeRequest(UUID.randomUUID(), "14908", version.code(), vn.motcua.shared.SubmissionChannel.ONLINE,
				false, new Applicant(name, "038095000123", "0987654321", "Thôn 4, xã Thiên Phủ", null, null), documents);
	}

	String accepted(String procedure, String name) throws Exception {
		String location = mvc.perform(intake(version(procedure), UUID.randomUUID().toString(), name, "038095000123", true,
				"accept")).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return code(location);
	}

	void act(String code, String action, org.springframework.test.web.servlet.request.RequestPostProcessor who,
			String... params) throws Exception {
		actSeen(code, action, workflow.find(code).orElseThrow().version(), who, params);
	}

	/** Posts an action of the dossier page as seen at {@code version}; keeps the message the page will show. */
	void actSeen(String code, String action, int version,
			org.springframework.test.web.servlet.request.RequestPostProcessor who, String... params) throws Exception {
		var post = multipart("/dossiers/" + code + "/" + action).with(who).with(csrf())
			.param("version", String.valueOf(version));
		for (int i = 0; i < params.length; i += 2) {
			post.param(params[i], params[i + 1]);
		}
		MvcResult result = mvc.perform(post).andExpect(status().is3xxRedirection()).andReturn();
		Object refusal = result.getFlashMap().get("refusal");
		lastFlash = refusal == null ? "" : refusal.toString();
	}

	/** The refusal message the dossier page shows after the last action posted ("" if none). */
	String flash(String code, org.springframework.test.web.servlet.request.RequestPostProcessor who) {
		return lastFlash;
	}

	String lastFlash = "";

	PaperPdf form(String code, String number) throws Exception {
		MvcResult result = mvc.perform(get("/dossiers/" + code + "/forms/" + number + ".pdf").with(counter()))
			.andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		return PaperPdf.read(result.getResponse().getContentAsByteArray());
	}

	/** A date as the forms write it in running text: "ngày 26 tháng 11 năm 2026" (months 1 and 2 with a zero). */
	static String longDate(java.time.LocalDate day) {
		int month = day.getMonthValue();
		return "ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng "
				+ (month <= 2 ? String.format("%02d", month) : String.valueOf(month)) + " năm " + day.getYear();
	}

	ProcedureVersion version(String code) {
		return catalogue.inForce(code, CounterDesk.today()).orElseThrow();
	}

	static String code(String location) {
		return location.substring(location.lastIndexOf('/') + 1);
	}

	static List<String> hidden(String page, String property) {
		List<String> values = new ArrayList<>();
		Matcher m = Pattern.compile("name=\"documents\\[\\d+\\]\\." + property + "\" value=\"([^\"]*)\"").matcher(page);
		while (m.find()) {
			values.add(m.group(1));
		}
		return values;
	}
}
