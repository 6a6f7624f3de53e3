package vn.motcua.portal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierWorkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An organisation submits online (issue 13 item 4): it chooses “Tổ chức, doanh nghiệp”, gives its tax code and legal
 * representative; a wrong tax code is refused in Vietnamese; the dossier keeps the kind for {@code LoaiDoiTuong}, and
 * the public status page never shows the tax code.
 */
@MotCuaTest
class OrganisationSubmissionTests {

	@Autowired
	java.time.Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierWorkflow dossiers;

	@Test
	void anOrganisationSubmitsOnlineWithItsTaxCodeAndLegalRepresentative() throws Exception {
		String draft = mvc.perform(post("/public/nop-ho-so/thu-tuc/1.004873").param("agencyCode", "14908")
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		String base = draft.replace("/nguoi-nop", "");
		assertThat(text(get(base + "/nguoi-nop"))).contains("Người nộp hồ sơ là", "Tổ chức, doanh nghiệp",
				"Người đại diện theo pháp luật");

		String refused = text(post(base + "/nguoi-nop").with(csrf()).param("applicantIdentifier", "TAX_CODE")
			.param("applicantName", "Công ty TNHH Thiên Phủ Xanh").param("applicantIdNumber", "0100109107")
			.param("applicantPhone", "0237000111"));
		assertThat(refused).contains("Mã số thuế không hợp lệ", "Nhập họ và tên người đại diện theo pháp luật của tổ chức.");

		mvc.perform(post(base + "/nguoi-nop").with(csrf()).param("applicantIdentifier", "TAX_CODE")
			.param("applicantName", "Công ty TNHH Thiên Phủ Xanh").param("applicantIdNumber", "0100109106")
			.param("legalRepresentative", "Đào Văn Sơn").param("applicantPhone", "0237000111"));
		mvc.perform(post(base + "/dai-dien").with(csrf()).param("hasRepresentative", "false"));
		for (RequiredDocument document : catalogue.inForce("1.004873", java.time.LocalDate.now(clock)).orElseThrow()
			.requiredDocuments()) {
			mvc.perform(multipart(base + "/giay-to/" + document.position()).file(new MockMultipartFile("file",
					"giay-" + document.position() + ".pdf", "application/pdf", ("%PDF " + UUID.randomUUID()).getBytes()))
				.with(csrf()));
		}
		mvc.perform(post(base + "/nhan-ket-qua").with(csrf()).param("receiveMethod", "POST"));
		assertThat(text(get(base + "/kiem-tra"))).contains("Tổ chức, doanh nghiệp", "0100109106", "Đào Văn Sơn");
		assertThat(mvc.perform(post(base + "/kiem-tra").with(csrf())).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo(base + "/da-nop");

		String receipt = mvc.perform(get(base + "/da-nop")).andReturn().getResponse().getContentAsString();
		String code = receipt.replaceAll("(?s).*id=\"dossier-code\">([^<]+)<.*", "$1");
		Dossier dossier = dossiers.find(code).orElseThrow();
		assertThat(dossier.applicant().kind()).isEqualTo(Applicant.Kind.ORGANISATION);
		assertThat(dossier.applicant().kind().nationalCode()).isEqualTo("2");
		assertThat(dossier.applicant().idNumber()).isEqualTo("0100109106");
		assertThat(dossier.applicant().legalRepresentative()).isEqualTo("Đào Văn Sơn");
		String status = text(get("/public/ho-so/" + code));
		assertThat(status).as("the public status page").contains(code).doesNotContain("0100109106", "0237000111");
	}

	private String text(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}
}
