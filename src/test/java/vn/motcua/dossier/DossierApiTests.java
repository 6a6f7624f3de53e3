package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14 item 5: the dossier API. Intake by a receiving service account with the counter's checks, idempotent by
 * submission token; the dossier with its steps; the events with the pages' rules and roles (403 role, 409 rule or stale
 * version, 400 bad input or a future time); the reconciliation list; the OpenAPI description at /api/docs.
 */
@MotCuaTest
class DossierApiTests {

	static final RequestPostProcessor SERVICE = CounterDesk.officer("tich-hop.mc", CounterDesk.AGENCY,
			"RECEIVING_OFFICER", "LEADER");

	static final RequestPostProcessor SPECIALIST = CounterDesk.officer("chuyenvien", CounterDesk.AGENCY, "SPECIALIST");

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	Clock clock;

	@Test
	void aServiceAccountReceivesADossierOnceWhateverTimesItSendsTheSameToken() throws Exception {
		accounts.create("tich-hop.tiep-nhan", "Hệ thống tích hợp", "mat-khau-tich-hop-1", Set.of(CounterDesk.AGENCY),
				Set.of(OfficerRole.RECEIVING_OFFICER));
		String token = UUID.randomUUID().toString();
		String body = DossierApiFixtures.json(DossierApiFixtures.intake(version(), token, "Lê Thị Thu"));

		JsonNode created = read(mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(httpBasic("tich-hop.tiep-nhan", "mat-khau-tich-hop-1")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andReturn().getResponse().getContentAsString());
		assertThat(created.get("code").asString()).startsWith(CounterDesk.AGENCY + "-");
		assertThat(LocalDate.parse(created.get("dueDate").asString())).isAfter(CounterDesk.today());
		assertThat(created.get("startDate").isNull()).isFalse();
		assertThat(OffsetDateTime.parse(created.get("receivedAt").asString())).isNotNull();
		assertThat(OffsetDateTime.parse(created.get("dueAt").asString())).isNotNull();

		mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(httpBasic("tich-hop.tiep-nhan", "mat-khau-tich-hop-1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(created.get("code").asString()));
	}

	@Test
	void anIncompleteIntakeIsA422ListingEveryFieldInVietnameseAndNothingIsSaved() throws Exception {
		Map<String, Object> body = DossierApiFixtures.intake(version(), UUID.randomUUID().toString(), "");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> documents = (List<Map<String, Object>>) body.get("documents");
		documents.get(0).remove("content");
		documents.add(Map.of("kind", "COMPONENT", "name", "Giấy chứng nhận không có trong thủ tục"));

		mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
			.content(DossierApiFixtures.json(body)).with(SERVICE))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("documents[" + (documents.size() - 1) + "].name"))
			.andExpect(jsonPath("$.errors[0].message").value("Giấy tờ \"Giấy chứng nhận không có trong thủ tục\" không"
					+ " có trong thành phần hồ sơ của thủ tục 1.004873."));

		documents.remove(documents.size() - 1);
		JsonNode refused = read(mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
			.content(DossierApiFixtures.json(body)).with(SERVICE))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString());
		assertThat(refused.get("errors").findValuesAsString("field")).contains("applicant.name", "documents[1]");
		assertThat(refused.get("detail").asString()).contains("Nhập họ và tên người nộp hồ sơ.");
	}

	@Test
	void onlyAReceivingOfficerOfTheCommuneReceives() throws Exception {
		String body = DossierApiFixtures.json(DossierApiFixtures.intake(version(), UUID.randomUUID().toString(), "Hà Văn Nam"));
		mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(body).with(SPECIALIST))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Tài khoản không phải cán bộ tiếp nhận của xã này nên không được tiếp nhận hồ sơ."));
		mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(CounterDesk.officer("tiepnhan.xakhac", "14797", "RECEIVING_OFFICER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void eventsFollowThePagesRulesAndRoles() throws Exception {
		String code = received("Phạm Văn Đức");

		// the wrong role: a specialist cannot assign
		event(code, Map.of("type", "ASSIGNED", "specialist", "chuyenvien"), SPECIALIST)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Vai trò của tài khoản không được thực hiện thao tác này trên hồ sơ"
					+ " (hoặc hồ sơ không giao cho tài khoản này)."));
		// a rule of the law, for a role that has it: no supplement was requested (the aggregate's reason)
		event(code, Map.of("type", "SUPPLEMENT_RECEIVED"), SERVICE)
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Hồ sơ không có yêu cầu bổ sung nào đang chờ."));
		// a time in the future
		event(code, Map.of("type", "ASSIGNED", "specialist", "chuyenvien",
				"at", OffsetDateTime.now(clock).plusHours(1).toString()), SERVICE)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Thời điểm thực hiện không được ở tương lai."));
		// an unknown type
		event(code, Map.of("type", "APPROVED"), SERVICE).andExpect(status().isBadRequest());

