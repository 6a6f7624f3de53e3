package vn.motcua.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.RequiredDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Online submission (issue 13 item 3): a paper only shown (xuất trình) is never asked for a file, and a paper needed
 * in a case is required only when the applicant ticks that case.
 */
@MotCuaTest
class OnlinePapersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Clock clock;

	@Test
	void aShownPaperIsNeverAskedOnlineAndACasePaperOnlyWhenTicked() throws Exception {
		List<RequiredDocument> documents = catalogue.inForce("1.001193", LocalDate.now(clock)).orElseThrow()
			.requiredDocuments();
		RequiredDocument shown = documents.stream().filter(RequiredDocument::shownOnly).findFirst().orElseThrow();
		RequiredDocument abandoned = documents.stream().filter(d -> "trẻ bị bỏ rơi".equals(d.condition())).findFirst()
			.orElseThrow();
		RequiredDocument lastUploaded = documents.stream().filter(d -> !d.shownOnly()).reduce((a, b) -> b).orElseThrow();

		RequestPostProcessor officer = user("tiepnhan.giayto").roles("RECEIVING_OFFICER");
		String base = mvc.perform(post("/public/nop-ho-so/thu-tuc/1.001193").param("agencyCode", "14908")
			.with(officer).with(csrf())).andReturn().getResponse().getRedirectedUrl().replace("/nguoi-nop", "");
		mvc.perform(post(base + "/nguoi-nop").with(officer).with(csrf()).param("applicantName", "Đinh Thị Thu")
			.param("applicantIdNumber", "038175009876").param("applicantPhone", "0977000111"));
		mvc.perform(post(base + "/dai-dien").with(officer).with(csrf()).param("hasRepresentative", "false"));

		assertThat(mvc.perform(get(base + "/giay-to/" + shown.position()).with(officer)).andReturn().getResponse()
			.getStatus()).as("no upload page for a shown paper").isEqualTo(404);
		assertThat(mvc.perform(get(base + "/kiem-tra").with(officer)).andReturn().getResponse().getContentAsString())
			.doesNotContain(shown.name());

		String page = mvc.perform(get(base + "/giay-to/" + abandoned.position()).with(officer)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"caseApplies\"", "Tôi thuộc trường hợp: trẻ bị bỏ rơi");
		var ticked = mvc.perform(multipart(base + "/giay-to/" + abandoned.position()).param("caseApplies", "true")
			.with(officer).with(csrf())).andReturn().getResponse();
		assertThat(ticked.getStatus()).isEqualTo(200);
		assertThat(ticked.getContentAsString()).contains("id=\"caseApplies\" name=\"caseApplies\" value=\"true\" checked");
		assertThat(mvc.perform(multipart(base + "/giay-to/" + abandoned.position()).with(officer).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl()).as("not ticked: skipped")
			.isEqualTo(base + "/giay-to/" + (abandoned.position() + 1));
		assertThat(mvc.perform(multipart(base + "/giay-to/" + lastUploaded.position()).with(officer).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl()).as("the shown papers after it are no steps")
			.isEqualTo(base + "/nhan-ket-qua");
		assertThat(mvc.perform(multipart(base + "/giay-to/" + abandoned.position()).file(new MockMultipartFile("file",
				"bien-ban.pdf", "application/pdf", ("%PDF " + UUID.randomUUID()).getBytes())).param("caseApplies", "true")
			.with(officer).with(csrf())).andReturn().getResponse().getRedirectedUrl()).endsWith("/giay-to/"
					+ (abandoned.position() + 1));
	}
}
