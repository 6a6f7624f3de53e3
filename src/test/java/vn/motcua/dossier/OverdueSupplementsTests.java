package vn.motcua.dossier;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.calendar.DeadlineCalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The counter sees the supplement requests past the date the notice gave, or past 30 working days when it gave none,
 * most overdue first, with the request date and the age in working days; only its own agency's.
 */
@MotCuaTest
class OverdueSupplementsTests {

	static final String AGENCY = "99023";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeadlineCalendar calendar;

	@Test
	void theCounterSeesTheUnansweredRequestsPastTheirDateMostOverdueFirst() throws Exception {
		// counted back from the last working day on or before today: on a weekend or a holiday the ages read the same
		LocalDate today = TestClock.today();
		while (!calendar.isWorkingDay(today)) {
			today = today.minusDays(1);
		}
		CraftedHistory history = new CraftedHistory(jdbc, calendar, AGENCY);
		LocalDate longAgo = calendar.plusWorkingDays(today, -200);
		LocalDate fortyDays = calendar.plusWorkingDays(today, -40);
		LocalDate tenDays = calendar.plusWorkingDays(today, -10);
		awaiting(history, "OLD", longAgo, null);
		awaiting(history, "FORTY", fortyDays, null);
		awaiting(history, "RECENT", tenDays, null);
		// the notice gave a date (sector-law rule): the last day was 3 working days ago
		LocalDate lastDay = calendar.plusWorkingDays(today, -3);
		awaiting(history, "NOTICE", tenDays, lastDay.plusDays(1));
		long answered = history.dossier("ANSWERED", "DIRECT", longAgo + "T09:00", null, null, null);
		history.supplement(answered, longAgo + "T10:00", tenDays + "T10:00");
		awaiting(new CraftedHistory(jdbc, calendar, "99024"), "OTHER", longAgo, null);

		String page = mvc.perform(get("/inbox").with(CounterDesk.officer("tiepnhan.qua", AGENCY, "RECEIVING_OFFICER")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Yêu cầu bổ sung quá hạn chưa được bổ sung (3)", "quá 30 ngày làm việc");
		int old = page.indexOf("id=\"overdue-99023-STAT-OLD\"");
		int forty = page.indexOf("id=\"overdue-99023-STAT-FORTY\"");
		int notice = page.indexOf("id=\"overdue-99023-STAT-NOTICE\"");
		assertThat(old).as("most overdue first").isPositive().isLessThan(forty);
		assertThat(forty).isLessThan(notice);
		assertThat(page).doesNotContain("overdue-99023-STAT-RECENT", "overdue-99023-STAT-ANSWERED", "overdue-99024");
		String oldRow = page.substring(old, page.indexOf("</tr>", old));
		assertThat(oldRow).contains(fmt(longAgo), "200 ngày làm việc (quá hạn 170)", "(thông báo không ghi ngày)");
		String noticeRow = page.substring(notice, page.indexOf("</tr>", notice));
		assertThat(noticeRow).contains(fmt(tenDays), fmt(lastDay), "10 ngày làm việc (quá hạn 3)")
			.doesNotContain("không ghi ngày");

		assertThat(mvc.perform(get("/inbox").with(CounterDesk.officer("tiepnhan.khac", "99025", "RECEIVING_OFFICER")))
			.andReturn().getResponse().getContentAsString()).doesNotContain("overdue-supplements");
	}

	private void awaiting(CraftedHistory history, String name, LocalDate requestedOn, LocalDate lapsesOn) {
		long id = history.dossier(name, "DIRECT", requestedOn + "T08:00", null, null, null);
		history.supplement(id, requestedOn + "T10:00", null);
		history.step(id, "SUPPLEMENT_REQUESTED", "AWAITING_SUPPLEMENT", requestedOn + "T10:00");
		jdbc.sql("update dossier set supplement_lapses_on = ? where id = ?").params(lapsesOn, id).update();
	}

	private static String fmt(LocalDate date) {
		return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}
}
