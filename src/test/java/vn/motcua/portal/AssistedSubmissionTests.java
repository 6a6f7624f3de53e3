package vn.motcua.portal;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.shared.SubmissionChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** An officer fills the online flow for a citizen: the dossier is marked assisted; a POST without CSRF is refused. */
@MotCuaTest
class AssistedSubmissionTests {

	@Autowired
	java.time.Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierWorkflow dossiers;

	@Test
	void anOfficerSubmitsForACitizenAndTheDossierIsMarkedAssisted() throws Exception {
		RequestPostProcessor officer = user("tiepnhan.thienphu").roles("RECEIVING_OFFICER");
		String draft = mvc.perform(post("/public/nop-ho-so/thu-tuc/1.004873").param("agencyCode", "14908")
			.with(officer).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(draft).matches("/public/nop-ho-so/[0-9a-f-]{36}/nguoi-nop");
		String base = draft.replace("/nguoi-nop", "");

		mvc.perform(post(base + "/nguoi-nop").with(officer).with(csrf()).param("applicantName", "Đỗ Thị Mai")
			.param("applicantIdNumber", "038175009876").param("applicantPhone", "0977000111"));
		mvc.perform(post(base + "/dai-dien").with(officer).with(csrf()).param("hasRepresentative", "false"));
		for (RequiredDocument document : catalogue.inForce("1.004873", java.time.LocalDate.now(clock)).orElseThrow()
			.requiredDocuments()) {
			mvc.perform(multipart(base + "/giay-to/" + document.position()).file(new MockMultipartFile("file",
					"giay-" + document.position() + ".pdf", "application/pdf", ("%PDF " + UUID.randomUUID()).getBytes()))
				.with(officer).with(csrf()));
		}
		mvc.perform(post(base + "/nhan-ket-qua").with(officer).with(csrf()).param("receiveMethod", "POST"));
		assertThat(mvc.perform(get(base + "/kiem-tra").with(officer)).andReturn().getResponse().getContentAsString())
			.contains("Hồ sơ được nộp với sự hỗ trợ của cán bộ.");

		assertThat(mvc.perform(post(base + "/kiem-tra").with(officer)).andReturn().getResponse().getRedirectedUrl())
			.as("CSRF is on: without the token the submission is refused").startsWith("/login");
		assertThat(mvc.perform(post(base + "/kiem-tra").with(officer).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo(base + "/da-nop");

		String receipt = mvc.perform(get(base + "/da-nop")).andReturn().getResponse().getContentAsString();
		String code = receipt.replaceAll("(?s).*id=\"dossier-code\">([^<]+)<.*", "$1");
		Dossier dossier = dossiers.find(code).orElseThrow();
		assertThat(dossier.assisted()).isTrue();
		assertThat(dossier.channel()).isEqualTo(SubmissionChannel.ONLINE);
		assertThat(dossier.steps().get(0).actor()).isEqualTo("tiepnhan.thienphu");
		assertThat(mvc.perform(get(base + "/nguoi-nop")).andReturn().getResponse().getRedirectedUrl())
			.as("a submitted draft only shows its receipt").isEqualTo(base + "/da-nop");
	}
}
