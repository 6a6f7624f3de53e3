package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator edits the calendar on /admin/calendar: the edit is in force at once, audited, announced, and the
 * open dossiers' due dates are recomputed in the same transaction (here by a test bean that "moves" 7 dossiers).
 */
@MotCuaTest
class CalendarAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DeadlineCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SevenDossiers recomputation;

	@Autowired
	MessageSource messages;

	@TestConfiguration
	static class SevenDossiers implements DueDateRecomputation {

		final List<CalendarChanged> changes = new CopyOnWriteArrayList<>();

		final List<Boolean> sawTheNewCalendarInATransaction = new CopyOnWriteArrayList<>();

		@Autowired
		DeadlineCalendar deadlines;

		@Override
		public int recomputeOpenDueDates(CalendarChanged change) {
			changes.add(change);
			LocalDate date = change.dates().iterator().next();
			sawTheNewCalendarInATransaction.add(TransactionSynchronizationManager.isActualTransactionActive()
					&& deadlines.isWorkingDay(date) == CalendarDay.isWeekend(date));
			return 7;
		}
	}

	@Test
	void anAdministratorAddsADayOffAndSeesHowManyDueDatesMoved() throws Exception {
		LocalDate day = LocalDate.of(2031, 11, 24); // Monday: "Ngày Văn hóa Việt Nam", once the law is amended
		assertThat(calendar.isWorkingDay(day)).isTrue();
		assertThat(calendar.isProvisional(2031)).isTrue();

		mvc.perform(post("/admin/calendar/days").with(installationAdmin()).with(csrf())
			.param("date", "2031-11-24").param("type", "HOLIDAY").param("name", "Ngày Văn hóa Việt Nam")
			.param("legalSource", "Bộ luật Lao động (sửa đổi)"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/calendar?year=2031"))
			.andExpect(flash().attribute("success", "calendar.saved"))
			.andExpect(flash().attribute("successArg", 7));

		assertThat(calendar.isWorkingDay(day)).isFalse();
		assertThat(recomputation.changes).anyMatch(change -> change.year() == 2031 && change.dates().contains(day));
		assertThat(recomputation.sawTheNewCalendarInATransaction).doesNotContain(false);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CALENDAR_DAY_ADDED' and target = ?")
			.param("calendar:2031-11-24").query(Integer.class).single()).isEqualTo(1);
		// The provisional days were stored with the edit, so the year still shows Tết, and it is still provisional.
		assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 23))).isFalse(); // Tết Tân Hợi (mùng 1)
		assertThat(calendar.isProvisional(2031)).isTrue();

		// The page after the redirect says it.
		mvc.perform(get("/admin/calendar").param("year", "2031").with(officer("admin", "INSTALLATION_ADMIN", "ROLE_ADMINISTRATOR"))
			.flashAttr("success", "calendar.saved").flashAttr("successArg", 7))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã tính lại hạn giải quyết của 7 hồ sơ")))
			.andExpect(content().string(containsString("Ngày Văn hóa Việt Nam")))
			.andExpect(content().string(containsString("id=\"provisional-notice\"")));
	}

	@Test
	void aDayCannotBeBothADayOffAndAMakeUpDay() throws Exception {
		// 01/05/2032 is a Saturday holiday (with a compensatory Monday): it cannot also be a make-up day.
		LocalDate holidaySaturday = LocalDate.of(2032, 5, 1);
		mvc.perform(post("/admin/calendar/days").with(installationAdmin()).with(csrf())
			.param("date", holidaySaturday.toString()).param("type", "MAKEUP_WORKDAY").param("name", "Làm bù"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Một ngày không thể vừa là ngày nghỉ vừa là ngày làm bù")));
		assertThat(calendar.isWorkingDay(holidaySaturday)).isFalse();

		mvc.perform(post("/admin/calendar/days").with(installationAdmin()).with(csrf())
			.param("date", "2032-03-03").param("type", "MAKEUP_WORKDAY").param("name", "Làm bù"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật")));
		mvc.perform(post("/admin/calendar/days").with(installationAdmin()).with(csrf())
			.param("date", "03/03/2032").param("type", "HOLIDAY").param("name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập ngày theo dạng năm-tháng-ngày")))
			.andExpect(content().string(containsString("Nhập tên của ngày")));
	}

	@Test
	void theDayFormIsCheckedByItsRecordsConstraintsWithMessagesFromTheBundle() throws Exception {
		String longName = "Ngày ".repeat(41); // 205 characters
		mvc.perform(post("/admin/calendar/days").with(installationAdmin()).with(csrf())
			.param("type", "NOT_A_TYPE").param("name", longName).param("legalSource", "x".repeat(301)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập ngày theo dạng năm-tháng-ngày")))
			.andExpect(content().string(containsString("Chọn loại ngày.")))
			.andExpect(content().string(containsString("Tên của ngày không quá 200 ký tự.")))
			.andExpect(content().string(containsString("Căn cứ pháp lý không quá 300 ký tự.")));
		mvc.perform(post("/admin/calendar/days").param("lang", "en").with(installationAdmin()).with(csrf())
			.param("date", "2034-03-03").param("type", "HOLIDAY").param("name", longName))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The name of the day is at most 200 characters.")));
		assertThat(calendar.isWorkingDay(LocalDate.of(2034, 3, 3))).isTrue();

		// A change is checked the same way; the listed day stays as it was.
		mvc.perform(post("/admin/calendar/days/2026-01-01").with(installationAdmin()).with(csrf())
			.param("type", "HOLIDAY").param("name", " ").param("legalSource", "x".repeat(301)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập tên của ngày")))
			.andExpect(content().string(containsString("Căn cứ pháp lý không quá 300 ký tự.")));
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
		mvc.perform(get("/admin/calendar/days/2026-01-01").with(installationAdmin()))
			.andExpect(content().string(containsString("Tết Dương lịch")));
	}

	@Test
	void changingRemovingAndConfirmingAYear() throws Exception {
		// 2033: add a make-up Saturday, change its name, remove it, confirm the year.
		LocalDate saturday = LocalDate.of(2033, 6, 4);
		mvc.perform(post("/admin/calendar/days").with(installationAdmin()).with(csrf())
			.param("date", saturday.toString()).param("type", "MAKEUP_WORKDAY").param("name", "Làm bù thử"))
			.andExpect(status().is3xxRedirection());
		assertThat(calendar.isWorkingDay(saturday)).isTrue();
		String form = mvc.perform(get("/admin/calendar/days/2033-06-04").with(installationAdmin()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(form)).contains("value=\"Làm bù thử\"");
		mvc.perform(post("/admin/calendar/days/2033-06-04").with(installationAdmin()).with(csrf())
			.param("type", "MAKEUP_WORKDAY").param("name", "Làm bù cho ngày 03/06").param("legalSource", "UBND tỉnh"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/calendar/years/2033").with(httpBasic("admin", "admin-test-password")))
			.andExpect(jsonPath("$.days[?(@.date == '2033-06-04')].name").value("Làm bù cho ngày 03/06"))
			.andExpect(jsonPath("$.provisional").value(true));
		mvc.perform(post("/admin/calendar/days/2033-06-04/delete").with(installationAdmin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "calendar.removed"));
		assertThat(calendar.isWorkingDay(saturday)).isFalse();

		mvc.perform(post("/admin/calendar/years/2033/confirm").with(installationAdmin()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(calendar.isProvisional(2033)).isFalse();
		mvc.perform(get("/api/v1/calendar/years/2033").with(httpBasic("admin", "admin-test-password")))
			.andExpect(jsonPath("$.provisional").value(false));
		assertThat(jdbc.sql("select count(*) from audit_entry where action like 'CALENDAR_%' and target like ?")
			.param("calendar:2033%").query(Integer.class).single()).isEqualTo(4);
	}

	@Test
	void theYearPageShowsTheMonthGridWithLegalSources() throws Exception {
		mvc.perform(get("/admin/calendar").param("year", "2026").with(installationAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lịch làm việc năm 2026")))
			.andExpect(content().string(containsString("calendar-day calendar-day--makeup")))
			.andExpect(content().string(containsString("Nghỉ bù Giỗ Tổ Hùng Vương (26/04 là Chủ nhật)")))
			.andExpect(content().string(containsString("Căn cứ: Thông báo 9441/TB-BNV ngày 16/10/2025")))
			.andExpect(content().string(containsString("title=\"Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026) – Thông báo 9441/TB-BNV")))
			.andExpect(content().string(not(containsString("id=\"provisional-notice\""))));
		// A commune's administrator sees the calendar but cannot edit it.
		mvc.perform(get("/admin/calendar").param("year", "2026").with(officer("commune-admin", "ROLE_ADMINISTRATOR", "AGENCY_14908_ADMINISTRATOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"add-day\""))));
		mvc.perform(post("/admin/calendar/days").with(officer("commune-admin", "ROLE_ADMINISTRATOR", "AGENCY_14908_ADMINISTRATOR")).with(csrf())
			.param("date", "2026-06-01").param("type", "HOLIDAY").param("name", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAgencySetsItsOwnCutOffAndClosingTime() throws Exception {
		var communeAdmin = officer("commune-admin-14908", "ROLE_ADMINISTRATOR", "AGENCY_14908_ADMINISTRATOR");
		int changesBefore = officeHoursChanges();
		mvc.perform(get("/admin/calendar/office-hours").with(communeAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"hours-14908\"")));
		mvc.perform(post("/admin/calendar/office-hours/14908").with(communeAdmin).with(csrf())
			.param("openingTime", "07:30").param("cutOff", "16:30").param("closingTime", "16:00"))
			.andExpect(flash().attribute("failure", "calendar.error.cutOffAfterClosing"));
		mvc.perform(post("/admin/calendar/office-hours/14908").with(communeAdmin).with(csrf())
			.param("openingTime", "07:30").param("cutOff", "25:00").param("closingTime", ""))
			.andExpect(flash().attribute("failureText", "Nhập giờ theo dạng giờ:phút, ví dụ 15:00."));
		mvc.perform(post("/admin/calendar/office-hours/14908").with(communeAdmin).with(csrf())
			.param("openingTime", "07:30").param("cutOff", "16:00").param("closingTime", "17:30"))
			.andExpect(flash().attribute("success", "calendar.officeHours.saved"));
		assertThat(calendar.cutOff("14908")).isEqualTo(LocalTime.of(16, 0));
		DueDate due = calendar.dueDate("14908", OffsetDateTime.parse("2025-07-01T15:30:00+07:00"),
				TimeLimit.workingDays(1));
		assertThat(due.startDate()).isEqualTo("2025-07-01");
		assertThat(due.dueAt()).isEqualTo(OffsetDateTime.parse("2025-07-02T17:30:00+07:00"));
		// Another commune's administrator may not set them.
		mvc.perform(post("/admin/calendar/office-hours/14908").with(officer("other", "ROLE_ADMINISTRATOR", "AGENCY_99999_ADMINISTRATOR")).with(csrf())
			.param("openingTime", "07:30").param("cutOff", "10:00").param("closingTime", "11:00"))
			.andExpect(status().isNotFound());
		assertThat(officeHoursChanges()).isEqualTo(changesBefore + 1);
		mvc.perform(post("/admin/calendar/office-hours/14908").with(communeAdmin).with(csrf())
			.param("openingTime", "07:30").param("cutOff", "15:00").param("closingTime", "17:00"));
	}

	@Test
	void anAgencySetsItsOwnOpeningTimeWhichMustComeBeforeTheClosingTimeAndTheCutOff() throws Exception {
		var communeAdmin = officer("commune-admin-mo-cua", "ROLE_ADMINISTRATOR", "AGENCY_14908_ADMINISTRATOR");
		assertThat(calendar.officeHours("14908").openingTime()).as("the default").isEqualTo(LocalTime.of(7, 30));
		mvc.perform(get("/admin/calendar/office-hours").with(communeAdmin))
			.andExpect(content().string(containsString("id=\"opening-14908\"")))
			.andExpect(content().string(containsString("Giờ bắt đầu làm việc")));
		mvc.perform(get("/admin/calendar/office-hours").param("lang", "en").with(communeAdmin))
			.andExpect(content().string(containsString("Opening time")));
		mvc.perform(post("/admin/calendar/office-hours/14908").with(communeAdmin).with(csrf())
			.param("openingTime", "17:00").param("cutOff", "15:00").param("closingTime", "17:00"))
			.andExpect(flash().attribute("failure", "calendar.error.openingNotBeforeClosing"));
		assertThat(messages.getMessage("calendar.error.openingNotBeforeClosing", null, Locale.forLanguageTag("vi")))
			.isEqualTo("Giờ bắt đầu làm việc phải sớm hơn giờ kết thúc làm việc.");
		mvc.perform(post("/admin/calendar/office-hours/14908").with(communeAdmin).with(csrf())
			.param("openingTime", "09:00").param("cutOff", "08:30").param("closingTime", "17:00"))
			.andExpect(flash().attribute("failure", "calendar.error.cutOffBeforeOpening"));
		mvc.perform(post("/admin/calendar/office-hours/14908").with(communeAdmin).with(csrf())
			.param("openingTime", "7 giờ").param("cutOff", "15:00").param("closingTime", "17:00"))
			.andExpect(flash().attribute("failureText", "Nhập giờ theo dạng giờ:phút, ví dụ 07:30."));
		assertThat(calendar.officeHours("14908").openingTime()).as("nothing refused is saved").isEqualTo(LocalTime.of(7, 30));
		try {
			mvc.perform(post("/admin/calendar/office-hours/14908").with(communeAdmin).with(csrf())
				.param("openingTime", "08:00").param("cutOff", "15:00").param("closingTime", "17:00"))
				.andExpect(flash().attribute("success", "calendar.officeHours.saved"));
			assertThat(calendar.officeHours("14908"))
				.isEqualTo(new OfficeHours(LocalTime.of(8, 0), LocalTime.of(15, 0), LocalTime.of(17, 0)));
			mvc.perform(get("/admin/calendar/office-hours").with(communeAdmin))
				.andExpect(content().string(containsString("id=\"opening-14908\" value=\"08:00\"")));
			assertThat(jdbc.sql("select after_value from audit_entry where action = 'OFFICE_HOURS_CHANGED' and agency_code = '14908' order by id desc limit 1")
				.query(String.class).single()).isEqualTo("opening 08:00, cut-off 15:00, closing 17:00");
		}
		finally {
			mvc.perform(post("/admin/calendar/office-hours/14908").with(communeAdmin).with(csrf())
				.param("openingTime", "07:30").param("cutOff", "15:00").param("closingTime", "17:00"));
		}
	}

	private int officeHoursChanges() {
		return jdbc.sql("select count(*) from audit_entry where action = 'OFFICE_HOURS_CHANGED' and agency_code = '14908'")
			.query(Integer.class).single();
	}

	@Test
	void theCountdownReadsWellInBothLanguages() {
		Locale vi = Locale.forLanguageTag("vi");
		Countdown remaining = new Countdown(Countdown.State.REMAINING, 2);
		Countdown today = new Countdown(Countdown.State.DUE_TODAY, 0);
		Countdown overdue = new Countdown(Countdown.State.OVERDUE, 3);
		assertThat(messages.getMessage(remaining.messageKey(), remaining.messageArgs(), vi)).isEqualTo("còn 2 ngày làm việc");
		assertThat(messages.getMessage(today.messageKey(), today.messageArgs(), vi)).isEqualTo("hạn hôm nay");
		assertThat(messages.getMessage(overdue.messageKey(), overdue.messageArgs(), vi)).isEqualTo("quá hạn 3 ngày làm việc");
		assertThat(messages.getMessage(remaining.messageKey(), remaining.messageArgs(), Locale.ENGLISH))
			.isEqualTo("2 working days left");
		assertThat(messages.getMessage("calendar.countdown.overdue", new Object[] { 1 }, Locale.ENGLISH))
			.isEqualTo("overdue by 1 working day");
	}

	private static RequestPostProcessor installationAdmin() {
		return officer("admin", "INSTALLATION_ADMIN", "ROLE_ADMINISTRATOR");
	}

	/** A signed-in officer as the layout needs one (it prints the full name). */
	private static RequestPostProcessor officer(String username, String... authorities) {
		return user(new TestOfficer(username, AuthorityUtils.createAuthorityList(authorities)));
	}

	static class TestOfficer extends User {

		private static final long serialVersionUID = 1L;

		TestOfficer(String username, List<GrantedAuthority> authorities) {
			super(username, "unused", authorities);
		}

		public String getFullName() {
			return "Cán bộ " + getUsername();
		}
	}
}
