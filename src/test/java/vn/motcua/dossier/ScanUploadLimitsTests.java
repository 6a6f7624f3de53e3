package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.shared.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.dossier.CounterDesk.counter;

/**
 * Issue 12, item 1, for officers' scans: a scan is streamed into the document store (no longer read whole with
 * {@code getBytes()}); one over {@code MOTCUA_DOCUMENTS_MAX_SIZE} (20 MB) is a refusal with the reason in Vietnamese
 * on the dossier's page, not a 500, and nothing is kept.
 */
@MotCuaTest
class ScanUploadLimitsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aScanOverTheDocumentLimitIsARefusalOnTheDossierPageAndNothingIsKept() throws Exception {
		ProcedureVersion version = catalogue.inForce("1.004873", LocalDate.now(clock.withZone(VietnamTime.ZONE)))
			.orElseThrow();
		String location = mvc.perform(CounterDesk.intake(version, UUID.randomUUID().toString(), "Vũ Thị Quét",
				"038095000123", true, "accept")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		String code = location.substring(location.lastIndexOf('/') + 1);
		long stored = jdbc.sql("select count(*) from stored_document").query(Long.class).single();
		var scansBefore = workflow.find(code).orElseThrow().documents().stream().map(DossierDocument::storedDocumentId)
			.toList();

		MvcResult result = mvc.perform(multipart("/dossiers/" + code + "/scan")
			.file(new MockMultipartFile("file", "ban-quet-lon.pdf", "application/pdf", new byte[20 * 1024 * 1024 + 1]))
			.param("version", String.valueOf(workflow.find(code).orElseThrow().version())).param("index", "0")
			.with(counter()).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();

		assertThat(result.getFlashMap().get("refusal")).isEqualTo("Tệp vượt quá dung lượng cho phép (20 MB).");
		assertThat(jdbc.sql("select count(*) from stored_document").query(Long.class).single()).isEqualTo(stored);
		assertThat(workflow.find(code).orElseThrow().documents()).extracting(DossierDocument::storedDocumentId)
			.as("the dossier's scans are unchanged").isEqualTo(scansBefore);
	}
}
