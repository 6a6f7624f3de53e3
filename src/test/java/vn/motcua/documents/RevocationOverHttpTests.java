package vn.motcua.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotCuaTest;
import vn.motcua.audit.AuditTrail;
import vn.motcua.simulators.CertificateAuthoritySimulator;
import vn.motcua.simulators.TimeStampAuthoritySimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Revocation checked for real, over HTTP, with the CA simulator as the certificates' authority (issue 17): a PDF
 * signed with a certificate it issued checks valid (the CA answered "good"); once the CA revokes the certificate,
 * signing with it is refused with the date and reason, and the public check reports what EU DSS concludes; a
 * certificate with only a CRL is checked by its CRL; with the CA down, the check says the revocation status is
 * unknown (not "valid") and signing is refused (the rule in docs/documents.md).
 */
@MotCuaTest
class RevocationOverHttpTests {

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
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	CertificateAuthoritySimulator ca;

	TimeStampAuthoritySimulator tsa;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void simulators() throws IOException {
		ca = CertificateAuthoritySimulator.start(0, clock);
		tsa = TimeStampAuthoritySimulator.start(0, clock);
	}

	@AfterEach
	void stop() {
		ca.close();
		tsa.close();
	}

	@Test
	void signedThenRevokedAtTheCaTheCheckSaysWhatDssConcludesAndTheCertificateNoLongerSigns() throws Exception {
		Path keystore = issue("Lê Thị Ngọc Ánh", true);
		byte[] stamped = signer(keystore, true).sign(receipt(), "Ký giấy tiếp nhận", "Thiên Phủ");
		byte[] unstamped = signer(keystore, false).sign(receipt(), "Ký giấy tiếp nhận", "Thiên Phủ");
		SignatureCheck check = check();

		SignatureCheck.Verdict before = check.check(stamped, "kiểm thử");
		assertThat(before.outcome()).as(before.toString()).isEqualTo(SignatureCheck.Outcome.VALID);
		assertThat(before.signers().get(0).revocation()).isEqualTo(SignatureCheck.Revocation.GOOD);
		assertThat(before.signers().get(0).indication()).isEqualTo("TOTAL_PASSED");

		Thread.sleep(1100); // the revocation a second after the signing time (whole seconds)
		revokeAtTheCa(keystore, "keyCompromise");

		SignatureCheck.Verdict unstampedAfter = check.check(unstamped, "kiểm thử");
		assertThat(unstampedAfter.outcome()).as(unstampedAfter.toString()).isEqualTo(SignatureCheck.Outcome.REVOKED);
		SignatureCheck.Signer signer = unstampedAfter.signers().get(0);
		assertThat(signer.revocation()).isEqualTo(SignatureCheck.Revocation.REVOKED);
		assertThat(signer.revocationReason()).isEqualTo("KEY_COMPROMISE");
		assertThat(signer.revokedAt()).isNotNull();
		assertThat(signer.indication()).as("no proof the signature existed before the revocation")
			.isEqualTo("INDETERMINATE/REVOKED_NO_POE");

		SignatureCheck.Verdict stampedAfter = check.check(stamped, "kiểm thử");
		SignatureCheck.Signer stampedSigner = stampedAfter.signers().get(0);
		assertThat(stampedSigner.revocation()).isEqualTo(SignatureCheck.Revocation.REVOKED);
		assertThat(stampedSigner.indication()).as("what EU DSS concludes with a time-stamp before the revocation")
			.isEqualTo("TOTAL_PASSED");
		assertThat(stampedAfter.outcome()).as(stampedAfter.toString())
			.isEqualTo(stampedSigner.revokedAfterSigning() ? SignatureCheck.Outcome.VALID : SignatureCheck.Outcome.REVOKED);
		assertThat(jdbc.sql("select signers from signature_check order by id desc limit 1").query(String.class).single())
			.as("the check log records the answer").contains("REVOKED").contains("KEY_COMPROMISE");

		assertThatThrownBy(() -> signer(keystore, true).sign(receipt(), "Ký lại", "Thiên Phủ"))
			.isInstanceOfSatisfying(DocumentRefusedException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("documents.error.certificate-revoked-by-ca");
				assertThat(e.getMessage()).contains("đã bị thu hồi ngày").contains("lộ khoá bí mật")
					.contains("OCSP").contains("không thể ký");
			});
	}

	@Test
	void aCertificateWithOnlyACrlIsCheckedByItsCrl() throws Exception {
		Path keystore = issue("Trần Văn Chỉ CRL", false);
		byte[] signed = signer(keystore, true).sign(receipt(), "Ký", "Thiên Phủ");
		assertThat(check().check(signed, "kiểm thử").signers().get(0).revocation())
			.isEqualTo(SignatureCheck.Revocation.GOOD);

		revokeAtTheCa(keystore, "affiliationChanged");

		assertThatThrownBy(() -> signer(keystore, true).sign(receipt(), "Ký lại", "Thiên Phủ"))
			.isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.getMessage())
				.contains("thay đổi nơi công tác").contains("CRL"));
	}

	@Test
	void withTheCaDownTheCheckSaysUnknownAndSigningIsRefusedNothingStored() throws Exception {
		Path keystore = issue("Phạm Thị Mất Mạng", true);
		byte[] signed = signer(keystore, true).sign(receipt(), "Ký", "Thiên Phủ");
		ca.close();

		SignatureCheck.Verdict verdict = check().check(signed, "kiểm thử");

		assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(SignatureCheck.Outcome.REVOCATION_UNKNOWN);
		assertThat(verdict.signers().get(0).revocation()).isEqualTo(SignatureCheck.Revocation.UNREACHABLE);
		long stored = jdbc.sql("select count(*) from stored_document").query(Long.class).single();
		StoredDocument original = store.store("14908", "mau-01-ca-mat.pdf", "application/pdf",
				new java.io.ByteArrayInputStream(receipt()));
		assertThatThrownBy(() -> signer(keystore, true).sign(original.id(), "Ký", "Thiên Phủ"))
			.isInstanceOfSatisfying(DocumentRefusedException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("documents.error.certificate-status-unreachable");
				assertThat(e.getMessage()).contains("Phạm Thị Mất Mạng").contains("Nghị định 23/2025/NĐ-CP");
			});
		assertThat(jdbc.sql("select count(*) from stored_document").query(Long.class).single())
			.as("only the original, no signed copy").isEqualTo(stored + 1);
	}

	@Test
	void aShortOutageOfTheCaDoesNotStopSigningWhileItsLastAnswerIsCurrent() throws Exception {
		Path keystore = issue("Đỗ Thị Chập Chờn", true);
		MovableClock later = new MovableClock(clock.instant());
		CertificateRevocation revocation = new CertificateRevocation(Duration.ofSeconds(2), Duration.ZERO, later);
		PdfSigner signer = new PdfSigner(store, new DocumentSettings(null, new DocumentSettings.Signing(
				keystore.toString(), "mat-khau", "http://localhost:" + tsa.port() + "/tsa")), audit, messages, clock,
				revocation);
		signer.sign(receipt(), "Ký", "Thiên Phủ"); // the CA answers GOOD, current for the 10 minutes it says
		ca.close();

		assertThat(signer.sign(receipt(), "Ký khi mất mạng", "Thiên Phủ")).as("signed on the answer still current")
			.isNotEmpty();
		later.move(Duration.ofMinutes(11));
		assertThatThrownBy(() -> signer.sign(receipt(), "Ký khi mất mạng lâu", "Thiên Phủ"))
			.as("the answer is no longer current: refused")
			.isInstanceOfSatisfying(DocumentRefusedException.class,
					e -> assertThat(e.messageKey()).isEqualTo("documents.error.certificate-status-unreachable"));
	}

	/** A clock a test moves forward. */
	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void move(Duration by) {
			now = now.plus(by);
		}

		@Override
		public java.time.ZoneId getZone() {
			return vn.motcua.shared.VietnamTime.ZONE;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@Test
	void aCaThatDoesNotAnswerIsGivenUpAfterTheTimeOut() throws Exception {
		Path keystore = issue("Vũ Văn Chờ Lâu", true);
		HttpResponse<String> slow = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ca.port()
				+ "/simulator/faults")).POST(HttpRequest.BodyPublishers.ofString(
						"{\"kind\":\"TIMEOUT\",\"calls\":10,\"delaySeconds\":30}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(slow.statusCode()).isEqualTo(200);
		long started = System.nanoTime();
		assertThatThrownBy(() -> signer(keystore, true).sign(receipt(), "Ký", "Thiên Phủ"))
			.isInstanceOfSatisfying(DocumentRefusedException.class,
					e -> assertThat(e.messageKey()).isEqualTo("documents.error.certificate-status-unreachable"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("OCSP then CRL, 2 s each, not the CA's 30 s")
			.isLessThan(Duration.ofSeconds(15));
	}

	private byte[] receipt() {
		return forms.receipt(PaperMother.receipt());
	}

	private PdfSigner signer(Path keystore, boolean timeStamped) {
		return new PdfSigner(store, new DocumentSettings(null, new DocumentSettings.Signing(keystore.toString(), "mat-khau",
				timeStamped ? "http://localhost:" + tsa.port() + "/tsa" : null)), audit, messages, clock,
				new CertificateRevocation(Duration.ofSeconds(2), Duration.ZERO, clock));
	}

	/** A check trusting the CA and the TSA, asking the CA online, without cache (each check asks again). */
	private SignatureCheck check() throws Exception {
		Path anchors = Files.createDirectories(folder.resolve("anchors"));
		Files.write(anchors.resolve("ca.cer"), ca.caCertificate().getEncoded());
		Files.write(anchors.resolve("tsa.cer"), tsa.certificate().getEncoded());
		return new SignatureCheck(audit, jdbc, store, clock, anchors.toString(),
				new CertificateRevocation(Duration.ofSeconds(2), Duration.ZERO, clock));
	}

	private Path issue(String name, boolean ocsp) throws Exception {
		Path file = folder.resolve(name.replace(' ', '-') + ".p12");
		Files.write(file, ca.issuePkcs12(name, "mat-khau".toCharArray(), Duration.ofDays(365), ocsp));
		return file;
	}

	/** The revocation form of the simulator's page. */
	private void revokeAtTheCa(Path keystore, String reason) throws Exception {
		KeyStore p12 = KeyStore.getInstance("PKCS12");
		try (var in = Files.newInputStream(keystore)) {
			p12.load(in, "mat-khau".toCharArray());
		}
		BigInteger serial = ((X509Certificate) p12.getCertificate("signer")).getSerialNumber();
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ca.port()
				+ "/ca/revoke")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("serial=" + serial.toString(16) + "&reason=" + reason))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(303);
	}
}
