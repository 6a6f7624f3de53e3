package vn.motcua.dossier;

import vn.motcua.shared.SubmissionChannel;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.DossierMother.MONDAY_0900;

/** The legal lifecycle of a dossier, as the aggregate enforces it. */
class DossierTests {

	@Test
	void walksFromTheCounterToTheResultRecordingEveryStep() {
		Dossier dossier = DossierMother.awaitingDecision();
		dossier.decide(Decision.APPROVED, null, OffsetDateTime.parse("2025-09-10T10:00:00+07:00"), "lanhdao");
		dossier.attachResult("Giấy khai sinh", UUID.randomUUID(), MONDAY_0900.plusDays(2).plusHours(2), "lanhdao");
		dossier.returnResult("COUNTER", MONDAY_0900.plusDays(3), "tiepnhan");

		assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
		assertThat(dossier.resolvedOn()).isEqualTo(LocalDate.of(2025, 9, 10));
		assertThat(dossier.steps()).extracting(step -> step.action().name()).containsExactly("SUBMITTED", "RECEIVED", "ASSIGNED",
				"PROPOSED_APPROVED", "APPROVED", "RESULT_DIGITISED", "RETURNED");
		assertThat(dossier.steps()).filteredOn(s -> s.action() == StepAction.ASSIGNED).singleElement()
			.satisfies(step -> {
				assertThat(step.from()).isEqualTo(DossierStatus.RECEIVED);
				assertThat(step.to()).isEqualTo(DossierStatus.IN_REVIEW);
				assertThat(step.handedTo()).isEqualTo("chuyenvien");
				assertThat(step.actor()).isEqualTo("tiepnhan");
			});
		assertThat(dossier.takeEvents()).hasAtLeastOneElementOfType(DossierResolved.class)
			.hasAtLeastOneElementOfType(DossierReturned.class);
	}

	@Test
	void anApprovedResultCannotBeReturnedBeforeItIsDigitised() {
		Dossier dossier = DossierMother.awaitingDecision();
		dossier.decide(Decision.APPROVED, null, MONDAY_0900.plusDays(1), "lanhdao");
		assertThatThrownBy(() -> dossier.returnResult("COUNTER", MONDAY_0900.plusDays(1), "tiepnhan"))
			.isInstanceOfSatisfying(DossierTransitionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("dossier.refused.resultNotDigitised"));
	}

	@Test
	void aRefusalNeedsAWrittenReason() {
		Dossier dossier = DossierMother.awaitingDecision();
		assertThatThrownBy(() -> dossier.decide(Decision.REFUSED, " ", MONDAY_0900.plusHours(3), "lanhdao"))
			.isInstanceOfSatisfying(DossierTransitionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("dossier.refused.refusalReasonRequired"));
		dossier.decide(Decision.REFUSED, "Người được khai sinh đã có giấy khai sinh", MONDAY_0900.plusHours(3), "lanhdao");
		assertThat(dossier.status()).isEqualTo(DossierStatus.RESOLVED);
		dossier.returnResult("COUNTER", MONDAY_0900.plusHours(3), "tiepnhan");
		assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
	}

	@Test
	void illegalTransitionsAreRefusedAndChangeNothing() {
		Dossier dossier = DossierMother.received();
		assertThatThrownBy(() -> dossier.decide(Decision.APPROVED, null, MONDAY_0900, "lanhdao"))
			.isInstanceOfSatisfying(DossierTransitionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("dossier.refused.notAwaitingDecision"));
		assertThatThrownBy(() -> dossier.returnResult("COUNTER", MONDAY_0900, "tiepnhan"))
			.isInstanceOf(DossierTransitionRefused.class);
		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(dossier.steps()).hasSize(2);
	}

