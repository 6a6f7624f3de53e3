package vn.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.catalogue.Catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.dossier.CounterDesk.counter;

/**
 * One address, the whole page or its fragment (issue 14 item 6): the inbox, the counter's procedure search and the
 * dossier's timeline answer a plain request (a browser without JavaScript) with the whole page and htmx's request
 * ({@code HX-Request: true}) with the part it swaps, both saying {@code Vary: HX-Request}.
 */
@MotCuaTest
class PageFragmentsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Intake intake;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierWorkflow workflow;

	@Test
	void theInboxFiltersAnswerHtmxWithTheListAloneAndABrowserWithThePage() throws Exception {
		Dossier dossier = intake.accept(CompleteIntake.of(catalogue.inForce("1.004873", TestClock.today()).orElseThrow(),
				"Phạm Thị Lọc Hộp"), "tiepnhan.web");
		String filter = "/inbox?status=RECEIVED&procedure=1.004873";

		String page = html(get(filter));
		assertThat(page).contains("<html", "<h1", "id=\"filter\"", "id=\"inbox-results\"", "row-" + dossier.code());

		String fragment = html(get(filter).header("HX-Request", "true"));
		assertThat(fragment).contains("id=\"inbox-results\"", "row-" + dossier.code(), "Phạm Thị Lọc Hộp")
			.doesNotContain("<html", "<h1", "id=\"filter\"", "overdue-supplements", "<footer");
		assertThat(fragment.strip()).startsWith("<div id=\"inbox-results\"");

		String otherStatus = html(get("/inbox?status=RESOLVED&procedure=1.004873").header("HX-Request", "true"));
		assertThat(otherStatus).doesNotContain("row-" + dossier.code());

		String restored = html(get(filter).header("HX-Request", "true").header("HX-History-Restore-Request", "true"));
		assertThat(restored).as("htmx restoring a page from history gets the whole page").contains("<html", "<h1");
	}

	@Test
	void theCounterSearchAnswersHtmxWithTheProceduresFoundAlone() throws Exception {
		String page = html(get("/counter?q=1.004873"));
		assertThat(page).contains("<html", "id=\"q\"", "id=\"procedure-results\"", "id=\"procedure-1.004873\"",
				"id=\"submitted\"");

		String fragment = html(get("/counter?q=1.004873").header("HX-Request", "true"));
		assertThat(fragment).contains("id=\"procedure-list\"", "id=\"procedure-1.004873\"")
			.doesNotContain("<html", "id=\"q\"", "id=\"procedure-results\"", "id=\"submitted\"");

		assertThat(html(get("/counter?q=").header("HX-Request", "true")).strip())
			.as("an emptied search box empties the results").isEmpty();
	}

	@Test
	void theTimelineRefreshAnswersHtmxWithTheTimelineAloneAndNoPersonalData() throws Exception {
		Dossier dossier = intake.accept(CompleteIntake.of(catalogue.inForce("1.004873", TestClock.today()).orElseThrow(),
				"Đỗ Văn Dòng Thời Gian"), "tiepnhan.web");
		String address = "/dossiers/" + dossier.code();

		assertThat(html(get(address))).contains("<html", "id=\"applicant\"", "id=\"timeline\"", "id=\"refresh-timeline\"",
				dossier.applicant().idNumber());

		workflow.assign(dossier.code(), "chuyenvien", "lanhdao");
		String fragment = html(get(address).header("HX-Request", "true"));
		assertThat(fragment.strip()).startsWith("<section class=\"section\" id=\"timeline\"");
		assertThat(fragment).contains("Cán bộ chuyenvien", "id=\"refresh-timeline\"")
			.doesNotContain("<html", "id=\"applicant\"", "id=\"actions\"", dossier.applicant().idNumber(),
					dossier.applicant().phone());
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(counter()))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
