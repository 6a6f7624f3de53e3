package vn.motcua.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
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
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import vn.motcua.MotCuaTest;
import vn.motcua.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signing with a key on a real PKCS#11 token: SoftHSM2 (Debian's softhsm2, installed by the test command), a token
 * made for the test with the officer's key and certificate on it. A wrong PIN is refused clearly.
 */
@MotCuaTest
public class PdfSignerTokenTests {

	public static final Path SOFTHSM = Path.of("target/softhsm").toAbsolutePath();

	public static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";

	public static final String PIN = "246810";

	@Autowired
	OneStopPapers forms;

	@Autowired
	AuditTrail audit;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	private static boolean made;

	/**
	 * A fresh token "motcua" in target/softhsm with one RSA key and its certificate (made with the JDK's PKCS#11), once
	 * per test JVM: SoftHSM2 stays loaded once a test signed with it, and cannot be made again under it.
	 */
	@BeforeAll
	public static synchronized void token() throws Exception {
		if (made) {
			return;
		}
		assertThat(Path.of(LIBRARY)).as("softhsm2, installed by src/test/setup/install-test-prerequisites.sh").exists();
		Path tokens = SOFTHSM.resolve("tokens");
		if (Files.exists(tokens)) {
			try (var old = Files.walk(tokens)) {
				old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		Files.createDirectories(tokens);
		Files.writeString(SOFTHSM.resolve("softhsm2.conf"), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n");
		Process init = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", "motcua", "--pin", PIN,
				"--so-pin", "13579")
			.redirectErrorStream(true).start();
		init.getOutputStream().close();
		String said = new String(init.getInputStream().readAllBytes());
		assertThat(init.waitFor()).as(said).isZero();
		Provider pkcs11 = Security.getProvider("SunPKCS11")
			.configure("--name=motcua-test\nlibrary=" + LIBRARY + "\nslotListIndex=0\n");
		KeyStore token = KeyStore.getInstance("PKCS11", pkcs11);
		token.load(null, PIN.toCharArray());
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		X500Name name = new X500Name("CN=Lê Thị Hoa, O=UBND xã Thiên Phủ, C=VN");
		Date from = Date.from(java.time.Instant.parse("2026-01-01T00:00:00Z"));
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(11), from,
				Date.from(from.toInstant().plus(Duration.ofDays(3650))), name, pair.getPublic());
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		X509Certificate certificate = new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
		token.setKeyEntry("ky-so", pair.getPrivate(), null, new Certificate[] { certificate });
		made = true;
	}

	@Test
	void aFormIsSignedWithTheKeyOnTheTokenAndValidates() throws IOException {
		PdfSigner signer = signer(PIN);
		assertThat(signer.isConfigured()).isTrue();
		byte[] signed = signer.sign(forms.receipt(PaperMother.receipt()), "Giấy tiếp nhận hồ sơ", "Thiên Phủ");
		SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(signed));
		validator.setCertificateVerifier(new CommonCertificateVerifier());
		List<SignatureWrapper> signatures = validator.validateDocument().getDiagnosticData().getSignatures();
		assertThat(signatures).hasSize(1);
		assertThat(signatures.get(0).isSignatureValid()).isTrue();
		assertThat(signatures.get(0).getSignatureFormat()).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
		assertThat(signatures.get(0).getSigningCertificate().getCommonName()).isEqualTo("Lê Thị Hoa");
	}

	@Test
	void aWrongPinIsRefusedWithAClearMessage() {
		assertThatThrownBy(() -> signer("000000").sign(forms.receipt(PaperMother.receipt()), "lý do", "Thiên Phủ"))
			.isInstanceOfSatisfying(DocumentRefusedException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("documents.error.sign-token");
				assertThat(e.getMessage()).contains("sai mã PIN");
			});
	}

	private PdfSigner signer(String pin) {
		return new PdfSigner(null, new DocumentSettings(null, new DocumentSettings.Signing(null, pin, null, LIBRARY, 0)),
				audit, messages, clock);
	}
}
