package vn.motcua.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import vn.motcua.MotCuaTest;
import vn.motcua.audit.AuditTrail;
import vn.motcua.simulators.TimeStampAuthoritySimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signatures laid out as Nghị định 30/2020/NĐ-CP Phụ lục I says, and valid for EU DSS as PAdES-BASELINE-T with the
 * test trust anchors (the signers' certificates and the time-stamping simulator's): the signer's image in the signing
 * place of the layout, the organisation's seal over its left third, an attachment's invisible signature with the
 * main document's number top right; an expired certificate and a file that is not a PDF refused clearly.
 */
@MotCuaTest
class SignatureLayoutTests {

	@TempDir
	Path folder;

	@Autowired
	OneStopPapers forms;

	@Autowired
	AuditTrail audit;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	TimeStampAuthoritySimulator tsa;

	@BeforeEach
	void timeStamps() throws IOException {
		tsa = TimeStampAuthoritySimulator.start(0, clock);
	}

	@AfterEach
	void stop() {
		tsa.close();
	}

	@Test
	void theLayoutGivesEachSignatureBlockASigningPlaceBetweenItsTitleAndItsName() throws IOException {
		byte[] receipt = forms.receipt(PaperMother.receipt());
		try (PDDocument pdf = Loader.loadPDF(receipt)) {
			List<SignaturePlaces.Place> places = SignaturePlaces.of(pdf);
			assertThat(places).extracting(SignaturePlaces.Place::name).containsExactly("ky-so-1", "ky-so-2");
			SignaturePlaces.Place issuer = places.get(1);
			float[] title = line(pdf, "NGƯỜI TIẾP NHẬN HỒ SƠ");
			float[] name = line(pdf, "Lê Thu Trang");
			// PDF y grows upwards: the place is under the title's baseline and above the name's top
			assertThat(issuer.y() + issuer.height()).isLessThanOrEqualTo(title[1] + 1).isGreaterThan(name[1]);
			assertThat(issuer.y()).isGreaterThanOrEqualTo(name[1]);
			// centred over the name, on the right half of the page
			assertThat(issuer.x() + issuer.width() / 2).isCloseTo(name[0] + name[2] / 2, org.assertj.core.data.Offset.offset(3f));
			assertThat(issuer.x()).isGreaterThan(pdf.getPage(0).getMediaBox().getWidth() / 2 - 20);
		}
	}

