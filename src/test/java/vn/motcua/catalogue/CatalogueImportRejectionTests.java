package vn.motcua.catalogue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad CSV files: each bad line is reported with its number and the reason in Vietnamese; the good lines go in. */
@MotCuaTest
class CatalogueImportRejectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Clock clock;

	@Test
	void badLinesAreReportedOneByOneAndTheGoodOnesGoIn() throws Exception {
		CatalogueCsv csv = CatalogueCsv.standard()
			.procedure("6.200001", "Thủ tục tốt thứ nhất", "FULL_ONLINE", 0, false)
			.procedure("6.2001", "Mã sai dạng", "FULL_ONLINE", 0, false)
			.procedure("6.200003", "Phí âm", "FULL_ONLINE", -5000, false)
			.procedure("6.200004", "Mức độ lạ", "TOAN_TRINH", 0, false)
			.procedure("6.200001", "Thủ tục tốt thứ nhất viết lại", "FULL_ONLINE", 0, false)
			.raw("6.200006,Thiếu cột,Hộ tịch,FULL_ONLINE")
			.row("6.200007", "Miễn phí không căn cứ", "Hộ tịch", "IN_PERSON", "3", "WORKING_DAYS", "10000", "true", "", "")
			.row("6.200008", "Thời hạn lạ", "Hộ tịch", "IN_PERSON", "ba", "WEEKS", "10.000", "có", "", "")
			.procedure("6.200009", "Thủ tục tốt thứ hai", "IN_PERSON", 10000, false);

		perform(csv.bytes())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.rejected.length()").value(7))
			.andExpect(jsonPath("$.rejected[0].line").value(3))
			.andExpect(jsonPath("$.rejected[0].errors[0]").value("Mã thủ tục \"6.2001\" không đúng dạng d.dddddd (ví dụ 1.001193)."))
			.andExpect(jsonPath("$.rejected[1].line").value(4))
			.andExpect(jsonPath("$.rejected[1].code").value("6.200003"))
			.andExpect(jsonPath("$.rejected[1].errors[0]").value("Phí, lệ phí không được âm: -5000."))
			.andExpect(jsonPath("$.rejected[2].line").value(5))
			.andExpect(jsonPath("$.rejected[2].errors[0]").value(
					"Mức độ dịch vụ công trực tuyến \"TOAN_TRINH\" không hợp lệ: dùng FULL_ONLINE, PARTIAL_ONLINE, IN_PERSON."))
			.andExpect(jsonPath("$.rejected[3].line").value(6))
			.andExpect(jsonPath("$.rejected[3].errors[0]").value("Mã 6.200001 đã có ở dòng 2 của tệp này."))
			.andExpect(jsonPath("$.rejected[4].line").value(7))
			.andExpect(jsonPath("$.rejected[4].errors[0]").value("Dòng có 4 cột, trong khi dòng tiêu đề có 10 cột."))
			.andExpect(jsonPath("$.rejected[5].line").value(8))
			.andExpect(jsonPath("$.rejected[5].errors[0]").value(
					"Thủ tục được miễn phí, lệ phí nhưng thiếu căn cứ pháp lý của việc miễn (cột fee_exempt_basis)."))
			.andExpect(jsonPath("$.rejected[6].line").value(9))
			.andExpect(jsonPath("$.rejected[6].errors.length()").value(4))
			.andExpect(jsonPath("$.rejected[6].errors[0]").value(
					"Đơn vị thời hạn \"WEEKS\" không hợp lệ: dùng WORKING_DAYS, CALENDAR_DAYS."))
			.andExpect(jsonPath("$.rejected[6].errors[1]").value(
					"Thời hạn giải quyết \"ba\" phải là số nguyên không âm (0 = trong ngày)."))
			.andExpect(jsonPath("$.rejected[6].errors[2]").value(
					"Phí, lệ phí \"10.000\" phải là số nguyên đồng (0 = không thu)."))
			.andExpect(jsonPath("$.rejected[6].errors[3]").value(
					"Cột fee_exempt phải là true hoặc false, không phải \"có\"."));

		LocalDate today = LocalDate.now(clock);
		assertThat(catalogue.inForce("6.200001", today)).get().extracting(ProcedureVersion::name)
			.isEqualTo("Thủ tục tốt thứ nhất");
		assertThat(catalogue.inForce("6.200009", today)).isPresent();
		assertThat(catalogue.inForce("6.200003", today)).isEmpty();
	}

	@Test
	void aLineThatIsNotUtf8IsRejectedAndTheOthersGoIn() throws Exception {
		String good = CatalogueCsv.standard().procedure("6.200010", "Thủ tục mã hóa đúng", "FULL_ONLINE", 0, false).text();
		byte[] latin = "6.200011,Thủ tục lưu bằng Windows-1258,Hộ tịch,FULL_ONLINE,3,WORKING_DAYS,0,false,,\n"
			.getBytes(Charset.forName("windows-1258"));
		byte[] csv = concat(good.getBytes(StandardCharsets.UTF_8), latin);

		perform(csv)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.rejected[0].line").value(3))
			.andExpect(jsonPath("$.rejected[0].errors[0]").value(
					"Dòng không đúng mã UTF-8 (tệp phải được lưu với mã hóa UTF-8)."));
	}

	@Test
	void aFileInAnotherEncodingOrWithoutTheRequiredColumnsIsRefusedAsAWhole() throws Exception {
		perform(CatalogueCsv.standard().procedure("6.200012", "Thủ tục", "FULL_ONLINE", 0, false).text()
			.getBytes(StandardCharsets.UTF_16))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(
					"Tệp không đúng mã UTF-8. Hãy lưu tệp CSV với mã hóa UTF-8 rồi nhập lại."));

		perform("code,name,field\n6.200013,Thủ tục,Hộ tịch\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(
					"Tệp thiếu cột bắt buộc: service_level, time_limit, time_unit, fee_vnd, fee_exempt, fee_exempt_basis, "
							+ "legal_basis. Các cột bắt buộc: code,name,field,service_level,time_limit,time_unit,fee_vnd,"
							+ "fee_exempt,fee_exempt_basis,legal_basis."));
		assertThat(catalogue.inForce("6.200013", LocalDate.now(clock))).isEmpty();
	}

	/** A row that leaves cells to the defaults stores them in Vietnamese, from the catalogue bundle. */
	@Test
	void aRowWithoutOptionalCellsStoresTheDefaultsInVietnamese() throws Exception {
		perform(CatalogueCsv.withColumns("fee_exempt_channel")
			.procedure("6.200020", "Thủ tục mặc định", "FULL_ONLINE", 8000, true, "ONLINE")
			.bytes())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		perform(CatalogueCsv.withColumns("fee_to_be_set", "fee_kind")
			.procedure("6.200021", "Thủ tục phí do tỉnh định", "IN_PERSON", 0, false, "true", "PHI")
			.bytes())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		ProcedureVersion imported = catalogue.inForce("6.200020", LocalDate.now(clock)).orElseThrow();
		assertThat(imported.implementingLevel()).isEqualTo("Cấp xã");
		assertThat(imported.implementingAgency()).isEqualTo("Ủy ban nhân dân cấp xã");
		assertThat(imported.fees()).extracting(Fee::description).containsExactly("Lệ phí");
		assertThat(imported.feeExemptions()).extracting(FeeExemption::description)
			.containsExactly("Miễn phí, lệ phí khi nộp hồ sơ trực tuyến");
		assertThat(imported.steps()).extracting(ProcessingStep::unit, ProcessingStep::description).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Bộ phận Một cửa", "Tiếp nhận, kiểm tra hồ sơ, chuyển xử lý"),
				org.assertj.core.groups.Tuple.tuple("Công chức chuyên môn", "Thẩm định hồ sơ, dự thảo kết quả"),
				org.assertj.core.groups.Tuple.tuple("Lãnh đạo UBND xã", "Xem xét, ký duyệt kết quả"),
				org.assertj.core.groups.Tuple.tuple("Bộ phận Một cửa", "Trả kết quả"));
		assertThat(catalogue.inForce("6.200021", LocalDate.now(clock)).orElseThrow().fees())
			.extracting(Fee::description).containsExactly("Phí (mức thu do HĐND tỉnh quy định)");
	}

	@Test
	void onlyTheInstallationAdministratorImports() throws Exception {
		mvc.perform(post("/api/v1/catalogue/imports").contentType("text/csv").content("x"))
			.andExpect(status().isUnauthorized());
	}

	private org.springframework.test.web.servlet.ResultActions perform(byte[] csv) throws Exception {
		return mvc.perform(post("/api/v1/catalogue/imports").contentType("text/csv").content(csv)
			.with(httpBasic("admin", "admin-test-password")));
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
