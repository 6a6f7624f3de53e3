package vn.motcua.workload;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.dossier.CompleteIntake;
import vn.motcua.dossier.Decision;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStepRecorded;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.StepAction;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Officers are told (issue 16 item 5): a notice when a dossier is assigned to them or awaits their decision (one per
 * step, however often the step is told), a warning three working hours before a due time, their page
 * {@code /thong-bao} (only their notices and their agencies' dossiers), the notices e-mailed and the daily digest over
 * a real SMTP server (GreenMail), once per officer and day. The jobs are driven with explicit instants.
 */
@MotCuaTest
class OfficerNoticesTests {

	private static final String AGENCY = "14908";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static GreenMail mail;

	@Autowired
	Intake intake;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	Catalogue catalogue;

	@Autowired
	OfficerAccounts officers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DueWarnings warnings;

	@Autowired
	NoticeMailer mailer;

	@Autowired
	DailyDigest digest;

	@Autowired
	DeadlineCalendar calendar;


	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		mail.start();
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
		registry.add("motcua.mail.from", () -> "motcua@thienphu.gov.vn");
		// the tests run the jobs themselves, at the instants they choose
		registry.add("motcua.officers.warn-every", () -> "PT1H");
		registry.add("motcua.officers.mail-every", () -> "PT1H");
		registry.add("motcua.officers.digest-check-every", () -> "PT1H");
	}

	@AfterAll
	static void stop() {
		mail.stop();
	}

	@Test
	void anAssignedDossierMakesOneNoticeForTheSpecialistEvenWhenTheStepIsToldTwice() {
		String specialist = officer("cv.duocgiao", OfficerRole.SPECIALIST, null);
		Dossier d = received("Phạm Văn Được Giao");
		Dossier assigned = workflow.assign(d.code(), specialist, "tiepnhan");
		int step = assigned.steps().size();
		events.publishEvent(new DossierStepRecorded(assigned.id(), d.code(), AGENCY, step, StepAction.ASSIGNED,
				null, null, TestClock.START, "tiepnhan"));

		assertThat(notices(specialist, d.code())).containsExactly("ASSIGNED");
	}

	@Test
	void aProposalMakesANoticeForTheLeaderNamedOrElseEveryLeaderOfTheAgency() {
		String specialist = officer("cv.trinh", OfficerRole.SPECIALIST, null);
		String named = officer("ld.duocchon", OfficerRole.LEADER, null);
		String other = officer("ld.khac", OfficerRole.LEADER, null);
		Dossier toNamed = received("Lê Thị Trình Ký");
		workflow.assign(toNamed.code(), specialist, "tiepnhan");
		workflow.propose(toNamed.code(), Decision.APPROVED, "Đủ điều kiện", named, specialist);
		Dossier toAll = received("Lê Văn Trình Chung");
		workflow.assign(toAll.code(), specialist, "tiepnhan");
		workflow.propose(toAll.code(), Decision.REFUSED, "Không đủ điều kiện", null, specialist);

		assertThat(notices(named, toNamed.code())).containsExactly("AWAITING_DECISION");
		assertThat(notices(other, toNamed.code())).isEmpty();
		assertThat(notices(named, toAll.code())).containsExactly("AWAITING_DECISION");
		assertThat(notices(other, toAll.code())).containsExactly("AWAITING_DECISION");
		assertThat(notices("lanhdao", toAll.code())).containsExactly("AWAITING_DECISION");
		assertThat(notices(specialist, toNamed.code())).as("not told of their own proposal").containsExactly("ASSIGNED");
	}

	@Test
	void aWarningComesThreeWorkingHoursBeforeTheDueTimeOnceToTheSpecialistOrElseTheCounter() {
		String specialist = officer("cv.canhbao", OfficerRole.SPECIALIST, null);
		String counter = officer("tn.canhbao", OfficerRole.RECEIVING_OFFICER, null);
		LocalDate day = calendar.plusWorkingDays(TestClock.today(), 1);
		Dossier assigned = received("Ngô Văn Cảnh Báo");
		workflow.assign(assigned.code(), specialist, "tiepnhan");
		Dossier unassigned = received("Ngô Thị Chưa Giao");
		dueAt(assigned.code(), day, LocalTime.of(17, 0));
		dueAt(unassigned.code(), day, LocalTime.of(17, 0));

		warnings.warn(at(day, 13, 59));
		assertThat(notices(specialist, assigned.code())).containsExactly("ASSIGNED");
		assertThat(notices(counter, unassigned.code())).isEmpty();

		warnings.warn(at(day, 14, 0));
		warnings.warn(at(day, 16, 0));
		assertThat(notices(specialist, assigned.code())).containsExactlyInAnyOrder("ASSIGNED", "DUE_SOON");
		assertThat(notices(counter, unassigned.code())).containsExactly("DUE_SOON");
		assertThat(notices(counter, assigned.code())).as("the specialist's, not the counter's").isEmpty();

		Dossier late = received("Ngô Văn Đã Quá");
		dueAt(late.code(), day, LocalTime.of(17, 0));
		warnings.warn(at(day, 17, 1));
		assertThat(notices(counter, late.code())).as("no warning once the due time has passed").isEmpty();
	}

	@Test
	void theWarningCountsTheAgencysOwnOfficeHoursFromItsOpeningTime() throws Exception {
		String counter = officer("tn.giomo", OfficerRole.RECEIVING_OFFICER, null);
		LocalDate day = calendar.plusWorkingDays(TestClock.today(), 2);
		LocalDate dayBefore = calendar.plusWorkingDays(day, -1);
		Dossier d = received("Hà Văn Giờ Mở");
		dueAt(d.code(), day, LocalTime.of(10, 0));
		try {
			// offices open 09:00–17:00: one hour on the due day (09:00–10:00), two the day before (15:00–17:00);
			// with the installation's 07:30 it would be 2 h 30 that morning and the warning at 16:30 the day before
			officeHours("09:00");
			warnings.warn(at(dayBefore, 14, 59));
			assertThat(notices(counter, d.code())).isEmpty();
			warnings.warn(at(dayBefore, 15, 0));
			assertThat(notices(counter, d.code())).containsExactly("DUE_SOON");
		}
		finally {
			officeHours("07:30");
		}
	}

	@Test
	void theWarningIsEmailedOnceToAnOfficerWithAnAddress() throws Exception {
		String specialist = officer("cv.canhbaothu", OfficerRole.SPECIALIST, "cv.canhbaothu@thienphu.gov.vn");
		String without = officer("cv.canhbaokhongthu", OfficerRole.SPECIALIST, null);
		LocalDate day = calendar.plusWorkingDays(TestClock.today(), 3);
		Dossier d = received("Lý Văn Cảnh Báo Thư");
		workflow.assign(d.code(), specialist, "tiepnhan");
		dueAt(d.code(), day, LocalTime.of(17, 0));
		Dossier other = received("Lý Thị Không Thư");
		workflow.assign(other.code(), without, "tiepnhan");
		dueAt(other.code(), day, LocalTime.of(17, 0));
		mailer.send(); // the assignments' e-mails, out of the way

		warnings.warn(at(day, 14, 0));
		warnings.warn(at(day, 14, 5));
		mailer.send();
		mailer.send();

		List<MimeMessage> warned = mailsTo("cv.canhbaothu@thienphu.gov.vn").stream()
			.filter(m -> subject(m).equals("Hồ sơ " + d.code() + " sắp đến hạn")).toList();
		assertThat(warned).as("one e-mail for one warning, however often the jobs run").hasSize(1);
		assertThat((String) warned.get(0).getContent())
			.contains("còn dưới 3 giờ làm việc đến thời hạn trả kết quả (hạn 17:00 ngày " + day.format(DATE) + ")")
			.contains("/dossiers/" + d.code()).contains("/thong-bao");
		assertThat(notices(without, other.code())).containsExactlyInAnyOrder("ASSIGNED", "DUE_SOON");
		assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).contains(other.code())))
			.as("no address, no e-mail").isEmpty();
	}

	@Test
	void theNoticesPageShowsOnlyTheOfficersNoticesAndAgencyAndMarksThemRead() throws Exception {
		String specialist = officer("cv.trang", OfficerRole.SPECIALIST, null);
		Dossier d = received("Đỗ Thị Trang Thông Báo");
		workflow.assign(d.code(), specialist, "tiepnhan");
		dueAt(d.code(), TestClock.today().minusDays(10), LocalTime.of(17, 0));
		Dossier notMine = received("Đỗ Văn Không Phải");
		workflow.assign(notMine.code(), officer("cv.khac.trang", OfficerRole.SPECIALIST, null), "tiepnhan");
		dueAt(notMine.code(), TestClock.today(), LocalTime.of(17, 0));

		mvc.perform(get("/thong-bao").with(as(specialist, AGENCY, "SPECIALIST")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thông báo (1 chưa đọc)")))
			.andExpect(content().string(containsString("id=\"notice-")))
			.andExpect(content().string(containsString("hồ sơ được giao cho anh/chị xử lý")))
			.andExpect(content().string(containsString("id=\"due-" + d.code() + "\"")))
			.andExpect(content().string(containsString("quá hạn")))
			.andExpect(content().string(not(containsString(notMine.code()))));
		mvc.perform(get("/thong-bao").with(as("tn.khac.xa", "00070", "RECEIVING_OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(d.code()))));
		mvc.perform(get("/thong-bao").param("lang", "en").with(as(specialist, AGENCY, "SPECIALIST")))
			.andExpect(content().string(containsString("Notices (1 unread)")))
			.andExpect(content().string(containsString("Dossiers due within 1 working day or overdue")));

		long id = jdbc.sql("select id from officer_notice where username = ? and dossier_code = ?")
			.params(specialist, d.code()).query(Long.class).single();
		mvc.perform(post("/thong-bao/{id}/da-doc", id).with(as("cv.khac.trang", AGENCY, "SPECIALIST")).with(csrf()))
			.andExpect(redirectedUrl("/thong-bao")).andExpect(flash().attribute("failure", "workload.notFound"));
		mvc.perform(post("/thong-bao/{id}/da-doc", id).with(as(specialist, AGENCY, "SPECIALIST")))
			.andExpect(redirectedUrl("/login?expired")); // no CSRF token: refused, as every form without one
		assertThat(unread(id)).as("another's mark and one without the CSRF token change nothing").isTrue();
		mvc.perform(post("/thong-bao/{id}/da-doc", id).with(as(specialist, AGENCY, "SPECIALIST")).with(csrf()))
			.andExpect(redirectedUrl("/thong-bao")).andExpect(flash().attribute("success", "workload.read"));
		assertThat(unread(id)).isFalse();
		mvc.perform(get("/thong-bao").with(as(specialist, AGENCY, "SPECIALIST")))
			.andExpect(content().string(containsString("Không có thông báo chưa đọc.")))
			.andExpect(content().string(not(containsString("chưa đọc)"))));
	}

	@Test
	void theNoticesOfAnAssignmentAreEmailedToAnOfficerWithAnAddress() throws Exception {
		String specialist = officer("cv.nhanthu", OfficerRole.SPECIALIST, "cv.nhanthu@thienphu.gov.vn");
		String without = officer("cv.khongthu", OfficerRole.SPECIALIST, null);
		Dossier d = received("Vũ Văn Nhận Thư");
		workflow.assign(d.code(), specialist, "tiepnhan");
		Dossier other = received("Vũ Văn Không Thư");
		workflow.assign(other.code(), without, "tiepnhan");

		mailer.send();
		mailer.send();
		List<MimeMessage> sent = mailsTo("cv.nhanthu@thienphu.gov.vn");
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).getSubject()).isEqualTo("Hồ sơ " + d.code() + " được giao cho anh/chị");
		assertThat((String) sent.get(0).getContent()).contains("/dossiers/" + d.code()).contains("/thong-bao");
		assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> subject(m).contains(other.code()))).isEmpty();
	}

	@Test
	void theDailyDigestIsEmailedOnceOnAWorkingDayFromItsTimeToOfficersWithSomethingDue() throws Exception {
		String busy = officer("cv.tonghop", OfficerRole.SPECIALIST, "cv.tonghop@thienphu.gov.vn");
		officer("cv.ranhroi", OfficerRole.SPECIALIST, "cv.ranhroi@thienphu.gov.vn");
		LocalDate day = calendar.plusWorkingDays(TestClock.today(), 3);
		Dossier overdue = received("Trịnh Văn Tổng Hợp");
		workflow.assign(overdue.code(), busy, "tiepnhan");
		dueAt(overdue.code(), calendar.plusWorkingDays(day, -2), LocalTime.of(17, 0));
		Dossier dueNext = received("Trịnh Thị Mai Đến Hạn");
		workflow.assign(dueNext.code(), busy, "tiepnhan");
		dueAt(dueNext.code(), calendar.plusWorkingDays(day, 1), LocalTime.of(17, 0));
		Dossier later = received("Trịnh Văn Còn Lâu");
		workflow.assign(later.code(), busy, "tiepnhan");
		dueAt(later.code(), calendar.plusWorkingDays(day, 5), LocalTime.of(17, 0));
		LocalDate sunday = day.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.SUNDAY));

		digest.send(at(day, 7, 29));
		digest.send(at(sunday, 9, 0));
		assertThat(digestsTo("cv.tonghop@thienphu.gov.vn", day)).isEmpty();
		digest.send(at(day, 7, 30));
		digest.send(at(day, 10, 0));

		List<MimeMessage> sent = digestsTo("cv.tonghop@thienphu.gov.vn", day);
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).getSubject()).isEqualTo("Hồ sơ đến hạn ngày " + day.format(DATE) + ": 2 hồ sơ");
		String text = (String) sent.get(0).getContent();
		assertThat(text).contains("Kính gửi Cán bộ cv.tonghop").contains(overdue.code()).contains("quá hạn 2 ngày làm việc")
			.contains(dueNext.code()).contains("còn 1 ngày làm việc").doesNotContain(later.code());
		assertThat(text.indexOf(overdue.code())).as("most urgent first").isLessThan(text.indexOf(dueNext.code()));
		assertThat(mailsTo("cv.ranhroi@thienphu.gov.vn")).as("nothing due, no e-mail").isEmpty();
		assertThat(jdbc.sql("select dossiers from officer_digest where username = ? and day = ?").params(busy, day)
			.query(Integer.class).single()).isEqualTo(2);
	}

	/** Sets the agency's opening time on the calendar's page, as its administrator does (cut-off 15:00, closing 17:00). */
	private void officeHours(String opening) throws Exception {
		mvc.perform(post("/admin/calendar/office-hours/{agency}", AGENCY).with(as("admin.giomo", AGENCY, "ADMINISTRATOR"))
			.with(csrf()).param("openingTime", opening).param("cutOff", "15:00").param("closingTime", "17:00"))
			.andExpect(flash().attribute("success", "calendar.officeHours.saved"));
	}

	private Dossier received(String name) {
		return intake.accept(CompleteIntake.of(catalogue.inForce("1.004873", TestClock.today()).orElseThrow(), name),
				"tiepnhan");
	}

	private String officer(String username, OfficerRole role, String email) {
		if (officers.findByUsername(username).isEmpty()) {
			long id = officers.create(username, "Cán bộ " + username, "mat-khau-kiem-thu", Set.of(AGENCY), Set.of(role))
				.id();
			officers.setEmail(id, email);
		}
		return username;
	}

	private void dueAt(String code, LocalDate day, LocalTime time) {
		jdbc.sql("update dossier set due_date = ?, due_at = ?, extended_due_date = null where code = ?")
			.params(day, day.atTime(time).atZone(VietnamTime.ZONE).toOffsetDateTime(), code).update();
	}

	private static OffsetDateTime at(LocalDate day, int hour, int minute) {
		return day.atTime(hour, minute).atZone(VietnamTime.ZONE).toOffsetDateTime();
	}

	private List<String> notices(String username, String code) {
		return jdbc.sql("select kind from officer_notice where username = ? and dossier_code = ? order by id")
			.params(username, code).query(String.class).list();
	}

	private boolean unread(long id) {
		return jdbc.sql("select read_at is null from officer_notice where id = ?").param(id).query(Boolean.class)
			.single();
	}

	private static RequestPostProcessor as(String username, String agency, String role) {
		return user(username).authorities(new SimpleGrantedAuthority("ROLE_" + role),
				new SimpleGrantedAuthority("AGENCY_" + agency + "_" + role));
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private static List<MimeMessage> digestsTo(String address, LocalDate day) {
		return mailsTo(address).stream().filter(m -> subject(m).contains(day.format(DATE))).toList();
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
