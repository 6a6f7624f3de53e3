package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.dossier.DossierCommand.Assign;
import vn.motcua.dossier.DossierCommand.AttachScan;
import vn.motcua.dossier.DossierCommand.Decide;
import vn.motcua.dossier.DossierCommand.Propose;
import vn.motcua.dossier.DossierCommand.RequestSupplement;
import vn.motcua.dossier.IntakeRequest.Scan;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.SubmissionChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14 item 2: who may do what is enforced by the application service every channel calls, without any page in
 * between: the wrong role, the wrong commune, a specialist on a dossier not assigned to them and a stale version are
 * refused, and nothing changes.
 */
@MotCuaTest
class DossierActionsTests {

	static final ActingOfficer COUNTER = officer("tiepnhan", "14908", OfficerRole.RECEIVING_OFFICER);

	static final ActingOfficer LEADER = officer("lanhdao", "14908", OfficerRole.LEADER);

	@Autowired
	DossierActions actions;

	@Autowired
	Intake intake;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Clock clock;

	@Test
	void aSpecialistMayNotAssignNorDecideAndALeaderOfAnotherCommuneDoesNotEvenSeeTheDossier() {
		Dossier dossier = received();
		ActingOfficer specialist = officer("chuyenvien", "14908", OfficerRole.SPECIALIST);

		assertThatThrownBy(() -> actions.perform(dossier.code(), dossier.version(), specialist, new Assign("chuyenvien")))
			.isInstanceOfSatisfying(DossierActionDenied.class, d -> assertThat(d.action()).isEqualTo(DossierAction.ASSIGN));
		ActingOfficer otherCommune = officer("lanhdao.xakhac", "14797", OfficerRole.LEADER);
		assertThatThrownBy(() -> actions.perform(dossier.code(), dossier.version(), otherCommune, new Assign("chuyenvien")))
			.isInstanceOf(DossierNotFound.class);

		Dossier assigned = actions.perform(dossier.code(), dossier.version(), COUNTER, new Assign("chuyenvien"));
		assertThat(assigned.status()).isEqualTo(DossierStatus.IN_REVIEW);
		Dossier proposed = actions.perform(dossier.code(), assigned.version(), specialist,
				new Propose(Decision.APPROVED, "Đủ điều kiện", "lanhdao"));
		assertThatThrownBy(() -> actions.perform(dossier.code(), proposed.version(), specialist,
				new Decide(Decision.APPROVED, null)))
			.isInstanceOf(DossierActionDenied.class);
		assertThat(actions.visible(dossier.code(), LEADER).status()).isEqualTo(DossierStatus.AWAITING_DECISION);
	}

	@Test
	void aSpecialistActsOnlyOnTheDossiersAssignedToThem() {
		Dossier dossier = received();
		Dossier assigned = actions.perform(dossier.code(), dossier.version(), LEADER, new Assign("chuyenvien"));
		ActingOfficer colleague = officer("chuyenvien.khac", "14908", OfficerRole.SPECIALIST);

		assertThatThrownBy(() -> actions.perform(dossier.code(), assigned.version(), colleague,
				new Propose(Decision.APPROVED, "Đủ điều kiện", null)))
			.isInstanceOf(DossierActionDenied.class);
		assertThatThrownBy(() -> actions.perform(dossier.code(), assigned.version(), colleague,
				new RequestSupplement("Bản sao giấy khai sinh", null, false)))
			.isInstanceOf(DossierActionDenied.class);
		assertThat(actions.allowed(assigned, colleague)).isEmpty();
		assertThat(actions.allowed(assigned, officer("chuyenvien", "14908", OfficerRole.SPECIALIST)))
			.contains(DossierAction.PROPOSE, DossierAction.SUPPLEMENT_REQUEST).doesNotContain(DossierAction.ASSIGN);
		assertThat(actions.visible(dossier.code(), LEADER).status()).isEqualTo(DossierStatus.IN_REVIEW);
	}

