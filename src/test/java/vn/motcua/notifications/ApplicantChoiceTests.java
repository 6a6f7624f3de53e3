package vn.motcua.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.TestClock;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 item 4, online and in the API: the applicant's choice of channels travels with the online submission and
 * with {@code POST /api/v1/dossiers} ({@code messageChannels}, optional), and the message goes through the channel
 * chosen; a choice the contacts cannot carry, an invalid e-mail address or an unknown channel is refused clearly.
 */
class ApplicantChoiceTests extends NotificationsTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final RequestPostProcessor SERVICE = user("tich-hop.tin-nhan").authorities(
			new SimpleGrantedAuthority("ROLE_RECEIVING_OFFICER"),
			new SimpleGrantedAuthority(AgencyAccess.authority("14908", OfficerRole.RECEIVING_OFFICER)));

	@Test
	void theOnlineFormCarriesTheChoiceAndTheMessageGoesByEmail() throws Exception {
		String phone = "0916" + digits(6);
		String email = "truc." + digits(6) + "@vidu.vn";
		String base = mvc.perform(post("/public/nop-ho-so/thu-tuc/1.004873").param("agencyCode", "14908").with(csrf()))
			.andReturn().getResponse().getRedirectedUrl().replace("/nguoi-nop", "");
		String form = text(get(base + "/nguoi-nop"));
		assertThat(form).contains("Nhận tin nhắn về hồ sơ qua");
		assertThat(form).containsPattern("value=\"SMS\"[^>]*checked");

		String refused = text(applicant(base, phone, null).param("messageChannels", "EMAIL"));
		assertThat(refused).contains("Muốn nhận tin qua thư điện tử, hãy nhập địa chỉ thư điện tử.");
		String landline = text(applicant(base, "02373123456", null).param("messageChannels", "SMS"));
		assertThat(landline).contains("Muốn nhận tin nhắn SMS hoặc Zalo, cần số điện thoại di động hợp lệ");

		mvc.perform(applicant(base, phone, email).param("messageChannels", "EMAIL"));
		mvc.perform(post(base + "/dai-dien").with(csrf()).param("hasRepresentative", "false"));
		for (RequiredDocument document : version().requiredDocuments()) {
			mvc.perform(multipart(base + "/giay-to/" + document.position()).file(new MockMultipartFile("file",
					"giay-" + document.position() + ".pdf", "application/pdf", ("%PDF " + UUID.randomUUID()).getBytes()))
				.with(csrf()));
		}
		mvc.perform(post(base + "/nhan-ket-qua").with(csrf()).param("receiveMethod", "POST"));
		assertThat(text(get(base + "/kiem-tra"))).contains("Thư điện tử");
		mvc.perform(post(base + "/kiem-tra").with(csrf()));
		String code = mvc.perform(get(base + "/da-nop")).andReturn().getResponse().getContentAsString()
			.replaceAll("(?s).*id=\"dossier-code\">([^<]+)<.*", "$1");

		assertThat(channelsOf(code)).isEqualTo("{EMAIL}");
		intake.acceptSubmitted(code, "tiepnhan"); // the counter accepts it: the receipt is told
		SimulatedGateways.await(() -> mailsTo(email).size() == 1, Duration.ofSeconds(20));
		assertThat(mailsTo(email).get(0).getSubject()).isEqualTo("Đã tiếp nhận hồ sơ " + code);
		assertThat(gateways.smsTo(phone)).as("no SMS: the applicant chose e-mail").isEmpty();
	}

	@Test
	void theApiCarriesTheChoiceAndRefusesABadOne() throws Exception {
		String email = "api." + digits(6) + "@vidu.vn";
		Map<String, Object> body = intakeBody("0917" + digits(6), email);
		body.put("messageChannels", List.of("email", "SMS"));
		String code = JSON.readTree(mvc.perform(post("/api/v1/dossiers").with(SERVICE)
			.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("code").asString();
		assertThat(channelsOf(code)).isEqualTo("{SMS,EMAIL}");

		Map<String, Object> absent = intakeBody("0917" + digits(6), null);
		String byDefault = JSON.readTree(mvc.perform(post("/api/v1/dossiers").with(SERVICE)
			.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(absent)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("code").asString();
		assertThat(channelsOf(byDefault)).as("no choice given: SMS to the mobile number").isEqualTo("{SMS}");

		Map<String, Object> badMail = intakeBody("0917" + digits(6), "khong-phai-thu");
		badMail.put("messageChannels", List.of("EMAIL"));
		mvc.perform(post("/api/v1/dossiers").with(SERVICE).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(badMail)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'applicant.email')].message")
				.value("Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@vidu.vn)."));

		Map<String, Object> fax = intakeBody("0917" + digits(6), null);
		fax.put("messageChannels", List.of("FAX"));
		mvc.perform(post("/api/v1/dossiers").with(SERVICE).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(fax)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("messageChannels[0]"))
			.andExpect(jsonPath("$.errors[0].message").value("Kênh nhận tin nhắn \"FAX\" không hợp lệ (ZALO, SMS hoặc EMAIL)."));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder applicant(String base,
			String phone, String email) {
		var request = post(base + "/nguoi-nop").with(csrf()).param("applicantIdentifier", "CITIZEN_ID")
			.param("applicantName", "Nguyễn Văn Chọn Kênh").param("applicantIdNumber", "038095000123")
			.param("applicantPhone", phone).param("applicantAddress", "Thôn 3, xã Thiên Phủ");
		return email == null ? request : request.param("applicantEmail", email);
	}

	private Map<String, Object> intakeBody(String phone, String email) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (RequiredDocument document : version().requiredDocuments()) {
			if (!document.shownOnly()) {
				documents.add(Map.of("kind", "COMPONENT", "name", document.name(), "fileName", "ban-quet.pdf", "content",
						Base64.getEncoder().encodeToString(("%PDF-1.4 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8))));
			}
		}
		Map<String, Object> applicant = new LinkedHashMap<>(Map.of("name", "Đặng Thị Qua Api", "idNumber",
				"038095000123", "phone", phone, "address", "Thôn 2, xã Thiên Phủ"));
		if (email != null) {
			applicant.put("email", email);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("agency", "14908");
		body.put("procedureCode", "1.004873");
		body.put("applicant", applicant);
		body.put("documents", documents);
		body.put("submissionToken", UUID.randomUUID().toString());
		return body;
	}

	private ProcedureVersion version() {
		return catalogue.inForce("1.004873", TestClock.today()).orElseThrow();
	}

	private String channelsOf(String code) {
		return jdbc.sql("select channels::text from notification_contact where dossier_code = ?").param(code)
			.query(String.class).single();
	}

	private String text(RequestBuilder request) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}
}
