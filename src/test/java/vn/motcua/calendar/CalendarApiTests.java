package vn.motcua.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The fixed calendar API of legal-rules.md §5, on the shipped data. */
@MotCuaTest
class CalendarApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void dueDateOfTheLegalRulesExample() throws Exception {
		mvc.perform(get("/api/v1/calendar/due-date").with(httpBasic("admin", "admin-test-password"))
			.param("receivedAt", "2025-09-01T10:15:00+07:00").param("amount", "3").param("unit", "WORKING_DAYS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.startDate").value("2025-09-03"))
			.andExpect(jsonPath("$.dueDate").value("2025-09-08"))
			.andExpect(jsonPath("$.dueAt").value("2025-09-08T17:00:00+07:00"))
			.andExpect(jsonPath("$.provisional").value(false));
	}

	@Test
	void anUnencodedPlusAndAnAgencyAreAccepted() throws Exception {
		// "+07:00" typed into a URL arrives as " 07:00".
		mvc.perform(get("/api/v1/calendar/due-date?receivedAt=2026-02-10T09:00:00+07:00&amount=5&unit=CALENDAR_DAYS&agency=14908")
			.with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.startDate").value("2026-02-10"))
			.andExpect(jsonPath("$.dueDate").value("2026-02-23"));
	}

	@Test
	void aYearWithItsOfficialDays() throws Exception {
		mvc.perform(get("/api/v1/calendar/years/2026").with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.provisional").value(false))
			.andExpect(jsonPath("$.days[*].date", hasItem("2026-01-10")))
			.andExpect(jsonPath("$.days[?(@.date == '2026-01-10')].type").value("MAKEUP_WORKDAY"))
			.andExpect(jsonPath("$.days[?(@.date == '2026-04-27')].type").value("COMPENSATORY_DAY_OFF"))
			.andExpect(jsonPath("$.days[?(@.date == '2026-08-31')].type").value("SWAPPED_DAY_OFF"))
			.andExpect(jsonPath("$.days[*].date", hasItem("2026-08-22")))
			// Giỗ Tổ on Sunday 26/04 changes nothing in the week, so the API does not list it.
			.andExpect(jsonPath("$.days[*].date", not(hasItem("2026-04-26"))))
			.andExpect(jsonPath("$.days", hasSize(15)));
		mvc.perform(get("/api/v1/calendar/years/2025").with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.provisional").value(false))
			.andExpect(jsonPath("$.days[?(@.date == '2025-04-26')].type").value("MAKEUP_WORKDAY"))
			.andExpect(jsonPath("$.days[?(@.date == '2025-05-02')].type").value("SWAPPED_DAY_OFF"))
			.andExpect(jsonPath("$.days", hasSize(13)));
	}

	@Test
	void aYearWithoutOfficialDataIsProvisional() throws Exception {
		mvc.perform(get("/api/v1/calendar/years/2029").with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.provisional").value(true))
			.andExpect(jsonPath("$.days[?(@.date == '2029-02-13')].type").value("HOLIDAY")) // Tết Kỷ Dậu
			.andExpect(jsonPath("$.days[?(@.date == '2029-04-23')].type").value("HOLIDAY")); // Giỗ Tổ
		mvc.perform(get("/api/v1/calendar/due-date").with(httpBasic("admin", "admin-test-password"))
			.param("receivedAt", "2029-02-09T10:00:00+07:00").param("amount", "1").param("unit", "WORKING_DAYS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueDate").value("2029-02-19"))
			.andExpect(jsonPath("$.provisional").value(true));
	}

	@Test
	void badInputGetsA400WithTheReason() throws Exception {
		expect400("receivedAt=2025-09-01T10:15:00+07:00&amount=-1&unit=WORKING_DAYS", "không được âm");
		expect400("receivedAt=2025-09-01T10:15:00+07:00&amount=3&unit=WEEKS", "unit 'WEEKS' không hợp lệ");
		expect400("receivedAt=01/09/2025&amount=3&unit=WORKING_DAYS", "không đúng định dạng ISO-8601");
		expect400("receivedAt=2025-09-01T10:15:00+07:00&amount=ba&unit=WORKING_DAYS", "không phải là một số nguyên");
		expect400("amount=3&unit=WORKING_DAYS", "Thiếu tham số receivedAt");
		expect400("receivedAt=1899-12-30T10:15:00+07:00&amount=3&unit=WORKING_DAYS", "1900–2100");
		expect400("receivedAt=2025-09-01T10:15:00+07:00&amount=3&unit=WORKING_DAYS&agency=00000", "00000");
		for (String year : new String[] { "1899", "2101", "abc" }) {
			mvc.perform(get("/api/v1/calendar/years/" + year).with(httpBasic("admin", "admin-test-password")))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.detail", containsString(year)));
		}
	}

	@Test
	void theApiNeedsAnAccount() throws Exception {
		mvc.perform(get("/api/v1/calendar/years/2026")).andExpect(status().isUnauthorized());
	}

	private void expect400(String query, String reason) throws Exception {
		mvc.perform(get("/api/v1/calendar/due-date?" + query).with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail", containsString(reason)));
	}
}
