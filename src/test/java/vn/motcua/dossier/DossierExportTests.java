package vn.motcua.dossier;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.documents.DocumentStore;
import vn.motcua.history.HistoryLines;
import vn.motcua.portal.PortalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 10: an administrator exports the dossiers of a period as a ZIP in the import format (JSON Lines and
 * the files), and importing that ZIP gives the same dossiers with the same files: the data never stays locked in.
 */
@MotCuaTest
class DossierExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalFixtures fixtures;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	DocumentStore store;

	@Autowired
	Clock clock;

	@Test
	void theExportOfAPeriodRoundTripsThroughTheImport() throws Exception {
		List<Dossier> originals = List.of(fixtures.received(), fixtures.returned(),
				fixtures.awaitingSupplement("Bản sao CCCD"));
		String today = LocalDate.now(clock).toString();

		byte[] zip = mvc.perform(get("/api/v1/dossiers/exports").param("from", today).param("to", today)
			.with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"ho-so-" + today + "-" + today + ".zip\""))
			.andReturn().getResponse().getContentAsByteArray();

		// the lines of these dossiers (the period holds other tests' too), under new codes, with their files
		Map<String, byte[]> entries = unzip(zip);
		List<String> lines = new String(entries.get("dossiers.jsonl"), StandardCharsets.UTF_8).lines().toList();
		StringBuilder again = new StringBuilder();
		Map<String, byte[]> files = new HashMap<>();
		for (Dossier original : originals) {
			String line = lines.stream().filter(l -> l.startsWith("{\"code\":\"" + original.code() + "\"")).findFirst()
				.orElseThrow(() -> new AssertionError(original.code() + " not exported"));
			again.append(line.replace("\"code\":\"" + original.code() + "\"", "\"code\":\"XK-" + original.code() + "\""))
				.append('\n');
			entries.forEach((name, bytes) -> {
				if (line.contains("\"" + name + "\"")) {
					files.put(name, bytes);
				}
			});
		}
		assertThat(files).hasSize(originals.stream().mapToInt(d -> (int) d.documents().stream()
			.filter(doc -> doc.storedDocumentId() != null).count()).sum());

		mvc.perform(post("/api/v1/dossiers/imports").with(httpBasic("admin", "admin-test-password"))
			.contentType("application/zip").content(HistoryLines.zip(again.toString(), files)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(3))
			.andExpect(jsonPath("$.rejected").isEmpty());

		for (Dossier exported : originals) {
			Dossier original = workflow.find(exported.code()).orElseThrow();
			Dossier copy = workflow.find("XK-" + original.code()).orElseThrow();
			assertThat(copy.agencyCode()).isEqualTo(original.agencyCode());
			assertThat(copy.procedure().code()).isEqualTo(original.procedure().code());
			assertThat(copy.channel()).isEqualTo(original.channel());
			assertThat(copy.applicant().name()).isEqualTo(original.applicant().name());
			assertThat(copy.applicant().idNumber()).isEqualTo(original.applicant().idNumber());
			assertThat(copy.applicant().phone()).isEqualTo(original.applicant().phone());
			assertThat(copy.applicant().address()).isEqualTo(original.applicant().address());
			assertThat(copy.receivedAt().toInstant()).isEqualTo(original.receivedAt().toInstant());
			assertThat(copy.status()).isEqualTo(original.status());
			assertThat(copy.dueDate()).isEqualTo(original.dueDate());
			assertThat(copy.decision()).isEqualTo(original.decision());
			assertThat(copy.resolvedOn()).isEqualTo(original.resolvedOn());
			assertThat(copy.supplements()).extracting(SupplementCycle::missing)
				.isEqualTo(original.supplements().stream().map(SupplementCycle::missing).toList());
			assertThat(copy.documents()).extracting(DossierDocument::kind, DossierDocument::name)
				.isEqualTo(original.documents().stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.kind(), d.name()))
					.toList());
			for (int i = 0; i < original.documents().size(); i++) {
				if (original.documents().get(i).storedDocumentId() != null) {
					assertThat(read(copy.documents().get(i))).isEqualTo(read(original.documents().get(i)));
				}
			}
		}
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefusedWithAClearMessage() throws Exception {
		mvc.perform(get("/api/v1/dossiers/exports").param("from", "2026-11-30").param("to", "2026-11-01")
			.with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("trước ngày bắt đầu")));
	}

	@Test
	void onlyAnAdministratorExports() throws Exception {
		mvc.perform(get("/admin/exports/dossiers").param("from", "2026-11-01").param("to", "2026-11-30")
			.with(user("tiepnhan").roles("RECEIVING_OFFICER")))
			.andExpect(status().isForbidden());
	}

	private byte[] read(DossierDocument document) throws Exception {
		assertThat(document.storedDocumentId()).isNotNull();
		try (InputStream in = store.open(document.storedDocumentId())) {
			return in.readAllBytes();
		}
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}
}
