package vn.motcua.dossier;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: one dossier driven through every API event and another through the pages leave identical timelines (the
 * same step actions, from and to states, hand-overs and notes) and count the same in every figure of the period report.
 */
@MotCuaTest
class ApiAndPagesParityTests {

	static final RequestPostProcessor SPECIALIST = CounterDesk.officer("chuyenvien", CounterDesk.AGENCY, "SPECIALIST");

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	DossierStatistics statistics;

	@Test
	void everyEventThroughTheApiAndThroughThePagesLeavesTheSameTimelineAndTheSameFigures() throws Exception {
		String byApi = receivedByApi("Đinh Văn Khoa");
		api(byApi, Map.of("type", "ASSIGNED", "specialist", "chuyenvien"), DossierApiTests.SERVICE);
		api(byApi, Map.of("type", "SUPPLEMENT_REQUESTED", "missing", "Bản sao giấy khai sinh", "reason", "Thiếu giấy tờ"),
				DossierApiTests.SERVICE);
		api(byApi, Map.of("type", "SUPPLEMENT_RECEIVED"), DossierApiTests.SERVICE);
		api(byApi, Map.of("type", "EXTENDED", "newDueDate", later(byApi), "reason", "Cần xác minh"),
				DossierApiTests.SERVICE);
		api(byApi, Map.of("type", "PROPOSED", "outcome", "REFUSED", "note", "Không đủ điều kiện", "leader", "lanhdao"),
				SPECIALIST);
		api(byApi, Map.of("type", "RESOLVED", "outcome", "REFUSED", "reason", "Không đủ điều kiện"),
				DossierApiTests.SERVICE);
		api(byApi, Map.of("type", "RETURNED", "method", "Trực tiếp"), DossierApiTests.SERVICE);

		String byPages = receivedAtTheCounter("Đinh Văn Khoa");
		page(byPages, "assign", CounterDesk.leader(), "specialist", "chuyenvien");
		page(byPages, "supplement-request", CounterDesk.counter(), "missing", "Bản sao giấy khai sinh", "reason",
				"Thiếu giấy tờ");
		page(byPages, "supplement-receive", CounterDesk.counter());
		page(byPages, "extend", CounterDesk.leader(), "newDueDate", later(byPages), "reason", "Cần xác minh");
		page(byPages, "propose", SPECIALIST, "proposal", "REFUSED", "note", "Không đủ điều kiện", "leader", "lanhdao");
		page(byPages, "decide", CounterDesk.leader(), "decision", "REFUSED", "reason", "Không đủ điều kiện");
		page(byPages, "return", CounterDesk.counter(), "method", "Trực tiếp");

		assertThat(timeline(byApi)).isEqualTo(timeline(byPages)).hasSize(9);
		assertThat(figures(byApi)).isEqualTo(figures(byPages))
			.contains(DossierStatistics.Figure.RECEIVED, DossierStatistics.Figure.RESOLVED,
					DossierStatistics.Figure.EXTENDED);
	}

	@Test
	void aStopThroughTheApiIsTheCountersStop() throws Exception {
		String byApi = receivedByApi("Mai Thị Hoa");
		api(byApi, Map.of("type", "STOPPED", "reason", "Người nộp xin rút hồ sơ"), DossierApiTests.SERVICE);
		String byPages = receivedAtTheCounter("Mai Thị Hoa");
		page(byPages, "stop", CounterDesk.counter(), "reason", "Người nộp xin rút hồ sơ");

		assertThat(timeline(byApi)).isEqualTo(timeline(byPages)).hasSize(4);
		assertThat(figures(byApi)).isEqualTo(figures(byPages)).contains(DossierStatistics.Figure.STOPPED);
	}

	private String receivedByApi(String name) throws Exception {
		String body = DossierApiFixtures.json(DossierApiFixtures.intake(version(), UUID.randomUUID().toString(), name));
		return DossierApiFixtures.read(mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
			.content(body).with(DossierApiTests.SERVICE))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).get("code").asString();
	}

	private String receivedAtTheCounter(String name) throws Exception {
		String location = mvc.perform(CounterDesk.intake(version(), UUID.randomUUID().toString(), name, "038095000123",
				true, "accept"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private void api(String code, Map<String, Object> event, RequestPostProcessor account) throws Exception {
		mvc.perform(post("/api/v1/dossiers/" + code + "/events").contentType(MediaType.APPLICATION_JSON)
			.content(DossierApiFixtures.json(event)).with(account))
			.andExpect(status().isOk());
	}

	private void page(String code, String action, RequestPostProcessor officer, String... params) throws Exception {
		MockHttpServletRequestBuilder post = post("/dossiers/" + code + "/" + action)
			.param("version", String.valueOf(dossier(code).version()));
		for (int i = 0; i < params.length; i += 2) {
			post.param(params[i], params[i + 1]);
		}
		mvc.perform(post.with(officer).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("done"));
	}

	/** Each step without who and when: what was done, from which state to which, to whom, with what note. */
	private List<List<String>> timeline(String code) {
		return dossier(code).steps().stream()
			.map(s -> java.util.Arrays.asList(s.action().name(), String.valueOf(s.from()), String.valueOf(s.to()),
					s.handedTo(), s.note()))
			.toList();
	}

	/** The figures of today's period report that count the dossier. */
	private List<DossierStatistics.Figure> figures(String code) {
		return java.util.Arrays.stream(DossierStatistics.Figure.values())
			.filter(f -> statistics.behind(f, CounterDesk.today(), CounterDesk.today(), List.of(CounterDesk.AGENCY),
					100_000, 0).stream().anyMatch(line -> line.code().equals(code)))
			.toList();
	}

	private String later(String code) {
		return dossier(code).dueDate().plusDays(14).toString();
	}

	private Dossier dossier(String code) {
		return workflow.find(code).orElseThrow();
	}

	private ProcedureVersion version() {
		return catalogue.inForce("1.004873", CounterDesk.today()).orElseThrow();
	}
}
