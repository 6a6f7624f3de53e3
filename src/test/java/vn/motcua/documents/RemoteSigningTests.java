package vn.motcua.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotCuaTest;
import vn.motcua.audit.AuditTrail;
import vn.motcua.simulators.RemoteSigningSimulator;
import vn.motcua.simulators.TimeStampAuthoritySimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Remote signing end to end over HTTP against the simulator shipped in {@code simulators}: MotCua posts the hash, the
 * signature waits ("chờ người ký xác nhận trên điện thoại"), the signer approves on the simulator's page and the
 * signed PDF is PAdES-BASELINE-T and valid; a refusal or nobody approving in time closes the request with a clear
 * message and stores nothing; an expired certificate issued by the simulator's CA is refused before anything is sent.
 */
@MotCuaTest
class RemoteSigningTests {

	@Autowired
	DocumentStore store;

	@Autowired
	OneStopPapers forms;

	@Autowired
	AuditTrail audit;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	RemoteSigningSimulator remote;

	TimeStampAuthoritySimulator tsa;

	@BeforeEach
	void simulators() throws IOException {
		remote = RemoteSigningSimulator.start(0, clock, Duration.ofMinutes(10));
		tsa = TimeStampAuthoritySimulator.start(0, clock);
	}

	@AfterEach
	void stop() {
		remote.close();
		tsa.close();
	}

	@Test
	void approvedOnThePhoneTheDocumentIsSignedAndValidatesAsBaselineT() throws Exception {
		DocumentSigning signing = signing(Duration.ofMinutes(5));
		SigningCertificates.Entry leader = register(signing, "lanhdao-anh");
		StoredDocument receipt = receipt();

		DocumentSigning.Outcome asked = signing.sign(receipt.id(), order(leader));

		assertThat(asked.status()).isEqualTo(DocumentSigning.Outcome.Status.PENDING);
		assertThat(signing.pending("14908")).anySatisfy(p -> {
			assertThat(p.id()).isEqualTo(asked.pendingId());
			assertThat(p.status()).isEqualTo("PENDING");
		});
		assertThat(signing.collect(asked.pendingId()).status()).as("not yet approved")
			.isEqualTo(DocumentSigning.Outcome.Status.PENDING);
		assertThat(remote.pending()).hasSize(1);
		click(remote.pending().get(0), "approve");

		DocumentSigning.Outcome done = signing.collect(asked.pendingId());

		assertThat(done.status()).isEqualTo(DocumentSigning.Outcome.Status.SIGNED);
		byte[] signed;
		try (InputStream in = store.open(done.signed().id())) {
			signed = in.readAllBytes();
		}
		CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();
		anchors.addCertificate(new CertificateToken(remote.caCertificate()));
		anchors.addCertificate(new CertificateToken(tsa.certificate()));
		CommonCertificateVerifier verifier = new CommonCertificateVerifier();
		verifier.setTrustedCertSources(anchors);
		SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(signed));
		validator.setCertificateVerifier(verifier);
		Reports reports = validator.validateDocument();
		SignatureWrapper signature = reports.getDiagnosticData().getSignatures().get(0);
		assertThat(signature.getSignatureFormat()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
		assertThat(signature.getSigningCertificate().getCommonName()).isEqualTo("lanhdao-anh");
		assertThat(signature.isSignatureIntact()).isTrue();
		assertThat(signature.isSignatureValid()).isTrue();
		assertThat(reports.getSimpleReport().getIndication(signature.getId()))
			.as("trusted through the simulator's CA (no revocation data: the simulator publishes none)")
			.isIn(Indication.TOTAL_PASSED, Indication.INDETERMINATE);
		assertThat(signing.pending("14908")).anySatisfy(p -> {
			assertThat(p.id()).isEqualTo(asked.pendingId());
			assertThat(p.status()).isEqualTo("SIGNED");
			assertThat(p.signedDocumentId()).isEqualTo(done.signed().id());
		});
	}

	@Test
	void refusedOnThePhoneNothingIsSignedAndTheReasonIsSaid() throws Exception {
		DocumentSigning signing = signing(Duration.ofMinutes(5));
		SigningCertificates.Entry leader = register(signing, "lanhdao-tu-choi");
		StoredDocument receipt = receipt();
		long signedBefore = signedCopies();
		DocumentSigning.Outcome asked = signing.sign(receipt.id(), order(leader));
		click(remote.pending().get(0), "refuse");

		DocumentSigning.Outcome refused = signing.collect(asked.pendingId());

		assertThat(refused.status()).isEqualTo(DocumentSigning.Outcome.Status.REFUSED);
		assertThat(refused.message()).contains("đã từ chối").contains("chưa được ký");
		assertThat(signedCopies()).isEqualTo(signedBefore);
	}

