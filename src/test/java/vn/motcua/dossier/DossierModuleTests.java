package vn.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import vn.motcua.TestClock;
import vn.motcua.catalogue.Catalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier module started with only the modules it depends on (no reporting, portal or feedback): a dossier
 * accepted at the counter is announced to whoever listens, with its code and due date.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class DossierModuleTests {

	@Autowired
	Intake intake;

	@Autowired
	Catalogue catalogue;

	@Test
	void anAcceptedDossierIsAnnounced(Scenario scenario) {
		var version = catalogue.inForce("1.004873", TestClock.today()).orElseThrow();
		scenario.stimulate(() -> intake.accept(CompleteIntake.of(version, "Hoàng Văn Sáu"), "tiepnhan"))
			.andWaitForEventOfType(DossierReceived.class)
			.matching(e -> e.agencyCode().equals("14908"))
			.toArriveAndVerify((event, dossier) -> {
				assertThat(event.code()).isEqualTo(dossier.code());
				assertThat(event.dueDate()).isEqualTo(dossier.dueDate());
				assertThat(event.dossierId()).isEqualTo(dossier.id());
			});
	}
}
