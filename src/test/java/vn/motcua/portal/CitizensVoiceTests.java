package vn.motcua.portal;

import java.io.IOException;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.MotCuaTest;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 12, item 6: the citizens' voice cannot be faked or flooded. A counter-tablet rating needs the rating code
 * printed on the citizen's receipt (an officer alone cannot rate); petitions are limited per address and per contact,
 * and exact repeats are refused, each with a Vietnamese message and what was typed kept.
 */
@MotCuaTest
class CitizensVoiceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalFixtures fixtures;

	@Autowired
	DossierLinks links;

	@Autowired
	JdbcClient jdbc;

	static final RequestPostProcessor COUNTER = user("tiepnhan.maytinhbang").authorities(
			new SimpleGrantedAuthority("ROLE_RECEIVING_OFFICER"),
			new SimpleGrantedAuthority("AGENCY_14908_RECEIVING_OFFICER"));

	@Test
	void anOfficerAloneCannotRateAtTheTabletTheCitizensReceiptCodeWorksOnce() throws Exception {
		Dossier dossier = fixtures.returned();

		String withoutCode = page(tabletRating(dossier.code(), null), 200);
		String withWrongCode = page(tabletRating(dossier.code(), "AAAA-AAAA"), 200);
		assertThat(withoutCode).contains("Mã đánh giá không đúng");
		assertThat(withWrongCode).contains("Mã đánh giá không đúng", "name=\"receiptCode\"")
			.as("the citizen's answers stay ticked").containsPattern("id=\"overall-5\"[^>]*checked");
		assertThat(ratings(dossier.code())).as("nothing saved").isZero();

		String code = links.ratingCode(dossier.code());
		assertThat(page(tabletRating(dossier.code(), code.toLowerCase()), 200)).contains("Cảm ơn ông/bà đã đánh giá");
		assertThat(ratings(dossier.code())).isEqualTo(1);

		assertThat(page(tabletRating(dossier.code(), code), 200)).as("the code works once")
			.contains("Hồ sơ này đã được đánh giá");
		assertThat(ratings(dossier.code())).isEqualTo(1);
	}

	@Test
	void theReceiptPrintsTheRatingCodeAndTheQrLinkStillRates() throws Exception {
		Dossier dossier = fixtures.returned();
		byte[] pdf = mvc.perform(get("/dossiers/" + dossier.code() + "/forms/01.pdf").with(COUNTER)).andReturn()
			.getResponse().getContentAsByteArray();
		assertThat(text(pdf)).contains("Mã đánh giá sự hài lòng: " + links.ratingCode(dossier.code()));

		String receipt = links.receiptUrl(dossier.code());
		String token = receipt.substring(receipt.indexOf("?t=") + 3);
		page(rating(post("/public/ho-so/" + dossier.code() + "/danh-gia").param("t", token)), 200);
		assertThat(jdbc.sql("select channel from satisfaction_rating where dossier_code = ?").param(dossier.code())
			.query(String.class).single()).isEqualTo("RECEIPT_LINK");
	}

	@Test
	void aBadRatingIsAnsweredOnThePageWithTheQuestionsMessagesAndNothingIsSaved() throws Exception {
		Dossier dossier = fixtures.returned();
		String receipt = links.receiptUrl(dossier.code());
		String token = receipt.substring(receipt.indexOf("?t=") + 3);
		String link = page(post("/public/ho-so/" + dossier.code() + "/danh-gia").param("t", token)
			.param("overall", "9").param("visits", "2").param("staffAttitude", "4").param("informationClarity", "0")
			.param("comment", "x".repeat(2001)).with(csrf()), 200);
		assertThat(link).contains("Chọn mức hài lòng chung.", "Cho biết thời gian giải quyết so với quy định.",
			"Đánh giá mức rõ ràng của thông tin.", "Góp ý không quá 2000 ký tự.")
			.doesNotContain("Đánh giá thái độ của cán bộ.", "Cho biết số lần phải đi lại.")
			.as("the valid answer stays ticked").containsPattern("id=\"staffAttitude-4\"[^>]*checked");

		String tablet = page(post("/feedback/danh-gia").param("code", dossier.code())
			.param("receiptCode", links.ratingCode(dossier.code())).param("overall", "5").param("timeTaken", "SOON")
			.param("visits", "1").param("staffAttitude", "5").with(COUNTER).with(csrf()), 200);
		assertThat(tablet).contains("Cho biết thời gian giải quyết so với quy định.", "Đánh giá mức rõ ràng của thông tin.",
			"name=\"receiptCode\"").as("a malformed answer does not hide the missing one")
			.doesNotContain("Chọn mức hài lòng chung.");
		assertThat(ratings(dossier.code())).as("nothing saved").isZero();
	}

	@Test
	void aHundredIdenticalPetitionsFromOneAddressGiveOnePetition() throws Exception {
		String title = "Đường vào trụ sở ngập nước " + UUID.randomUUID();
		int filed = 0;
		int refused = 0;
		for (int i = 0; i < 100; i++) {
			MvcResult result = mvc.perform(petition(title, "Đề nghị xã cho khơi thông cống.", null, "198.51.100.60"))
				.andReturn();
			if (result.getResponse().getStatus() == 302) {
				filed++;
			}
			else {
				refused++;
				assertThat(result.getResponse().getStatus()).isIn(409, 429);
			}
		}
		assertThat(filed).isEqualTo(1);
		assertThat(refused).isEqualTo(99);
		assertThat(petitions(title)).isEqualTo(1);

		MvcResult repeat = mvc.perform(petition(title, "Đề nghị xã cho khơi thông cống.", null, "198.51.100.61")).andReturn();
		assertThat(repeat.getResponse().getStatus()).as("an exact repeat from elsewhere").isEqualTo(409);
		assertThat(body(repeat)).contains("cùng tiêu đề và nội dung đã được gửi", "value=\"" + title + "\"");
	}

	@Test
	void oneAddressFilesAFewPetitionsAnHourThenWaitsWhileOthersAreServed() throws Exception {
		int filed = 0;
		MvcResult last = null;
		for (int i = 0; i < 20; i++) {
			last = mvc.perform(petition("Góp ý số " + i + " " + UUID.randomUUID(), "Nội dung " + i, null,
					"2001:db8:60:1::" + Integer.toHexString(i + 1))).andReturn();
			filed += last.getResponse().getStatus() == 302 ? 1 : 0;
		}
		assertThat(filed).as("an IPv6 /64 is one client").isEqualTo(5);
		assertThat(last.getResponse().getStatus()).isEqualTo(429);
		assertThat(body(last)).contains("Có quá nhiều phản ánh được gửi từ địa chỉ mạng này", "Nội dung 19");

		assertThat(mvc.perform(petition("Góp ý khác " + UUID.randomUUID(), "Nội dung", null, "198.51.100.62"))
			.andReturn().getResponse().getStatus()).as("another address").isEqualTo(302);
	}

	@Test
	void onePhoneFilesAtMostThreePetitionsADayHoweverItIsWritten() throws Exception {
		String[] phones = { "0977 123 456", "+84977123456", "097-712-3456", "84977123456" };
		int[] statuses = new int[phones.length];
		for (int i = 0; i < phones.length; i++) {
			statuses[i] = mvc.perform(petition("Kiến nghị " + i + " " + UUID.randomUUID(), "Nội dung kiến nghị " + i,
					phones[i], "198.51.100." + (70 + i))).andReturn().getResponse().getStatus();
		}
		assertThat(statuses).containsExactly(302, 302, 302, 429);
	}

	private MockHttpServletRequestBuilder tabletRating(String dossierCode, String receiptCode) {
		MockHttpServletRequestBuilder post = rating(post("/feedback/danh-gia").param("code", dossierCode)).with(COUNTER);
		return receiptCode == null ? post : post.param("receiptCode", receiptCode);
	}

	private static MockHttpServletRequestBuilder rating(MockHttpServletRequestBuilder post) {
		return post.param("overall", "5").param("timeTaken", "ON_TIME").param("visits", "1").param("staffAttitude", "5")
			.param("informationClarity", "4").with(csrf());
	}

	private static MockHttpServletRequestBuilder petition(String title, String content, String contact, String address) {
		MockHttpServletRequestBuilder post = post("/public/phan-anh/gui").param("subject", "OTHER")
			.param("agencyCode", "14908").param("title", title).param("content", content)
			.param("petitionerName", "Nguyễn Văn Tư").with(csrf()).with(request -> {
				request.setRemoteAddr(address);
				return request;
			});
		return contact == null ? post : post.param("petitionerContact", contact);
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		return body(result);
	}

	private static String body(MvcResult result) throws Exception {
		result.getResponse().setCharacterEncoding("UTF-8");
		return org.springframework.web.util.HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
	}

	private int ratings(String dossierCode) {
		return jdbc.sql("select count(*) from satisfaction_rating where dossier_code = ?").param(dossierCode)
			.query(Integer.class).single();
	}

	private int petitions(String title) {
		return jdbc.sql("select count(*) from petition where title = ?").param(title).query(Integer.class).single();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
