package vn.motcua.catalogue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seed report's catalogue (397 procedures: 212 fully online, 155 partly, 30 in person; 116 with fees, 52 / 58 /
 * 6; 42 fee-exempt) imported into an empty installation gives exactly those figures, and importing it again changes
 * nothing. Own context with the starter catalogue turned off, so the figures are the file's alone.
 */
@SpringBootTest(properties = "motcua.catalogue.starter=false")
@AutoConfigureMockMvc
class CatalogueSeedFiguresTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSeedsMixGivesTheSeedsFiguresAndReimportingChangesNothing() throws Exception {
		byte[] csv = seedMix().bytes();
		mvc.perform(post("/api/v1/catalogue/imports").contentType("text/csv").content(csv)
				.with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(397))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.rejected").isEmpty());

		mvc.perform(get("/api/v1/catalogue/summary").with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"total": 397,
					 "byServiceLevel": {"FULL_ONLINE": 212, "PARTIAL_ONLINE": 155, "IN_PERSON": 30},
					 "withFees": {"total": 116, "FULL_ONLINE": 52, "PARTIAL_ONLINE": 58, "IN_PERSON": 6},
					 "feeExempt": 42}""", org.springframework.test.json.JsonCompareMode.STRICT));

		mvc.perform(post("/api/v1/catalogue/imports").contentType("text/csv").content(csv)
				.with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.unchanged").value(397))
			.andExpect(jsonPath("$.rejected").isEmpty());
	}

	/**
	 * 397 procedures in the seed's split. With fees: the first 52 fully online, 58 partly online and 6 in person;
	 * fee-exempt (online submission, NQ 12/2025/NQ-HĐND): 42 of the fully online ones with fees.
	 */
	static CatalogueCsv seedMix() {
		CatalogueCsv csv = CatalogueCsv.withColumns("fee_exempt_channel");
		int code = 100000;
		code = add(csv, code, "FULL_ONLINE", 212, 52, 42);
		code = add(csv, code, "PARTIAL_ONLINE", 155, 58, 0);
		add(csv, code, "IN_PERSON", 30, 6, 0);
		return csv;
	}

	private static int add(CatalogueCsv csv, int code, String level, int count, int withFees, int exempt) {
		for (int i = 0; i < count; i++) {
			boolean fee = i < withFees;
			boolean free = i < exempt;
			csv.procedure("8." + (code + i), "Thủ tục mẫu số " + (code + i), level, fee ? 20000 : 0, free,
					free ? "ONLINE" : "");
		}
		return code + count;
	}
}