	@Test
	void theSignerSignsInTheSigningPlaceAndTheSealCoversTheLeftThirdBothValidAsBaselineT() throws Exception {
		Path officer = keystore("leader", "Lê Thị Ngọc Ánh", clock.instant().minus(Duration.ofDays(1)), Duration.ofDays(365));
		Path agency = keystore("agency", "UBND xã Thiên Phủ", clock.instant().minus(Duration.ofDays(1)), Duration.ofDays(365));
		byte[] receipt = forms.receipt(PaperMother.receipt());
		PdfSigner signer = signer(agency);
		byte[] signedBySigner;
		try (SignatureDevice device = KeystoreDevice.pkcs12(officer, "mat-khau".toCharArray(), signer::refused)) {
			signedBySigner = signer.sign(receipt, SignatureRole.SIGNER, device, null, null, "Ký giấy tiếp nhận", "Thiên Phủ");
		}
		byte[] signed = signer.sign(signedBySigner, "Đóng dấu giấy tiếp nhận", "Thiên Phủ");
		Files.createDirectories(Path.of("target/documents"));
		Files.write(Path.of("target/documents/mau-01-ky-so-va-dong-dau.pdf"), signed);

		try (PDDocument pdf = Loader.loadPDF(signed)) {
			PDRectangle place = widget(pdf, "ky-so-2");
			PDRectangle seal = null;
			for (PDField field : pdf.getDocumentCatalog().getAcroForm().getFields()) {
				if (!field.getPartialName().startsWith("ky-so-") && field instanceof PDSignatureField s
						&& s.getSignature() != null) {
					seal = field.getWidgets().get(0).getRectangle();
				}
			}
			assertThat(((PDSignatureField) pdf.getDocumentCatalog().getAcroForm().getField("ky-so-2")).getSignature())
				.as("the signer signed the layout's field").isNotNull();
			assertThat(seal).as("the seal's field").isNotNull();
			float third = place.getLowerLeftX() + place.getWidth() / 3;
			assertThat(seal.getUpperRightX()).as("the seal ends a third into the signature").isCloseTo(third,
					org.assertj.core.data.Offset.offset(0.5f));
			assertThat(seal.getWidth()).as("38 mm, real size").isCloseTo(38 * 72 / 25.4f, org.assertj.core.data.Offset.offset(0.5f));
			float sealCentre = seal.getUpperRightY() - seal.getWidth() / 2;
			assertThat(sealCentre).isCloseTo(place.getLowerLeftY() + place.getHeight() / 2, org.assertj.core.data.Offset.offset(0.5f));
		}
		Reports reports = validate(signed, officer, agency);
		List<SignatureWrapper> signatures = reports.getDiagnosticData().getSignatures();
		assertThat(signatures).hasSize(2);
		for (SignatureWrapper signature : signatures) {
			assertThat(signature.getSignatureFormat()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
			assertThat(reports.getSimpleReport().getIndication(signature.getId())).as(signature.getId())
				.isEqualTo(Indication.TOTAL_PASSED);
		}
		assertThat(signatures).extracting(s -> s.getSigningCertificate().getCommonName())
			.containsExactlyInAnyOrder("Lê Thị Ngọc Ánh", "UBND xã Thiên Phủ");
	}

	@Test
	void anAttachmentCarriesOnlyTheOrganisationsInvisibleSignatureAndTheMainNumberTopRight() throws Exception {
		Path agency = keystore("agency", "UBND xã Thiên Phủ", clock.instant().minus(Duration.ofDays(1)), Duration.ofDays(365));
		PdfSigner signer = signer(agency);
		byte[] signed;
		try (SignatureDevice device = signer.configuredDevice()) {
			signed = signer.sign(forms.receipt(PaperMother.receipt()), SignatureRole.ATTACHMENT, device, null,
					"45/BC-UBND", "Phụ lục kèm theo", "Thiên Phủ");
		}
		try (PDDocument pdf = Loader.loadPDF(signed)) {
			assertThat(pdf.getSignatureDictionaries()).hasSize(1);
			for (PDSignatureField field : pdf.getSignatureFields()) {
				if (field.getSignature() != null) {
					PDRectangle r = field.getWidgets().get(0).getRectangle();
					assertThat(r == null || r.getWidth() == 0).as("invisible").isTrue();
				}
			}
			float[] stamp = line(pdf, "Kèm theo văn bản số 45/BC-UBND");
			float width = pdf.getPage(0).getMediaBox().getWidth();
			assertThat(stamp[0] + stamp[2]).as("right-aligned at the right margin").isCloseTo(width - 15 * 72 / 25.4f,
					org.assertj.core.data.Offset.offset(2f));
			assertThat(stamp[1]).as("at the top").isGreaterThan(pdf.getPage(0).getMediaBox().getHeight() - 60);
			assertThat(text(pdf)).containsPattern("Thời gian ký: 20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00")
				.contains("UBND xã Thiên Phủ");
		}
		Reports reports = validate(signed, agency);
		SignatureWrapper signature = reports.getDiagnosticData().getSignatures().get(0);
		assertThat(signature.getSignatureFormat()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
		assertThat(reports.getSimpleReport().getIndication(signature.getId())).isEqualTo(Indication.TOTAL_PASSED);
	}

	@Test
	void anExpiredCertificateIsRefusedClearly() throws Exception {
		Path expired = keystore("old", "Nguyễn Văn Cũ", clock.instant().minus(Duration.ofDays(800)), Duration.ofDays(365));
		PdfSigner signer = signer(expired);
		assertThatThrownBy(() -> signer.sign(forms.receipt(PaperMother.receipt()), "lý do", "Thiên Phủ"))
			.isInstanceOfSatisfying(DocumentRefusedException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("documents.error.certificate-expired");
				assertThat(e.getMessage()).contains("Nguyễn Văn Cũ").contains("không còn (hoặc chưa) hiệu lực");
			});
	}

	@Test
	void aFileThatIsNotAPdfIsRefusedClearly() throws Exception {
		Path agency = keystore("agency", "UBND xã Thiên Phủ", clock.instant().minus(Duration.ofDays(1)), Duration.ofDays(365));
		assertThatThrownBy(() -> signer(agency).sign("<html>không phải PDF</html>".getBytes(), "lý do", "Thiên Phủ"))
			.isInstanceOfSatisfying(DocumentRefusedException.class,
					e -> assertThat(e.getMessage()).contains("không phải tệp PDF hợp lệ"));
		assertThatThrownBy(() -> signer(agency).sign("%PDF-1.7 hỏng".getBytes(), "lý do", "Thiên Phủ"))
			.isInstanceOf(DocumentRefusedException.class);
	}

	private PdfSigner signer(Path keystore) {
		return new PdfSigner(null, new DocumentSettings(null, new DocumentSettings.Signing(keystore.toString(), "mat-khau",
				"http://localhost:" + tsa.port() + "/tsa")), audit, messages, clock);
	}

	private Path keystore(String name, String commonName, java.time.Instant from, Duration validity) throws Exception {
		Path dir = Files.createDirectories(folder.resolve(name));
		return TestCertificates.keystore(dir, commonName, "mat-khau", from, validity);
	}

	/** EU DSS validation with the signers' certificates and the TSA's as the trust anchors. */
	private Reports validate(byte[] signed, Path... keystores) throws Exception {
		CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();
		anchors.addCertificate(new CertificateToken(tsa.certificate()));
		for (Path keystore : keystores) {
			anchors.addCertificate(DSSUtils.loadCertificate(keystore.resolveSibling("signer.cer").toFile()));
		}
		CommonCertificateVerifier verifier = new CommonCertificateVerifier();
		verifier.setTrustedCertSources(anchors);
		SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(signed));
		validator.setCertificateVerifier(verifier);
		return validator.validateDocument();
	}

	private static PDRectangle widget(PDDocument pdf, String field) {
		return pdf.getDocumentCatalog().getAcroForm().getField(field).getWidgets().get(0).getRectangle();
	}

	private static String text(PDDocument pdf) throws IOException {
		return new PDFTextStripper().getText(pdf);
	}

	/** The first line containing {@code text} on page 1: x, baseline y (PDF space, from the bottom), width. */
	static float[] line(PDDocument pdf, String text) throws IOException {
		List<float[]> found = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String line, List<TextPosition> positions) throws IOException {
				int at = line.indexOf(text);
				if (at >= 0 && found.isEmpty()) {
					TextPosition first = positions.get(at);
					TextPosition last = positions.get(at + text.length() - 1);
					float height = getCurrentPage().getMediaBox().getHeight();
					found.add(new float[] { first.getXDirAdj(), height - first.getYDirAdj(),
							last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj() });
				}
				super.writeString(line, positions);
			}
		};
		stripper.setStartPage(1);
		stripper.setEndPage(1);
		stripper.getText(pdf);
		assertThat(found).as("“" + text + "” on page 1").isNotEmpty();
		return found.get(0);
	}
}
