package vn.motcua.documents;

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

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A self-signed signing certificate in a PKCS#12 file, for the tests that sign and check PDFs. */
public final class TestCertificates {

	private TestCertificates() {
	}

	/** Writes {@code folder/signer.p12} (RSA 2048, valid a year around the clock's time) for {@code commonName}. */
	public static Path selfSignedKeystore(Path folder, String commonName, String password, Clock clock)
			throws Exception {
		return keystore(folder, commonName, password, clock.instant().minus(Duration.ofDays(1)), Duration.ofDays(366));
	}

	/** Writes {@code folder/signer.p12} and {@code folder/signer.cer}: a certificate valid from {@code start}. */
	public static Path keystore(Path folder, String commonName, String password, java.time.Instant start,
			Duration validity) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		X500Name name = new X500Name("CN=" + commonName + ", O=UBND xã Thiên Phủ, C=VN");
		Date from = Date.from(start);
		Date to = Date.from(start.plus(validity));
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(2026), from, to,
				name, pair.getPublic());
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		X509Certificate certificate = new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
		KeyStore keystore = KeyStore.getInstance("PKCS12");
		keystore.load(null, null);
		keystore.setKeyEntry("signer", pair.getPrivate(), password.toCharArray(), new Certificate[] { certificate });
		Path file = folder.resolve("signer.p12");
		try (OutputStream out = Files.newOutputStream(file)) {
			keystore.store(out, password.toCharArray());
		}
		Files.write(folder.resolve("signer.cer"), certificate.getEncoded());
		return file;
	}
}
