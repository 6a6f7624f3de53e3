package vn.motcua.dossier;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.dossier.CounterDesk.counter;
import static vn.motcua.dossier.CounterDesk.intake;
import static vn.motcua.dossier.CounterDesk.leader;

/**
 * The dossier page's action posts are bound to form records with Bean Validation: a value that cannot be read or is out
 * of bounds comes back to the dossier's page with the field's Vietnamese message (never a 400 page), nothing is done.
 */
@MotCuaTest
class DossierActionFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPaymentThatCannotBeReadIsAnsweredOnTheDossierPageAndNothingIsRecorded() throws Exception {
		String code = accepted("Trịnh Văn Bình");
		assertThat(refusal(payment(code, "CASH", "tám nghìn", today()))).isEqualTo("Số tiền phải là số nguyên đồng, không âm.");
		assertThat(refusal(payment(code, "CASH", "-8000", today()))).isEqualTo("Số tiền phải là số nguyên đồng, không âm.");
		assertThat(refusal(payment(code, "CHEQUE", "8000", today())))
			.isEqualTo("Chọn hình thức nộp: tiền mặt, chuyển khoản hoặc thanh toán trực tuyến.");
		assertThat(refusal(payment(code, "CASH", "8000", "31/12/2026")))
			.isEqualTo("Ngày nộp không hợp lệ; chọn ngày trên lịch (năm-tháng-ngày).");
		assertThat(refusal(payment(code, "CASH", "8000", today()).param("receiptNumber", "B".repeat(51))))
			.isEqualTo("Số biên lai không quá 50 ký tự.");
		assertThat(refusal(payment(code, "CASH", "-1", today()).param("lang", "en")))
			.isEqualTo("The amount must be a whole number of VND, not negative.");
		assertThat(payments(code)).isZero();

		// What the form reads is then the payment book's to judge, as before.
		assertThat(refusal(payment(code, "CASH", "0", today())))
			.isEqualTo("Ghi đủ hình thức nộp, số biên lai, số tiền (lớn hơn 0) và ngày nộp.");
		assertThat(refusal(payment(code, "CASH", "8000", today()))).isEmpty();
		assertThat(payments(code)).isEqualTo(1);
	}

	@Test
	void theDossierPageShowsTheFieldsMessage() throws Exception {
		String code = accepted("Phan Thị Cúc");
		MvcResult result = mvc.perform(action(code, "extend", leader()).param("newDueDate", "không rõ")
			.param("reason", "Cần xác minh")).andExpect(redirectedUrl("/dossiers/" + code)).andReturn();
		String page = mvc.perform(get("/dossiers/" + code).with(leader()).flashAttrs(result.getFlashMap()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page))
			.contains("Ngày hẹn trả mới không hợp lệ; chọn ngày trên lịch (năm-tháng-ngày).");
		assertThat(workflow.find(code).orElseThrow().extendedDueDate()).isNull();
	}

	@Test
	void tooLongATextATamperedChoiceOrAMissingVersionChangeNothing() throws Exception {
		String code = accepted("Lê Văn Đức");
		Dossier before = workflow.find(code).orElseThrow();
		assertThat(refusal(action(code, "supplement-request", counter()).param("missing", "Tờ khai")
			.param("reason", "x".repeat(2001)))).isEqualTo("Nội dung nhập không quá 2000 ký tự.");
		assertThat(refusal(action(code, "decide", leader()).param("decision", "MAYBE")))
			.isEqualTo("Chọn quyết định: phê duyệt hoặc từ chối.");
		assertThat(refusal(action(code, "transfer-out", counter()).param("agency", "14907")
			.param("shareWorkingDays", "ba"))).startsWith("Số ngày làm việc của cơ quan nhận liên thông");
		assertThat(refusal(post("/dossiers/" + code + "/stop").with(counter()).with(csrf()).param("reason", "Rút")))
			.startsWith("Hồ sơ vừa được người khác thay đổi");
		assertThat(refusal(post("/dossiers/" + code + "/stop").with(counter()).with(csrf()).param("version", "v1")
			.param("reason", "Rút"))).startsWith("Trang đã gửi một giá trị không đọc được");
		Dossier after = workflow.find(code).orElseThrow();
		assertThat(after.status()).isEqualTo(before.status());
		assertThat(after.version()).isEqualTo(before.version());
	}

	private String accepted(String name) throws Exception {
		String location = mvc.perform(intake(catalogue.inForce("1.004873", CounterDesk.today()).orElseThrow(),
				UUID.randomUUID().toString(), name, "038095000123", true, "accept"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private MockHttpServletRequestBuilder action(String code, String action, RequestPostProcessor who) {
		return post("/dossiers/" + code + "/" + action).with(who).with(csrf())
			.param("version", String.valueOf(workflow.find(code).orElseThrow().version()));
	}

	private MockHttpServletRequestBuilder payment(String code, String method, String amount, String paidOn) {
		return post("/dossiers/" + code + "/payment").with(counter()).with(csrf()).param("method", method)
			.param("receiptNumber", "BL-0009876").param("amount", amount).param("paidOn", paidOn);
	}

	/** Posts, expects the redirect back to the dossier's page, and returns the message it will show ("" if none). */
	private String refusal(MockHttpServletRequestBuilder post) throws Exception {
		MvcResult result = mvc.perform(post).andExpect(status().is3xxRedirection()).andReturn();
		Object refusal = result.getFlashMap().get("refusal");
		return refusal == null ? "" : refusal.toString();
	}

	private int payments(String code) {
		return jdbc.sql("select count(*) from dossier_payment p join dossier d on d.id = p.dossier_id where d.code = ?")
			.param(code).query(Integer.class).single();
	}

	private static String today() {
		return CounterDesk.today().toString();
	}
}
