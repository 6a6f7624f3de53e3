package vn.motcua.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotCuaTest;
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.shared.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Petitions: deadlines in working days, the officers' inbox per commune, one reopening only. */
@MotCuaTest
class PetitionDeskTests {

	@Autowired
	PetitionDesk desk;

	@Autowired
	DeadlineCalendar calendar;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	Petition file() {
		// Each filing its own title and no contact: the desk refuses exact repeats and limits filings per contact.
		return desk.file(new PetitionDesk.Filing("14908", Petition.Subject.PROCEDURE_RULE, "14908-000000-0001",
				"Mẫu tờ khai khó hiểu " + java.util.UUID.randomUUID(), "Đề nghị hướng dẫn rõ hơn.", "Vũ Văn Tâm", null));
	}

	@Test
	void deadlinesAreCountedInWorkingDaysFromTheDayOfFiling() {
		Petition petition = file();
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		LocalDate start = calendar.isWorkingDay(today) ? today : calendar.plusWorkingDays(today, 1);

		assertThat(petition.code()).matches("PA-[A-Z2-9]{8}");
		assertThat(petition.refuseBy()).isEqualTo(calendar.plusWorkingDays(start, 2));
		assertThat(petition.moreInfoBy()).isEqualTo(calendar.plusWorkingDays(start, 5));
		assertThat(petition.answerBy()).isEqualTo(calendar.plusWorkingDays(start, 15));
		assertThat(petition.nextDeadline()).as("unclassified: the refusal deadline counts").isEqualTo(petition.refuseBy());
		assertThat(desk.countdown(petition).workingDays())
			.as("filed on a working day: the next two; filed on a day off: the first three from the next working day")
			.isEqualTo(calendar.isWorkingDay(today) ? 2 : 3);
	}

	@Test
	void theInboxShowsOnlyTheCommunesOfTheOfficer() {
		Petition petition = file();
		assertThat(desk.findOpen(Set.of("14908"), false)).extracting(Petition::code).contains(petition.code());
		assertThat(desk.findOpen(Set.of("00001"), false)).extracting(Petition::code).doesNotContain(petition.code());
		assertThat(desk.findOpen(List.of(), false)).isEmpty();
	}

	@Test
	void anAnsweredPetitionCanBeReopenedOnlyOnce() {
		Petition petition = file();
		desk.classify(petition.code(), Petition.Kind.PROPOSAL, "chuyenvien", "tiepnhan");
		desk.answer(petition.code(), "Sẽ in hướng dẫn tại quầy.", false, "chuyenvien");
		desk.reopen(petition.code(), "Chưa thấy hướng dẫn.");
		desk.answer(petition.code(), "Đã in và dán tại quầy.", true, "chuyenvien");

		assertThatThrownBy(() -> desk.reopen(petition.code(), "Vẫn chưa rõ."))
			.isInstanceOf(FeedbackRefused.class).hasMessage("feedback.petition.reopenedAlready");
		assertThat(desk.find(petition.code()).orElseThrow().steps()).extracting(Petition.Step::action)
			.containsExactly("FILED", "CLASSIFIED", "ANSWERED", "REOPENED", "ANSWERED_PUBLISHED");
		assertThat(desk.findPublished(50)).extracting(Petition::code).contains(petition.code());
	}

	@Test
	void anUnreadableOrTooLongPostIsRefusedOnThePetitionsPageAndChangesNothing() throws Exception {
		Petition petition = file();
		var officer = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user("tiepnhan").authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority(
					vn.motcua.shared.AgencyAccess.authority("14908", vn.motcua.shared.OfficerRole.RECEIVING_OFFICER)));
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		String page = "/feedback/phan-anh/" + petition.code();

		var flash = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post(page + "/phan-loai").with(officer).with(csrf).param("kind", "KHONG_CO").param("assignee", "x"))
			.andReturn().getFlashMap();
		assertThat(flash.get("failureText")).isEqualTo("Chọn một loại phản ánh, kiến nghị trong danh sách.");
		flash = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post(page + "/tu-choi").with(officer).with(csrf).param("reason", "x".repeat(4001)))
			.andReturn().getFlashMap();
		assertThat(flash.get("failureText")).isEqualTo("Nội dung quá dài (tối đa 4.000 ký tự).");
		assertThat(desk.find(petition.code()).orElseThrow().steps()).extracting(Petition.Step::action)
			.as("nothing done").containsExactly("FILED");

		flash = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post(page + "/phan-loai").with(officer).with(csrf).param("kind", "PROPOSAL").param("assignee", "chuyenvien"))
			.andReturn().getFlashMap();
		assertThat(flash.get("success")).isEqualTo("feedback.petition.classified");
		assertThat(desk.find(petition.code()).orElseThrow().kind()).isEqualTo(Petition.Kind.PROPOSAL);
	}
}
