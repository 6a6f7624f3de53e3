package vn.motcua.correspondence;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.TestClock;
import vn.motcua.documents.PdfSignerTokenTests;
import vn.motcua.identity.OfficerAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.correspondence.CorrespondenceStaff.AGENCY;
import static vn.motcua.correspondence.CorrespondenceStaff.CLERK;
import static vn.motcua.correspondence.CorrespondenceStaff.LEADER;
import static vn.motcua.correspondence.CorrespondenceStaff.OFFICER;
import static vn.motcua.correspondence.CorrespondenceStaff.OTHER_AGENCY;
import static vn.motcua.correspondence.CorrespondenceStaff.OTHER_CLERK;

/**
 * The registers' pages through MockMvc: bad input on a form (a file that is not a PDF, a missing field, a deadline
 * that is not a number) comes back with its message and what was typed, nothing saved; the open hỏa tốc and thượng
 * khẩn documents are flagged at the top of the list; filters and search without diacritics; an officer of another
 * commune sees nothing of this one's; the leadership dashboard's tile counts the documents from the records.
 */
@CorrespondenceTest
class CorrespondencePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	IncomingDesk incoming;

	@Autowired
	CorrespondenceFigures.Query figures;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void token() throws Exception {
		PdfSignerTokenTests.token();
	}

	@BeforeEach
	void staff() {
		CorrespondenceStaff.create(accounts);
	}

	@Test
	void aFileThatIsNotAPdfComesBackOnItsFieldWithWhatWasTypedAndNothingIsRegistered() throws Exception {
		int before = count();
		String page = mvc.perform(registration("Sở Tư pháp tỉnh Thanh Hóa", "Về việc tệp giả")
			.file(new MockMultipartFile("pdf", "gia-mao.pdf", "application/pdf",
					"<html>không phải PDF</html>".getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		page = HtmlUtils.htmlUnescape(page);
		assertThat(page).contains("Tệp “gia-mao.pdf” không phải là tệp PDF đọc được")
			.contains("value=\"Sở Tư pháp tỉnh Thanh Hóa\"");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aRegistrationPostedTwiceRegistersOnceWithOneNumber() throws Exception {
		String form = mvc.perform(get("/van-ban/den/moi").with(as(CLERK, "CLERK"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String token = form.replaceAll("(?s).*name=\"formToken\" value=\"([^\"]+)\".*", "$1");
		assertThat(token).matches("[0-9a-f-]{36}");
		int before = count();
		String first = mvc.perform(paperRegistration(token)).andExpect(status().is3xxRedirection()).andReturn()
			.getResponse().getRedirectedUrl();
		String second = mvc.perform(paperRegistration(token)).andExpect(status().is3xxRedirection()).andReturn()
			.getResponse().getRedirectedUrl();
		assertThat(second).as("the second post answers the document the first registered").isEqualTo(first);
		assertThat(count()).isEqualTo(before + 1);
		// a new form is a new document
		String other = mvc.perform(paperRegistration(java.util.UUID.randomUUID().toString()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(other).isNotEqualTo(first);
	}

	@Test
	void aDraftPostedTwiceIsOneDraft() throws Exception {
		String form = mvc.perform(get("/van-ban/di/moi").with(as(OFFICER, "SPECIALIST"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String token = form.replaceAll("(?s).*name=\"formToken\" value=\"([^\"]+)\".*", "$1");
		int before = jdbc.sql("select count(*) from outgoing_document").query(Integer.class).single();
		java.util.List<String> pages = new java.util.ArrayList<>();
		for (int i = 0; i < 2; i++) {
			pages.add(mvc.perform(post("/van-ban/di").param("register", "ADMINISTRATIVE").param("type", "CONG_VAN")
				.param("title", "Về việc gửi hai lần").param("body", "Nội dung.").param("authority", "TM")
				.param("signer", LEADER).param("signerPosition", "Chủ tịch").param("externalRecipients", "Sở Nội vụ")
				.param("formToken", token).with(as(OFFICER, "SPECIALIST")).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
		}
		assertThat(pages.get(1)).isEqualTo(pages.get(0));
		assertThat(jdbc.sql("select kept_copies from outgoing_document order by id desc limit 1").query(String.class)
			.single()).as("an empty “Lưu” line keeps the clerk's copy").isEqualTo("VT");
		assertThat(jdbc.sql("select count(*) from outgoing_document").query(Integer.class).single()).isEqualTo(before + 1);
	}

	@Test
	void aDateThatCannotBeReadIsSaidOnItsFieldWithWhatWasTyped() throws Exception {
		// a phone whose browser has no date picker sends the date as typed
		int before = count();
		String page = mvc.perform(post("/van-ban/den").param("medium", "ELECTRONIC").param("sender", "Sở Y tế")
			.param("numberSymbol", "12/SYT-VP").param("documentDate", "05/12 năm nay").param("documentType", "Công văn")
			.param("summary", "Về việc ngày gõ tay").param("urgency", "NORMAL").param("leader", LEADER)
			.with(as(CLERK, "CLERK")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		page = HtmlUtils.htmlUnescape(page);
		assertThat(page).contains("Nhập ngày văn bản theo dạng ngày/tháng/năm.").contains("value=\"05/12 năm nay\"")
			.contains("value=\"Sở Y tế\"");
		assertThat(page).as("the choice kept").contains("id=\"medium-ELECTRONIC\" name=\"medium\" checked");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aMissingFieldIsSaidOnItsFieldAndNothingIsRegistered() throws Exception {
		int before = count();
		String page = mvc.perform(registration("", "Về việc thiếu nơi gửi"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		page = HtmlUtils.htmlUnescape(page);
		assertThat(page).contains("Nhập nơi gửi văn bản.").contains("Về việc thiếu nơi gửi");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aDeadlineThatIsNotANumberIsSaidAndTheDocumentIsNotDirected() throws Exception {
		IncomingDocument d = registered("Ủy ban MTTQ", "Về việc thời hạn bằng chữ", Urgency.NORMAL);
		String page = mvc.perform(post("/van-ban/den/" + d.id() + "/chi-dao").param("handler", OFFICER)
			.param("workingDays", "năm ngày").param("direction", "Giao chuyên viên").with(as(LEADER, "LEADER")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		page = HtmlUtils.htmlUnescape(page);
		assertThat(page).contains("Thời hạn xử lý phải là một số ngày làm việc, ví dụ 5.").contains("value=\"năm ngày\"");
		page = mvc.perform(post("/van-ban/den/" + d.id() + "/chi-dao").param("handler", OFFICER)
			.param("workingDays", "120").with(as(LEADER, "LEADER")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		page = HtmlUtils.htmlUnescape(page);
		assertThat(page).contains("Thời hạn xử lý là từ 1 đến 90 ngày làm việc.");
		assertThat(incoming.find(d.id()).orElseThrow().status()).isEqualTo(IncomingDocument.Status.AWAITING_DIRECTION);
		mvc.perform(post("/van-ban/den/" + d.id() + "/chi-dao").param("handler", OFFICER).param("workingDays", "5")
			.with(as(LEADER, "LEADER")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(incoming.find(d.id()).orElseThrow().status()).isEqualTo(IncomingDocument.Status.IN_HANDLING);
	}

	@Test
	void aDraftWithoutSummaryOrRecipientComesBackWithBothMessagesAndNothingIsSaved() throws Exception {
		mvc.perform(get("/van-ban/di/moi").with(as(OFFICER, "SPECIALIST"))).andExpect(status().isOk());
		int before = jdbc.sql("select count(*) from outgoing_document").query(Integer.class).single();
		String page = mvc.perform(post("/van-ban/di").param("register", "ADMINISTRATIVE").param("type", "QUYET_DINH")
			.param("title", "").param("body", "Điều 1. Nội dung còn giữ.").param("authority", "TM")
			.param("signer", LEADER).param("signerPosition", "Chủ tịch").with(as(OFFICER, "SPECIALIST")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		page = HtmlUtils.htmlUnescape(page);
		assertThat(page).contains("Nhập trích yếu nội dung.").contains("Chọn hoặc nhập ít nhất một nơi nhận.")
			.contains("Điều 1. Nội dung còn giữ.");
		assertThat(jdbc.sql("select count(*) from outgoing_document").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void openFlashAndVeryUrgentDocumentsAreFlaggedAtTheTopOfTheList() throws Exception {
		IncomingDocument flash = registered("Ban Chỉ huy quân sự tỉnh", "Về việc hỏa tốc đầu danh sách", Urgency.FLASH);
		IncomingDocument veryUrgent = registered("Công an tỉnh", "Về việc thượng khẩn đầu danh sách",
				Urgency.VERY_URGENT);
		IncomingDocument normal = registered("Sở Văn hóa", "Về việc thường cuối danh sách", Urgency.NORMAL);
		String page = list("");
		int flashAt = page.indexOf("id=\"incoming-" + flash.id() + "\"");
		int veryUrgentAt = page.indexOf("id=\"incoming-" + veryUrgent.id() + "\"");
		int normalAt = page.indexOf("id=\"incoming-" + normal.id() + "\"");
		assertThat(flashAt).isPositive().isLessThan(veryUrgentAt);
		assertThat(veryUrgentAt).isLessThan(normalAt);
		assertThat(page.substring(flashAt, page.indexOf("</tr>", flashAt))).contains("tag--red").contains("Hỏa tốc");
		assertThat(list("?urgency=FLASH")).contains("incoming-" + flash.id()).doesNotContain("incoming-" + normal.id());
	}

	@Test
	void theListFindsWordsWithoutDiacriticsAndTheOverdueOnes() throws Exception {
		IncomingDocument fire = registered("Công an xã", "Về việc phòng cháy chữa cháy rừng mùa khô", Urgency.NORMAL);
		IncomingDocument late = registered("Sở Nông nghiệp", "Về việc trả lời quá hạn", Urgency.NORMAL);
		incoming.direct(late.id(), null, OFFICER, null, 3, LEADER);
		jdbc.sql("update incoming_document set due_on = ? where id = ?").params(TestClock.today().minusDays(1), late.id())
			.update();
		assertThat(list("?q=phong+chay+rung")).contains("incoming-" + fire.id()).doesNotContain("incoming-" + late.id());
		String overdue = list("?overdue=true");
		assertThat(overdue).contains("incoming-" + late.id()).doesNotContain("incoming-" + fire.id());
		assertThat(list("?year=hai-nghin")).contains("id=\"filter-problem\"");
	}

	@Test
	void anOfficerOfAnotherCommuneSeesNothingOfThisOnesRegister() throws Exception {
		IncomingDocument d = registered("Sở Y tế", "Về việc riêng của Thiên Phủ", Urgency.NORMAL);
		mvc.perform(get("/van-ban/den/" + d.id()).with(as(OTHER_CLERK, OTHER_AGENCY, "CLERK")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/van-ban/den/" + d.id() + "/van-ban.pdf").with(as(OTHER_CLERK, OTHER_AGENCY, "CLERK")))
			.andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/van-ban/den").with(as(OTHER_CLERK, OTHER_AGENCY, "CLERK"))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("incoming-" + d.id() + "\"");
	}

	@Test
	void thePagesSpeakEnglishThroughTheBundles() throws Exception {
		assertThat(list("?lang=en")).contains("Incoming documents").contains("Register an incoming document");
		assertThat(mvc.perform(get("/van-ban/di?lang=en").with(as(OFFICER, "SPECIALIST"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Outgoing documents").contains("Awaiting signature");
	}

	@Test
	void theDashboardShowsTheQuartersDocumentsFromTheRecords() throws Exception {
		registered("Sở Tài chính", "Về việc ô số liệu bảng điều hành", Urgency.NORMAL);
		CorrespondenceFigures expected = figures.between(TestClock.today().withDayOfMonth(1)
			.withMonth((TestClock.today().getMonthValue() - 1) / 3 * 3 + 1), TestClock.today(), Set.of(AGENCY));
		String page = mvc.perform(get("/reports/dashboard?agency=" + AGENCY).with(as(LEADER, "LEADER"))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(expected.incoming()).isPositive();
		assertThat(page).contains("id=\"documents-incoming\">" + expected.incoming() + "<")
			.contains("id=\"documents-outgoing\">" + expected.outgoing() + "<").contains("Tỷ lệ văn bản đi được ký số");
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder registration(
			String sender, String summary) {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
				"/van-ban/den")
			.param("medium", "ELECTRONIC").param("sender", sender).param("numberSymbol", "15/STP-VP")
			.param("documentDate", TestClock.today().minusDays(1).toString()).param("documentType", "Công văn")
			.param("summary", summary).param("urgency", "NORMAL").param("leader", LEADER)
			.with(as(CLERK, "CLERK")).with(csrf());
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder paperRegistration(String token) {
		return post("/van-ban/den").param("medium", "PAPER").param("sender", "Công an tỉnh Thanh Hóa")
			.param("numberSymbol", "88/CAT-PV01").param("documentDate", TestClock.today().minusDays(1).toString())
			.param("documentType", "Công văn").param("summary", "Về việc bấm hai lần").param("urgency", "NORMAL")
			.param("leader", LEADER).param("formToken", token).with(as(CLERK, "CLERK")).with(csrf());
	}

	private IncomingDocument registered(String sender, String summary, Urgency urgency) {
		return incoming.register(AGENCY, new IncomingDocument.Receipt(IncomingDocument.Medium.PAPER, sender,
				"07/CV-" + urgency.name(), TestClock.today(), "Công văn", summary, urgency), null, LEADER, CLERK);
	}

	private String list(String query) throws Exception {
		return mvc.perform(get("/van-ban/den" + query).with(as(CLERK, "CLERK"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int count() {
		return jdbc.sql("select count(*) from incoming_document").query(Integer.class).single();
	}

	private static RequestPostProcessor as(String username, String role) {
		return as(username, AGENCY, role);
	}

	/** An officer signed in with one role in one agency, as the identity module grants it. */
	private static RequestPostProcessor as(String username, String agency, String role) {
		return user(username).authorities(new SimpleGrantedAuthority("ROLE_" + role),
				new SimpleGrantedAuthority("AGENCY_" + agency + "_" + role));
	}
}
