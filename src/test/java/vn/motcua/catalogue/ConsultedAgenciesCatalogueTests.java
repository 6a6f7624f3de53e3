package vn.motcua.catalogue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Liên thông as catalogue data (issue 13 item 12; NĐ 61/2018 Art. 19.5, NĐ 118/2025 Art. 18): a procedure version
 * lists the agencies it consults with each one's share of the time limit (NĐ 297/2025's khai sinh – thường trú – BHYT
 * group), from the CSV import and the administrator's form; the shares must leave the receiving agency part of the
 * time limit; the public procedure page shows them.
 */
@MotCuaTest
class ConsultedAgenciesCatalogueTests {

	@Autowired
	CatalogueImport imports;

	@Autowired
	Catalogue catalogue;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService officers;

	@Test
	void theCsvImportCarriesTheSplitAndThePublicPageShowsIt() throws Exception {
		CatalogueCsv csv = CatalogueCsv.withColumns("effective_from", "consulted_agencies")
			.row("7.200301", "Liên thông khai sinh thường trú BHYT nhập CSV", "Hộ tịch", "FULL_ONLINE", "16",
					"WORKING_DAYS", "0", "false", "", "Nghị định 297/2025/NĐ-CP", "2025-07-01",
					"Công an xã: 3\nBảo hiểm xã hội khu vực: 10")
			.row("7.200302", "Liên thông sai dạng", "Hộ tịch", "FULL_ONLINE", "16", "WORKING_DAYS", "0", "false", "",
					"Nghị định 297/2025/NĐ-CP", "2025-07-01", "Công an xã: ba")
			.row("7.200303", "Liên thông quá thời hạn", "Hộ tịch", "FULL_ONLINE", "5", "WORKING_DAYS", "0", "false", "",
					"Nghị định 297/2025/NĐ-CP", "2025-07-01", "Công an xã: 3; Bảo hiểm xã hội: 2");
		ImportResult result = imports.importCsv(new ByteArrayInputStream(csv.bytes()));
		assertThat(result.rejected()).extracting(ImportResult.Rejection::code).containsExactly("7.200302", "7.200303");
		assertThat(result.rejected().get(0).errors())
			.containsExactly("Cơ quan liên thông “Công an xã: ba” không đúng dạng “Tên cơ quan: số ngày làm việc” (ít nhất 1 ngày).");
		assertThat(result.rejected().get(1).errors())
			.containsExactly("Tổng thời gian giao các cơ quan liên thông (5 ngày làm việc) phải ít hơn thời hạn giải quyết (5).");
		ProcedureVersion version = catalogue.inForce("7.200301", LocalDate.of(2025, 8, 1)).orElseThrow();
		assertThat(version.consultedAgencies()).containsExactly(new ConsultedAgency(1, "Công an xã", 3),
				new ConsultedAgency(2, "Bảo hiểm xã hội khu vực", 10));

		String page = HtmlUtils.htmlUnescape(mvc.perform(get("/public/thu-tuc/7.200301")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page).contains("Cơ quan phối hợp giải quyết (liên thông)", "Công an xã: 3 ngày",
				"Bảo hiểm xã hội khu vực: 10 ngày");
	}

	@Test
	void theAdministratorsFormKeepsTheSplitAndRefusesSharesThatLeaveNothing() throws Exception {
		String refused = HtmlUtils.htmlUnescape(newProcedure("7.200311", "5", "Công an xã", "3", "Bảo hiểm xã hội", "2")
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(refused).contains("Tổng thời gian giao các cơ quan phối hợp (5 ngày làm việc) phải ít hơn thời hạn giải quyết (5).")
			.contains("value=\"Bảo hiểm xã hội\"");
		assertThat(catalogue.history("7.200311")).isEmpty();
		String word = HtmlUtils.htmlUnescape(newProcedure("7.200311", "5", "Công an xã", "ba", "", "")
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(word).contains("Mỗi cơ quan phối hợp cần có tên và số ngày làm việc được giao (số nguyên, ít nhất 1).");

		newProcedure("7.200311", "16", "Công an xã", "3", "Bảo hiểm xã hội", "10").andExpect(status().is3xxRedirection());
		ProcedureVersion saved = catalogue.history("7.200311").get(0);
		assertThat(saved.consultedAgencies()).extracting(ConsultedAgency::agency, ConsultedAgency::shareWorkingDays)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Công an xã", 3),
					org.assertj.core.groups.Tuple.tuple("Bảo hiểm xã hội", 10));
		String edit = HtmlUtils.htmlUnescape(mvc.perform(get("/admin/catalogue/versions/" + saved.id()).with(admin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(edit).contains("value=\"Công an xã\"", "value=\"Bảo hiểm xã hội\"", "value=\"10\"");
	}

	private org.springframework.test.web.servlet.ResultActions newProcedure(String code, String days, String first,
			String firstDays, String second, String secondDays) throws Exception {
		return mvc.perform(post("/admin/catalogue/new").with(admin()).with(csrf())
			.param("code", code).param("name", "Liên thông qua biểu mẫu").param("field", "Hộ tịch")
			.param("implementingLevel", "Cấp xã").param("implementingAgency", "UBND xã")
			.param("serviceLevel", "FULL_ONLINE").param("timeAmount", days).param("timeUnit", "WORKING_DAYS")
			.param("supplementPolicy", "RESTART").param("effectiveFrom", "2025-07-01")
			.param("steps[0].unit", "Một cửa").param("steps[0].role", "RECEIVING_OFFICER")
			.param("steps[0].workingDays", days).param("steps[0].description", "Tiếp nhận, giải quyết và trả kết quả")
			.param("consulted[0].agency", first).param("consulted[0].shareWorkingDays", firstDays)
			.param("consulted[1].agency", second).param("consulted[1].shareWorkingDays", secondDays));
	}

	private RequestPostProcessor admin() {
		return SecurityMockMvcRequestPostProcessors.user(officers.loadUserByUsername("admin"));
	}
}
