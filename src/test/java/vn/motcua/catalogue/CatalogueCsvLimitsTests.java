package vn.motcua.catalogue;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 1, for the catalogue CSV: a quote never closed and a line of megabytes are rejected lines with their
 * reason in Vietnamese; the reader keeps its memory bounded and reads the rest of the file on.
 */
@MotCuaTest
class CatalogueCsvLimitsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Clock clock;

	@Test
	void aQuoteNeverClosedRejectsItsLineAndTheNextLinesAreReadOn() throws Exception {
		CatalogueCsv csv = CatalogueCsv.standard()
			.procedure("6.300001", "Thủ tục trước dòng lỗi", "FULL_ONLINE", 0, false)
			.raw("6.300002,\"Tên có ngoặc kép không đóng,Hộ tịch,FULL_ONLINE,3,WORKING_DAYS,0,false,,Luật Hộ tịch")
			.procedure("6.300003", "Thủ tục sau dòng lỗi", "FULL_ONLINE", 0, false)
			.procedure("6.300004", "Thủ tục cuối tệp", "IN_PERSON", 0, false);

		perform(csv.bytes())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(3))
			.andExpect(jsonPath("$.rejected.length()").value(1))
			.andExpect(jsonPath("$.rejected[0].line").value(3))
			.andExpect(jsonPath("$.rejected[0].errors[0]").value(containsString("Dấu ngoặc kép (\") mở ở dòng này không được đóng")));
		LocalDate today = LocalDate.now(clock);
		assertThat(catalogue.inForce("6.300003", today)).isPresent();
		assertThat(catalogue.inForce("6.300004", today)).isPresent();
	}

	@Test
	void anOpenQuoteBeforeMegabytesOfLinesSwallowsAtMostOneMegabyteAndTheFileIsReadToTheEnd() throws Exception {
		CatalogueCsv csv = CatalogueCsv.standard().raw("6.300010,\"Ngoặc mở rồi bỏ quên,Hộ tịch");
		int filler = 9_000;
		String padding = "Dòng độn không hợp lệ ".repeat(15);
		for (int i = 0; i < filler; i++) {
			csv.raw("x" + i + "," + padding + ",Hộ tịch,FULL_ONLINE,3,WORKING_DAYS,0,false,,Luật");
		}
		csv.procedure("6.300011", "Thủ tục sau ba megabyte", "FULL_ONLINE", 0, false);
		assertThat(csv.bytes().length).isGreaterThan(3 * 1024 * 1024);

		perform(csv.bytes())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.rejected.length()").value(1 + filler))
			.andExpect(jsonPath("$.rejected[0].line").value(2))
			.andExpect(jsonPath("$.rejected[0].errors[0]").value(containsString("không được đóng")))
			.andExpect(jsonPath("$.rejected[1].line").value(3))
			.andExpect(jsonPath("$.rejected[1].errors[0]").value(containsString("không đúng dạng")));
		assertThat(catalogue.inForce("6.300011", LocalDate.now(clock))).isPresent();
	}

	@Test
	void aLineOfMegabytesIsRejectedWithoutBeingKept() throws Exception {
		CatalogueCsv csv = CatalogueCsv.standard().raw("6.300020," + "Đ".repeat(3 * 1024 * 1024))
			.procedure("6.300021", "Thủ tục sau dòng dài", "FULL_ONLINE", 0, false);

		perform(csv.bytes())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.rejected[0].line").value(2))
			.andExpect(jsonPath("$.rejected[0].errors[0]").value("Dòng dài quá 1 MB: không đọc dòng này."));
	}

	@Test
	void aMillionBadLinesListTheFirstTenThousandAndCountTheRest() throws Exception {
		CatalogueCsv csv = CatalogueCsv.standard();
		for (int i = 0; i < 10_050; i++) {
			csv.raw("y" + i + ",Sai mã,Hộ tịch,FULL_ONLINE,3,WORKING_DAYS,0,false,,Luật");
		}

		perform(csv.bytes())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rejected.length()").value(10_001))
			.andExpect(jsonPath("$.rejected[10000].line").value(10_002))
			.andExpect(jsonPath("$.rejected[10000].errors[0]").value(containsString("… và 50 dòng khác")));
	}

	private ResultActions perform(byte[] csv) throws Exception {
		return mvc.perform(post("/api/v1/catalogue/imports").contentType("text/csv").content(csv)
			.with(httpBasic("admin", "admin-test-password")));
	}
}
