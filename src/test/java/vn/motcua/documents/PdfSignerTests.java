package vn.motcua.documents;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import vn.motcua.MotCuaTest;
import vn.motcua.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rendered form signed with the agency's certificate (PAdES-BASELINE-B) and validated as a reader's software would. */
@MotCuaTest
class PdfSignerTests {

	@TempDir
	Path folder;

	@Autowired
	DocumentStore store;

	@Autowired
	OneStopPapers forms;

	@Autowired
	AuditTrail audit;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Test
	void aStoredFormIsSignedAndTheSignatureValidates() throws Exception {
		Path keystore = selfSignedKeystore("bi-mat-thu-2026");
		PdfSigner signer = new PdfSigner(store,
				new DocumentSettings(null, new DocumentSettings.Signing(keystore.toString(), "bi-mat-thu-2026")), audit,
				messages, clock);
		StoredDocument receipt = store.store("14908", "mau-01.pdf", "application/pdf",
				new ByteArrayInputStream(forms.receipt(PaperMother.receipt())));

		StoredDocument signed = signer.sign(receipt.id(), "Giấy tiếp nhận hồ sơ 14908-261126-0007", "Thiên Phủ");

		assertThat(signed.fileName()).isEqualTo("mau-01-ky-so.pdf");
		byte[] bytes;
		try (var in = store.open(signed.id())) {
			bytes = in.readAllBytes();
		}
		Files.createDirectories(Path.of("target/documents"));
		Files.write(Path.of("target/documents/mau-01-ky-so.pdf"), bytes);
		SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(bytes));
		validator.setCertificateVerifier(new CommonCertificateVerifier());
		Reports reports = validator.validateDocument();
		List<SignatureWrapper> signatures = reports.getDiagnosticData().getSignatures();
		assertThat(signatures).hasSize(1);
		assertThat(signatures.get(0).isSignatureIntact()).isTrue();
		assertThat(signatures.get(0).isSignatureValid()).isTrue();
		assertThat(signatures.get(0).getSignatureFormat()).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
		assertThat(signatures.get(0).getSigningCertificate().getCommonName()).isEqualTo("Trung tâm Phục vụ hành chính công xã Thiên Phủ");
		try (PdfInspection pdf = PdfInspection.of(bytes)) {
			assertThat(pdf.lines()).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
		}
	}

	@Test
	void withATimeStampingServiceTheSignatureIsPAdESBaselineTAndItsTimeStampVerifies() throws Exception {
		Path keystore = selfSignedKeystore("bi-mat-thu-2026");
		try (var tsa = vn.motcua.simulators.TimeStampAuthoritySimulator.start(0, clock)) {
			PdfSigner signer = new PdfSigner(store, new DocumentSettings(null, new DocumentSettings.Signing(
					keystore.toString(), "bi-mat-thu-2026", "http://localhost:" + tsa.port() + "/tsa")), audit, messages,
					clock);
			java.time.Instant before = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
			byte[] bytes = signer.sign(forms.receipt(PaperMother.receipt()), "Giấy tiếp nhận hồ sơ", "Thiên Phủ");
			SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(bytes));
			validator.setCertificateVerifier(new CommonCertificateVerifier());
			SignatureWrapper signature = validator.validateDocument().getDiagnosticData().getSignatures().get(0);
			assertThat(signature.getSignatureFormat()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
			assertThat(signature.isSignatureValid()).isTrue();
			assertThat(signature.getTimestampList()).hasSize(1);
			assertThat(signature.getTimestampList().get(0).isMessageImprintDataIntact()).isTrue();
			assertThat(signature.getTimestampList().get(0).isSignatureValid()).isTrue();
			assertThat(signature.getTimestampList().get(0).getProductionTime().toInstant()).as("stamped by the TSA's clock")
				.isBetween(before, clock.instant());
		}
	}

	@Test
	void aTimeStampingServiceThatIsDownStopsTheSigningWithItsReason() throws Exception {
		Path keystore = selfSignedKeystore("bi-mat-thu-2026");
		PdfSigner signer = new PdfSigner(store, new DocumentSettings(null, new DocumentSettings.Signing(
				keystore.toString(), "bi-mat-thu-2026", "http://localhost:9/tsa")), audit, messages, clock);
		assertThatThrownBy(() -> signer.sign(forms.receipt(PaperMother.receipt()), "lý do", "Thiên Phủ"))
			.hasMessageContaining("dấu thời gian");
	}

	@Test
	void signingWithoutACertificateIsRefusedClearly() {
		PdfSigner signer = new PdfSigner(store, new DocumentSettings(null, null), audit, messages, clock);

		assertThat(signer.isConfigured()).isFalse();
		assertThatThrownBy(() -> signer.sign(new byte[] { 1 }, "lý do", "Thiên Phủ"))
			.isInstanceOfSatisfying(DocumentRefusedException.class,
					e -> assertThat(e.messageKey()).isEqualTo("documents.error.sign-not-configured"));
	}

	private Path selfSignedKeystore(String password) throws Exception {
		return TestCertificates.selfSignedKeystore(folder, "Trung tâm Phục vụ hành chính công xã Thiên Phủ", password, clock);
	}
}
