package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.shared.SubmissionChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.DossierMother.MONDAY_0900;

/**
 * Liên thông in the aggregate (issue 13 item 12; NĐ 61/2018 Art. 19.5–19.7, NĐ 118/2025 Art. 18): the khai sinh –
 * thường trú – BHYT group of NĐ 297/2025, 16 working days split 3 + 3 + 10: out to the police and back, out to the
 * social-insurance office and back late, then the commune decides. Each hand-off is a step of the timeline.
 */
class InteragencyTransferTests {

	@Test
	void outAndBackToEachAgencyInTurnWithItsShareThenTheCommuneDecides() {
		Dossier dossier = received(16);
		dossier.assign("chuyenvien", MONDAY_0900.plusHours(1), "tiepnhan");

		dossier.transferOut("Công an xã Thiên Phủ", 3, LocalDate.of(2025, 9, 11), "share", MONDAY_0900.plusHours(2), "tiepnhan");
		assertThat(dossier.openTransfer().agency()).isEqualTo("Công an xã Thiên Phủ");
		assertThatThrownBy(() -> dossier.propose(Decision.APPROVED, null, "lanhdao", MONDAY_0900.plusHours(3),
				"chuyenvien")).isInstanceOfSatisfying(DossierTransitionRefused.class,
						r -> assertThat(r.messageKey()).isEqualTo("dossier.refused.atAnotherAgency"));
		assertThatThrownBy(() -> dossier.transferOut("Bảo hiểm xã hội", 3, LocalDate.of(2025, 9, 11), "share",
				MONDAY_0900.plusHours(3), "tiepnhan")).as("one agency at a time")
			.isInstanceOf(DossierTransitionRefused.class);

		dossier.transferBack("Đã đăng ký thường trú cho trẻ", OffsetDateTime.parse("2025-09-10T15:00:00+07:00"),
				"tiepnhan");
		dossier.transferOut("Bảo hiểm xã hội khu vực", 3, LocalDate.of(2025, 9, 15), "share",
				OffsetDateTime.parse("2025-09-10T16:00:00+07:00"), "tiepnhan");
		dossier.transferBack("Đã cấp thẻ BHYT", OffsetDateTime.parse("2025-09-16T09:00:00+07:00"), "tiepnhan");
		dossier.propose(Decision.APPROVED, "Đủ điều kiện", "lanhdao", OffsetDateTime.parse("2025-09-16T10:00:00+07:00"),
				"chuyenvien");

		assertThat(dossier.transfers()).extracting(InteragencyTransfer::agency, InteragencyTransfer::shareWorkingDays,
				InteragencyTransfer::late).containsExactly(
						org.assertj.core.groups.Tuple.tuple("Công an xã Thiên Phủ", 3, false),
						org.assertj.core.groups.Tuple.tuple("Bảo hiểm xã hội khu vực", 3, true));
		assertThat(dossier.steps()).extracting(step -> step.action().name()).containsExactly("SUBMITTED", "RECEIVED", "ASSIGNED",
				"TRANSFERRED_OUT", "TRANSFERRED_BACK", "TRANSFERRED_OUT", "TRANSFERRED_BACK_LATE", "PROPOSED_APPROVED");
		assertThat(dossier.steps()).filteredOn(s -> s.action() == StepAction.TRANSFERRED_OUT).first().satisfies(s -> {
			assertThat(s.handedTo()).isEqualTo("Công an xã Thiên Phủ");
			assertThat(s.note()).isEqualTo("share");
			assertThat(s.from()).isEqualTo(s.to()).isEqualTo(DossierStatus.IN_REVIEW);
		});
		assertThat(dossier.steps()).filteredOn(s -> s.action().name().startsWith("TRANSFERRED_BACK"))
			.extracting(DossierStep::handedTo).containsExactly("Công an xã Thiên Phủ", "Bảo hiểm xã hội khu vực");
	}

	@Test
	void theSharesLeaveTheReceivingAgencyPartOfTheTimeLimitAndEndByTheDueDate() {
		Dossier dossier = received(16);
		dossier.transferOut("Công an xã Thiên Phủ", 3, LocalDate.of(2025, 9, 11), "share", MONDAY_0900, "tiepnhan");
		dossier.transferBack("Xong", MONDAY_0900.plusDays(1), "tiepnhan");
		assertThatThrownBy(() -> dossier.transferOut("Bảo hiểm xã hội", 13, LocalDate.of(2025, 9, 26), "share",
				MONDAY_0900.plusDays(1), "tiepnhan")).isInstanceOfSatisfying(DossierTransitionRefused.class,
						r -> assertThat(r.messageKey()).isEqualTo("dossier.refused.transferSharesTooLarge"));
		assertThatThrownBy(() -> dossier.transferOut("Bảo hiểm xã hội", 3, LocalDate.of(2025, 10, 30), "share",
				MONDAY_0900.plusDays(1), "tiepnhan")).isInstanceOfSatisfying(DossierTransitionRefused.class,
						r -> assertThat(r.messageKey()).isEqualTo("dossier.refused.transferShareAfterDue"));
		assertThatThrownBy(() -> dossier.transferOut(" ", 3, LocalDate.of(2025, 9, 12), "share", MONDAY_0900, "tiepnhan"))
			.isInstanceOf(DossierTransitionRefused.class);
		assertThatThrownBy(() -> dossier.transferBack("Xong", MONDAY_0900.plusDays(2), "tiepnhan"))
			.isInstanceOfSatisfying(DossierTransitionRefused.class,
					r -> assertThat(r.messageKey()).isEqualTo("dossier.refused.noOpenTransfer"));
		assertThat(dossier.transfers()).hasSize(1);
	}

	/** Received Monday 08/09/2025 with a time limit of {@code days} working days (due 30/09/2025 for 16). */
	private static Dossier received(int days) {
		ProcedureSnapshot group = new ProcedureSnapshot("lien-thong-ks-tt-bhyt", 1L,
				"Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
				TimeLimit.workingDays(days), SupplementPolicy.RESTART, LocalTime.of(15, 0));
		Dossier dossier = Dossier.submitted("14908", group, SubmissionChannel.DIRECT, false, DossierMother.applicant(),
				List.of(new DossierDocument(DossierDocument.Kind.COMPONENT, "Tờ khai liên thông", true, 1, null)),
				MONDAY_0900, "tiepnhan");
		dossier.accept(MONDAY_0900, "tiepnhan", LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 30),
				OffsetDateTime.parse("2025-09-30T17:00:00+07:00"), 0);
		return dossier;
	}
}