	@Test
	void aSupplementStopsTheClockAndItsReceiptSetsTheNewDueDate() {
		Dossier dossier = DossierMother.received();
		dossier.assign("chuyenvien", MONDAY_0900, "tiepnhan");
		dossier.requestSupplement("Bản sao giấy chứng sinh", "Thiếu giấy chứng sinh", 2, null, MONDAY_0900.plusHours(3),
				"chuyenvien");
		assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
		assertThat(dossier.outstandingSupplement().missing()).isEqualTo("Bản sao giấy chứng sinh");
		assertThatThrownBy(() -> dossier.extend(LocalDate.of(2025, 9, 20), "Chậm", true, MONDAY_0900, "lanhdao"))
			.isInstanceOf(DossierTransitionRefused.class);

		dossier.receiveSupplement(MONDAY_0900.plusDays(2), "tiepnhan", LocalDate.of(2025, 9, 10),
				LocalDate.of(2025, 9, 15), OffsetDateTime.parse("2025-09-15T17:00:00+07:00"));
		assertThat(dossier.status()).isEqualTo(DossierStatus.IN_REVIEW);
		assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2025, 9, 15));
		assertThat(dossier.supplements()).singleElement().satisfies(c -> assertThat(c.receivedAt()).isNotNull());
		assertThat(dossier.outstandingSupplement()).isNull();
	}

	@Test
	void theDueDateCanBeExtendedOnlyOnceEarlyEnoughAndLater() {
		Dossier dossier = DossierMother.received();
		assertThatThrownBy(() -> dossier.extend(LocalDate.of(2025, 9, 16), "Cần xác minh", false, MONDAY_0900, "lanhdao"))
			.isInstanceOfSatisfying(DossierTransitionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("dossier.refused.extensionTooLate"));
		assertThatThrownBy(() -> dossier.extend(LocalDate.of(2025, 9, 10), "Cần xác minh", true, MONDAY_0900, "lanhdao"))
			.isInstanceOfSatisfying(DossierTransitionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("dossier.refused.extensionNotLater"));
		dossier.extend(LocalDate.of(2025, 9, 16), "Cần xác minh", true, MONDAY_0900, "lanhdao");
		assertThat(dossier.dueDate()).as("the original due date is kept").isEqualTo(LocalDate.of(2025, 9, 11));
		assertThat(dossier.effectiveDueDate()).isEqualTo(LocalDate.of(2025, 9, 16));
		assertThatThrownBy(() -> dossier.extend(LocalDate.of(2025, 9, 18), "Lần hai", true, MONDAY_0900, "lanhdao"))
			.isInstanceOfSatisfying(DossierTransitionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("dossier.refused.extendedAlready"));
	}

	@Test
	void anApplicantCanStopOnlyBeforeTheDecision() {
		Dossier open = DossierMother.awaitingDecision();
		assertThatThrownBy(() -> open.stop(MONDAY_0900, "tiepnhan"))
			.as("the agency cannot stop a dossier the applicant did not withdraw")
			.isInstanceOfSatisfying(DossierTransitionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("dossier.refused.noWithdrawalRequest"));
		open.requestWithdrawal(SubmissionChannel.ONLINE, "Người nộp xin rút hồ sơ", MONDAY_0900.plusHours(3), "applicant");
		assertThat(open.status()).isEqualTo(DossierStatus.WITHDRAWAL_REQUESTED);
		assertThat(open.closedAt()).as("processing ends with the request").isEqualTo(MONDAY_0900.plusHours(3));
		open.stop(MONDAY_0900.plusHours(4), "tiepnhan");
		assertThat(open.status()).isEqualTo(DossierStatus.STOPPED);
		assertThat(open.steps()).extracting(step -> step.action().name()).endsWith("WITHDRAWAL_REQUESTED", "STOPPED");
		assertThat(open.withdrawalRequest()).hasValueSatisfying(s -> assertThat(s.actor()).isEqualTo("applicant"));

		Dossier decided = DossierMother.awaitingDecision();
		decided.decide(Decision.REFUSED, "Không đủ điều kiện", MONDAY_0900.plusHours(3), "lanhdao");
		assertThatThrownBy(() -> decided.requestWithdrawal(SubmissionChannel.DIRECT, "Xin rút", MONDAY_0900, "tiepnhan"))
			.isInstanceOfSatisfying(DossierTransitionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("dossier.refused.alreadyDecided"));
	}

	@Test
	void noStepIsRecordedBeforeTheLastOne() {
		Dossier dossier = DossierMother.awaitingDecision();
		assertThatThrownBy(() -> dossier.decide(Decision.APPROVED, null, MONDAY_0900.plusHours(1), "lanhdao"))
			.isInstanceOfSatisfying(DossierTransitionRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("dossier.refused.beforeLastStep"));
		dossier.decide(Decision.APPROVED, null, MONDAY_0900.plusHours(2), "lanhdao");
		assertThat(dossier.status()).isEqualTo(DossierStatus.RESOLVED);
	}

	@Test
	void aDossierNotAcceptedAtIntakeIsNeverOpen() {
		Dossier dossier = DossierMother.submitted();
		dossier.decline(DossierStatus.INCOMPLETE_AT_INTAKE, "Thiếu tờ khai", MONDAY_0900, "tiepnhan");
		assertThat(dossier.status().isOpen()).isFalse();
		assertThatThrownBy(() -> dossier.assign("chuyenvien", MONDAY_0900, "tiepnhan"))
			.isInstanceOf(DossierTransitionRefused.class);
	}

	@Test
	void digitisedMeansComponentsScannedAndTheResultStoredWhenApproved() {
		Dossier dossier = DossierMother.awaitingDecision();
		assertThat(dossier.digitised()).isFalse();
		dossier.attachComponentScan(0, UUID.randomUUID(), MONDAY_0900.plusHours(3), "tiepnhan");
		assertThat(dossier.digitised()).isTrue();
		dossier.decide(Decision.APPROVED, null, MONDAY_0900.plusHours(3), "lanhdao");
		assertThat(dossier.digitised()).isFalse();
		dossier.attachResult("Giấy khai sinh", UUID.randomUUID(), MONDAY_0900.plusHours(3), "lanhdao");
		assertThat(dossier.digitised()).isTrue();
	}

	@Test
	void publicPagesShowOnlyAMaskedName() {
		assertThat(DossierMother.applicant().maskedName()).isEqualTo("N. V. An");
	}
}