		int received = read(mvc.perform(get("/api/v1/dossiers/" + code).with(SERVICE))
			.andReturn().getResponse().getContentAsString()).get("version").asInt();
		JsonNode assigned = read(event(code, Map.of("type", "ASSIGNED", "specialist", "chuyenvien", "version", received),
				SERVICE)
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(assigned.get("status").asString()).isEqualTo("IN_REVIEW");
		int version = assigned.get("version").asInt();

		// stale: the version seen before the assignment
		event(code, Map.of("type", "PROPOSED", "leader", "lanhdao", "outcome", "APPROVED", "version", version - 1),
				SPECIALIST)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(version));
		// a decision before any proposal: refused by the law (409), with its reason
		event(code, Map.of("type", "RESOLVED", "outcome", "APPROVED"), SERVICE)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Hồ sơ chưa được trình lãnh đạo quyết định (trạng thái hiện tại: Đang"
					+ " xử lý)."));
		// the leader's decision is not the specialist's
		event(code, Map.of("type", "RESOLVED", "outcome", "APPROVED"), SPECIALIST)
			.andExpect(status().isForbidden());
		event(code, Map.of("type", "PROPOSED", "leader", "lanhdao", "outcome", "APPROVED", "note", "Đủ điều kiện",
				"version", version), SPECIALIST)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_DECISION"));
		event(code, Map.of("type", "RESOLVED", "outcome", "APPROVED"), SERVICE)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RESOLVED"));
		event(code, Map.of("type", "RETURNED", "method", "Trực tiếp"), SERVICE)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Phải số hóa (đính kèm bản quét) kết quả trước khi trả cho người nộp."));
	}

	@Test
	void aDossierShowsItsStepsAndDocumentsOnlyToAccountsOfItsCommune() throws Exception {
		String code = received("Nguyễn Thị Lan");
		event(code, Map.of("type", "ASSIGNED", "specialist", "chuyenvien"), SERVICE).andExpect(status().isOk());

		JsonNode dossier = read(mvc.perform(get("/api/v1/dossiers/" + code).with(SPECIALIST))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(dossier.get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(dossier.get("events").findValuesAsString("action")).containsExactly("SUBMITTED", "RECEIVED", "ASSIGNED");
		JsonNode assigned = dossier.get("events").get(2);
		assertThat(assigned.get("from").asString()).isEqualTo("RECEIVED");
		assertThat(assigned.get("to").asString()).isEqualTo("IN_REVIEW");
		assertThat(assigned.get("actor").asString()).isEqualTo("tich-hop.mc");
		assertThat(dossier.get("documents").size()).isPositive();
		assertThat(dossier.get("documents").get(0).get("digitised").asBoolean()).isTrue();
		assertThat(dossier.toString()).doesNotContain("038095000123").doesNotContain("storedDocumentId");

		mvc.perform(get("/api/v1/dossiers/" + code).with(CounterDesk.officer("lanhdao.xakhac", "14797", "LEADER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theReconciliationListPagesTheVisibleAgenciesDossiersOfThePeriod() throws Exception {
		String code = received("Vũ Minh Tâm");
		String today = CounterDesk.today().toString();

		JsonNode page = read(mvc.perform(get("/api/v1/dossiers").param("agency", CounterDesk.AGENCY)
			.param("status", "RECEIVED").param("from", today).param("to", today).with(SERVICE))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(page.get("size").asInt()).isEqualTo(100);
		assertThat(page.get("items").findValuesAsString("code")).contains(code);
		assertThat(page.get("items").findValuesAsString("status")).containsOnly("RECEIVED");

		JsonNode otherCommune = read(mvc.perform(get("/api/v1/dossiers").param("from", today).param("to", today)
			.with(CounterDesk.officer("lanhdao.xakhac", "14797", "LEADER")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(otherCommune.get("items").findValuesAsString("code")).doesNotContain(code);
		mvc.perform(get("/api/v1/dossiers").param("from", "24/11/2026").with(SERVICE))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theOpenApiDescriptionIsGeneratedFromTheCodeAndNeedsAnAccount() throws Exception {
		mvc.perform(get("/api/docs")).andExpect(status().isUnauthorized());
		JsonNode docs = read(mvc.perform(get("/api/docs").with(SPECIALIST))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(docs.get("paths").propertyNames()).contains("/api/v1/dossiers", "/api/v1/dossiers/{code}",
				"/api/v1/dossiers/{code}/events");
		JsonNode receive = docs.path("paths").path("/api/v1/dossiers").path("post");
		assertThat(receive.path("summary").asString()).as("worded from the api bundle")
			.isEqualTo("Tiếp nhận hồ sơ (tài khoản có vai trò cán bộ tiếp nhận của xã)");
		assertThat(receive.path("tags").path(0).asString()).isEqualTo("Hồ sơ");
		JsonNode english = read(mvc.perform(get("/api/docs").param("lang", "en").with(SPECIALIST))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(english.path("paths").path("/api/v1/dossiers").path("post").path("summary").asString())
			.isEqualTo("Receive a dossier (an account with the receiving officer role of the commune)");
	}

	private String received(String name) throws Exception {
		return read(mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
			.content(DossierApiFixtures.json(DossierApiFixtures.intake(version(), UUID.randomUUID().toString(), name)))
			.with(SERVICE))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).get("code").asString();
	}

	private org.springframework.test.web.servlet.ResultActions event(String code, Map<String, Object> body,
			RequestPostProcessor account) throws Exception {
		return mvc.perform(post("/api/v1/dossiers/" + code + "/events").contentType(MediaType.APPLICATION_JSON)
			.content(DossierApiFixtures.json(body)).with(account));
	}

	private ProcedureVersion version() {
		return catalogue.inForce("1.004873", CounterDesk.today()).orElseThrow();
	}

	private static JsonNode read(String json) {
		return DossierApiFixtures.read(json);
	}
}
