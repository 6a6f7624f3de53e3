package vn.motcua.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The QR link on a form opens the full receipt; a changed code or token does not. */
@MotCuaTest
class DossierLinksTests {

	@Autowired
	DossierLinks links;

	@Test
	void aPrintedTokenVerifiesOnlyForItsOwnDossier() {
		String url = links.receiptUrl("14908-251126-0001");
		assertThat(url).startsWith("http://localhost:8080/public/ho-so/14908-251126-0001?t=");
		String token = url.substring(url.indexOf("?t=") + 3);
		assertThat(links.verify("14908-251126-0001", token)).isTrue();
		assertThat(links.verify("14908-251126-0002", token)).isFalse();
		assertThat(links.verify("14908-251126-0001", token.substring(1) + "A")).isFalse();
		assertThat(links.verify("14908-251126-0001", null)).isFalse();
	}
}