	@Test
	void nobodyApprovingInTimeExpiresTheRequestAndNothingIsSigned() throws Exception {
		DocumentSigning signing = signing(Duration.ofMillis(1));
		SigningCertificates.Entry leader = register(signing, "lanhdao-cham");
		long signedBefore = signedCopies();
		DocumentSigning.Outcome asked = signing.sign(receipt().id(), order(leader));
		Thread.sleep(20);

		DocumentSigning.Outcome expired = signing.collect(asked.pendingId());

		assertThat(expired.status()).isEqualTo(DocumentSigning.Outcome.Status.EXPIRED);
		assertThat(expired.message()).contains("không xác nhận").contains("chưa được ký");
		assertThat(signedCopies()).isEqualTo(signedBefore);
		assertThat(remote.approve(remote.pending().get(0))).as("approving later changes nothing").isTrue();
		assertThat(signing.collect(asked.pendingId()).status()).isEqualTo(DocumentSigning.Outcome.Status.EXPIRED);
	}

	@Test
	void anExpiredRemoteCertificateIsRefusedBeforeAnythingIsSent() throws Exception {
		DocumentSigning signing = signing(Duration.ofMinutes(5));
		SigningCertificates.Entry old = register(signing, "het-han-nguyen");
		assertThatThrownBy(() -> signing.sign(receipt().id(), order(old)))
			.isInstanceOfSatisfying(DocumentRefusedException.class,
					e -> assertThat(e.messageKey()).isIn("documents.error.certificate-expired"));
		assertThat(remote.pending()).isEmpty();
	}

	@Test
	void aRevokedCertificateIsRefusedClearly() throws Exception {
		DocumentSigning signing = signing(Duration.ofMinutes(5));
		SigningCertificates.Entry leader = register(signing, "lanhdao-mat-the");
		certificates(signing).revoke(leader.id(), "Mất điện thoại", "quantri");
		assertThatThrownBy(() -> signing.sign(receipt().id(), order(leader)))
			.isInstanceOfSatisfying(DocumentRefusedException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("documents.error.certificate-revoked");
				assertThat(e.getMessage()).contains("đã bị thu hồi").contains("Mất điện thoại");
			});
		assertThat(remote.pending()).isEmpty();
	}

	private SigningCertificates certificates;

	private DocumentSigning signing(Duration wait) {
		PdfSigner signer = new PdfSigner(store, new DocumentSettings(null,
				new DocumentSettings.Signing(null, null, "http://localhost:" + tsa.port() + "/tsa"),
				new DocumentSettings.RemoteSigning("http://localhost:" + remote.port(), RemoteSigningSimulator.API_KEY, wait)),
				audit, messages, clock);
		certificates = new SigningCertificates(jdbc, signer, audit, clock);
		return new DocumentSigning(signer, certificates, store, jdbc, audit, clock);
	}

	private SigningCertificates certificates(DocumentSigning signing) {
		return certificates;
	}

	private SigningCertificates.Entry register(DocumentSigning signing, String signerId) {
		return certificates.register("14908", "lanhdao", "Lê Thị Ngọc Ánh", SignatureDevice.Kind.REMOTE, signerId, null,
				"quantri");
	}

	private static DocumentSigning.Order order(SigningCertificates.Entry certificate) {
		return new DocumentSigning.Order(SignatureRole.SIGNER, certificate.id(), null, null, "Ký giấy tiếp nhận",
				"Thiên Phủ", null, "lanhdao");
	}

	private StoredDocument receipt() {
		return store.store("14908", "mau-01-tu-xa.pdf", "application/pdf",
				new ByteArrayInputStream(forms.receipt(PaperMother.receipt())));
	}

	private long signedCopies() {
		return jdbc.sql("select count(*) from stored_document where file_name = 'mau-01-tu-xa-ky-so.pdf'").query(Long.class)
			.single();
	}

	/** The signer's answer on the simulator's page (its form posts). */
	private void click(String transaction, String action) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + remote.port() + "/requests/" + transaction + "/"
					+ action)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(303);
	}
}
