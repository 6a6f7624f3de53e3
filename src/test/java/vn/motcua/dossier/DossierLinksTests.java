package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotCuaTest;
import vn.motcua.catalogue.Catalogue;

import static org.assertj.core.api.Assertions.assertThat;

/** The QR link on a form opens the full receipt; a changed code or token does not; a revoked one no longer does. */
@MotCuaTest
class DossierLinksTests {

	@Autowired
	DossierLinks links;

	@Autowired
	Intake intake;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Clock clock;

	@Autowired
	DossierPapers forms;

	@Test
	void aPrintedTokenVerifiesOnlyForItsOwnDossier() {
		Dossier one = intake.accept(request(), "tiepnhan");
		Dossier other = intake.accept(request(), "tiepnhan");
		String url = links.receiptUrl(one.code());
		assertThat(url).startsWith("http://localhost:8080/public/ho-so/" + one.code() + "?t=");
		String token = url.substring(url.indexOf("?t=") + 3);
		assertThat(links.verify(one, token)).isTrue();
		assertThat(links.verify(other, token)).isFalse();
		assertThat(links.verify(one, token.substring(1) + "A")).isFalse();
		assertThat(links.verify(one, null)).isFalse();
	}

	@Test
	void aRevokedTokenIsRefusedAndTheNextPrintCarriesANewOne() {
		Dossier dossier = intake.accept(request(), "tiepnhan");
		String before = links.token(dossier.code());

		links.revoke(dossier, "tiepnhan");
		links.revoke(dossier, "tiepnhan");

		String after = links.token(dossier.code());
		assertThat(after).isNotEqualTo(before);
		assertThat(links.check(dossier, before)).isEqualTo(DossierLinks.TokenCheck.REVOKED);
		assertThat(links.check(dossier, after)).isEqualTo(DossierLinks.TokenCheck.VALID);
		assertThat(links.revokedAt(dossier.code())).isPresent();
	}

	@Test
	void afterARevocationTheReceiptIsPrintedAgainWithTheNewTokenAndThenKept() {
		Dossier dossier = intake.accept(request(), "tiepnhan");
		String first = PaperPdf.read(forms.issue(dossier, OneStopPaper.RECEIPT, "tiepnhan")).qr();
		assertThat(PaperPdf.read(forms.issue(dossier, OneStopPaper.RECEIPT, "tiepnhan")).qr()).as("kept").isEqualTo(first);

		links.revoke(dossier, "tiepnhan");

		String again = PaperPdf.read(forms.issue(dossier, OneStopPaper.RECEIPT, "tiepnhan")).qr();
		assertThat(again).isNotEqualTo(first).isEqualTo(links.receiptUrl(dossier.code()));
		assertThat(links.check(dossier, again.substring(again.indexOf("?t=") + 3)))
			.isEqualTo(DossierLinks.TokenCheck.VALID);
		assertThat(PaperPdf.read(forms.issue(dossier, OneStopPaper.RECEIPT, "tiepnhan")).qr()).as("kept again")
			.isEqualTo(again);
	}

	@Test
	void theRatingCodeIsShortBelongsToOneDossierAndForgivesCaseSpacesAndDashes() {
		String code = links.ratingCode("14908-251126-0001");
		assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
		assertThat(links.verifyRatingCode("14908-251126-0001", " " + code.toLowerCase().replace("-", " ") + " ")).isTrue();
		assertThat(links.verifyRatingCode("14908-251126-0002", code)).isFalse();
		assertThat(links.verifyRatingCode("14908-251126-0001", null)).isFalse();
	}

	private IntakeRequest request() {
		return CompleteIntake.of(catalogue.inForce("1.001193", LocalDate.now(clock)).orElseThrow(), "Vũ Văn Lâm");
	}
}
