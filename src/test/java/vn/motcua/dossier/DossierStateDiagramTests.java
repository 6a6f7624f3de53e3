package vn.motcua.dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/dossier.md shows the state machine declared in {@link DossierTransition}: this test fails when the page and
 * the code disagree. Run with {@code -Dmotcua.docs.write=true} to rewrite the page from the code.
 */
class DossierStateDiagramTests {

	private static final Path PAGE = Path.of("docs/dossier.md");

	@Test
	void theDossierPageShowsTheStateMachineOfTheCode() throws IOException {
		String page = Files.readString(PAGE, StandardCharsets.UTF_8);
		String generated = DossierStateDiagram.rewrite(page);
		if (Boolean.getBoolean("motcua.docs.write")) {
			Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
			page = generated;
		}
		assertThat(page).as("docs/dossier.md differs from DossierTransition; run this test with -Dmotcua.docs.write=true")
			.isEqualTo(generated);
	}

	@Test
	void everyStatusIsReachedAndEveryTransitionCitesTheLaw() {
		String diagram = DossierStateDiagram.markdown();
		for (DossierStatus status : DossierStatus.values()) {
			assertThat(diagram).as(status.name()).contains("--> " + status.name() + ":");
		}
		for (DossierTransition t : DossierTransition.values()) {
			assertThat(t.legalBasis()).as(t.name()).matches(".*(NĐ|TT) \\d+/20\\d\\d.*");
		}
		assertThat(diagram).contains("WITHDRAWAL_REQUESTED --> STOPPED: STOPPED")
			.contains("AWAITING_SUPPLEMENT --> RESOLVED: SUPPLEMENT_LAPSED")
			.contains("AWAITING_DECISION --> RESOLVED: REFUSED")
			.doesNotContain("IN_REVIEW --> STOPPED");
	}
}