	@Test
	void aStaleVersionIsRefusedAndNothingChanges() {
		Dossier dossier = received();
		actions.perform(dossier.code(), dossier.version(), COUNTER, new Assign("chuyenvien"));

		assertThatThrownBy(() -> actions.perform(dossier.code(), dossier.version(), LEADER,
				new Assign("chuyenvien.hop.viec")))
			.isInstanceOfSatisfying(StaleDossierVersion.class, s -> assertThat(s.current()).isGreaterThan(s.seen()));
		assertThat(actions.visible(dossier.code(), LEADER).specialist()).isEqualTo("chuyenvien");
	}

	@Test
	void anActionMayBeRecordedWhenItHappenedButNeverInTheFutureNorBeforeTheLastStep() {
		Dossier dossier = received();
		OffsetDateTime now = OffsetDateTime.now(clock);

		assertThatThrownBy(() -> actions.perform(dossier.code(), null, COUNTER, new Assign("chuyenvien"),
				now.plusMinutes(5)))
			.isInstanceOf(ActionTimeRefused.class);
		assertThatThrownBy(() -> actions.perform(dossier.code(), null, COUNTER, new Assign("chuyenvien"),
				dossier.receivedAt().minusSeconds(1)))
			.isInstanceOfSatisfying(DossierTransitionRefused.class,
					r -> assertThat(r.messageKey()).isEqualTo("dossier.refused.beforeLastStep"));

		// the clock has moved on since the receipt: recorded at the receipt's instant (as stored), not now
		OffsetDateTime receipt = actions.visible(dossier.code(), COUNTER).receivedAt();
		Dossier assigned = actions.perform(dossier.code(), null, COUNTER, new Assign("chuyenvien"), receipt);
		DossierStep last = assigned.steps().get(assigned.steps().size() - 1);
		assertThat(last.action()).isEqualTo(StepAction.ASSIGNED);
		assertThat(last.at()).isEqualTo(receipt);
		assertThat(last.actor()).isEqualTo("tiepnhan");
	}

	@Test
	void aComponentScanWaitsUntilTheOnlineSubmissionIsAccepted() {
		ProcedureVersion version = catalogue.inForce("1.001193", LocalDate.now(clock)).orElseThrow();
		IntakeRequest complete = CompleteIntake.of(version, "Lò Thị Nga");
		Dossier submitted = intake.submit(new IntakeRequest(UUID.randomUUID(), complete.agencyCode(),
				complete.procedureCode(), SubmissionChannel.ONLINE, false, complete.applicant(),
				complete.documents()), "cong.dich.vu.cong");
		assertThat(submitted.status()).isEqualTo(DossierStatus.SUBMITTED);
		Scan scan = new Scan("ban-quet.pdf", "application/pdf", "%PDF-1.4 ban quet".getBytes(StandardCharsets.UTF_8));

		assertThat(actions.allowed(submitted, COUNTER)).doesNotContain(DossierAction.SCAN);
		assertThatThrownBy(() -> actions.perform(submitted.code(), submitted.version(), COUNTER, new AttachScan(0, scan)))
			.isInstanceOfSatisfying(DossierTransitionRefused.class,
					r -> assertThat(r.messageKey()).isEqualTo("dossier.refused.scanBeforeReceipt"));
		assertThat(actions.visible(submitted.code(), COUNTER).steps()).hasSize(submitted.steps().size());

		Dossier accepted = actions.perform(submitted.code(), submitted.version(), COUNTER, new DossierCommand.Accept());
		Dossier scanned = actions.perform(submitted.code(), accepted.version(), COUNTER, new AttachScan(0, scan));
		assertThat(scanned.steps().get(scanned.steps().size() - 1).action()).isEqualTo(StepAction.COMPONENT_DIGITISED);
	}

	private Dossier received() {
		return intake.accept(CompleteIntake.of(catalogue.inForce("1.001193", LocalDate.now(clock)).orElseThrow(),
				"Trần Văn Phúc"), "tiepnhan");
	}

	static ActingOfficer officer(String username, String agency, OfficerRole role) {
		return new ActingOfficer(username, Map.of(role, Set.of(agency)), false);
	}
}
