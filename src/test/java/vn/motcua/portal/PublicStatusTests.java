package vn.motcua.portal;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.MotCuaTest;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLinks;
import vn.motcua.dossier.DossierWorkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Privacy of the status page: by code nothing personal, with the QR token the receipt, a tampered token refused. */
@MotCuaTest
class PublicStatusTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalFixtures fixtures;

	@Autowired
	DossierLinks links;

	@Autowired
	DossierWorkflow workflow;

	@Test
	void byCodeAloneTheStageTimelineAndWhatIsMissingButNothingPersonal() throws Exception {
		Dossier dossier = fixtures.awaitingSupplement("Bản sao giấy xác nhận nơi cư trú");

		String page = page("/public/ho-so/" + dossier.code(), 200);

		assertThat(page).contains("Hồ sơ " + dossier.code(), "Cần bổ sung hồ sơ", "Tiếp nhận hồ sơ", "Chuyển xử lý",
				"Cần bổ sung: Bản sao giấy xác nhận nơi cư trú", "Giấy xác nhận tình trạng hôn nhân",
				"T. T. B. Ngọc");
		assertThat(page).doesNotContain(PortalFixtures.NAME, PortalFixtures.ID_NUMBER, PortalFixtures.PHONE,
				PortalFixtures.ADDRESS, "ngoc@example.vn", "chuyenvien", "tiepnhan");
	}

	@Test
	void aReceivedDossierShowsItsDueDateWithTheWorkingDaysLeft() throws Exception {
		Dossier dossier = fixtures.received();

		String page = page("/public/ho-so/" + dossier.code(), 200);

		assertThat(page).contains("Đã tiếp nhận", "Hẹn trả kết quả").containsPattern("còn \\d+ ngày làm việc|hạn là hôm nay");
	}

	@Test
	void thePageFollowsEachStepAtOnceInTheReadersLanguage() throws Exception {
		Dossier dossier = fixtures.received();
		String url = "/public/ho-so/" + dossier.code();
		assertThat(page(url, 200)).contains("<strong>Đã tiếp nhận</strong>");
		assertThat(page(url, 200)).as("read again").contains("<strong>Đã tiếp nhận</strong>");

		workflow.assign(dossier.code(), "chuyenvien", "tiepnhan");

		assertThat(page(url, 200)).contains("<strong>Đang xử lý</strong>").doesNotContain("<strong>Đã tiếp nhận</strong>");
		MvcResult english = mvc.perform(get(url).cookie(new Cookie("motcua-lang", "en"))).andReturn();
		english.getResponse().setCharacterEncoding("UTF-8");
		assertThat(english.getResponse().getContentAsString()).contains("<strong>Being handled</strong>");
		assertThat(page(url, 200)).as("Vietnamese still").contains("<strong>Đang xử lý</strong>");
	}

	@Test
	void aMessageLeftForOneVisitorIsNeverKeptForTheNext() throws Exception {
		Dossier dossier = fixtures.received();
		String url = "/public/ho-so/" + dossier.code();
		MvcResult withMessage = mvc.perform(get(url).flashAttr("success", "portal.status.title")
			.flashAttr("successArg", "TIN-NHẮN-RIÊNG")).andReturn();
		withMessage.getResponse().setCharacterEncoding("UTF-8");
		assertThat(withMessage.getResponse().getContentAsString()).contains("TIN-NHẮN-RIÊNG");

		assertThat(page(url, 200)).doesNotContain("TIN-NHẮN-RIÊNG");
	}

	@Test
	void theTokenOfTheQrShowsTheFullReceipt() throws Exception {
		Dossier dossier = fixtures.received();
		String receipt = links.receiptUrl(dossier.code());

		String page = page(receipt.substring(receipt.indexOf("/public/")), 200);

		assertThat(page).contains(PortalFixtures.NAME, PortalFixtures.ID_NUMBER, PortalFixtures.PHONE,
				"Phiếu hẹn (chỉ người giữ phiếu xem được)");
	}

	@Test
	void aTamperedTokenIsRefusedAndOnlyThePublicViewShows() throws Exception {
		Dossier dossier = fixtures.received();
		String receipt = links.receiptUrl(dossier.code());
		String tampered = receipt.substring(receipt.indexOf("/public/"), receipt.length() - 2)
				+ (receipt.endsWith("AA") ? "BB" : "AA");

		String page = page(tampered, 403);

		assertThat(page).contains("Mã xác thực trong đường dẫn không đúng", "Đã tiếp nhận");
		assertThat(page).doesNotContain(PortalFixtures.NAME, PortalFixtures.ID_NUMBER, PortalFixtures.PHONE);
		assertThat(page("/public/ho-so/" + dossier.code() + "/danh-gia?t=sai", 403)).contains("Đường dẫn không hợp lệ");
	}

	@Test
	void theLookUpFormLeadsToTheStatusPageOrSaysTheCodeIsUnknown() throws Exception {
		Dossier dossier = fixtures.received();
		MvcResult found = mvc.perform(get("/public/tra-cuu").param("ma", " " + dossier.code() + " ")).andReturn();
		assertThat(found.getResponse().getRedirectedUrl()).isEqualTo("/public/ho-so/" + dossier.code());

		assertThat(page("/public/tra-cuu?ma=14908-000000-9999", 200)).contains("Không tìm thấy hồ sơ có mã này");
		assertThat(page("/public/ho-so/14908-000000-9999", 404)).contains("Không tìm thấy");
	}

	@Test
	void anAddressEnumeratingCodesIsRefusedWith429BeforeIts200thLookUp() throws Exception {
		Dossier dossier = fixtures.received();
		RequestPostProcessor enumerator = request -> {
			request.setRemoteAddr("203.0.113.200");
			return request;
		};
		MvcResult refused = null;
		for (int i = 1; i <= 200 && refused == null; i++) {
			MvcResult result = mvc.perform(get("/public/ho-so/14908-000000-" + String.format("%04d", i))
				.with(enumerator)).andReturn();
			if (result.getResponse().getStatus() == 429) {
				refused = result;
			}
		}
		assertThat(refused).as("a look-up among the first 200 was refused").isNotNull();
		refused.getResponse().setCharacterEncoding("UTF-8");
		assertThat(refused.getResponse().getContentAsString()).contains("Bạn đã tra cứu quá nhiều lần");
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotNull();

		assertThat(mvc.perform(get("/public/ho-so/" + dossier.code()).with(request -> {
			request.setRemoteAddr("203.0.113.201");
			return request;
		})).andReturn().getResponse().getStatus()).as("another address is not slowed").isEqualTo(200);
	}

	private String page(String url, int status) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
		result.getResponse().setCharacterEncoding("UTF-8");
		return result.getResponse().getContentAsString();
	}
}
