package vn.motcua.simulators;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneId;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.motcua.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificate authority simulator over real HTTP: it issues a PKCS#12 whose certificate names its CRL and OCSP
 * addresses, answers OCSP (RFC 6960) good, then revoked with the time and reason once revoked on its page, unknown for
 * a serial it never issued, and lists the revoked serial in its CRL (RFC 5280), everything signed by the CA.
 */
class CertificateAuthoritySimulatorTests {

	CertificateAuthoritySimulator ca;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws Exception {
		ca = CertificateAuthoritySimulator.start(0,
				Clock.fixed(TestClock.START.toInstant(), ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	@AfterEach
	void stop() {
		ca.close();
	}

	@Test
	void aCertificateIsGoodThenRevokedWithTimeAndReasonInOcspAndInTheCrl() throws Exception {
		X509Certificate certificate = issue("Lê Thị Ngọc Ánh");
		String base = "http://localhost:" + ca.port();
		assertThat(new String(certificate.getExtensionValue(Extension.cRLDistributionPoints.getId()),
				java.nio.charset.StandardCharsets.ISO_8859_1)).contains(base + "/ca/crl");
		assertThat(new String(certificate.getExtensionValue(Extension.authorityInfoAccess.getId()),
				java.nio.charset.StandardCharsets.ISO_8859_1)).contains(base + "/ocsp");
		certificate.verify(ca.caCertificate().getPublicKey());

		SingleResp good = ocsp(certificate.getSerialNumber());
		assertThat(good.getCertStatus()).isEqualTo(CertificateStatus.GOOD);
		assertThat(crl().getRevokedCertificate(certificate.getSerialNumber())).isNull();

		HttpResponse<String> revoked = http.send(HttpRequest.newBuilder(URI.create(base + "/ca/revoke"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("serial=" + certificate.getSerialNumber().toString(16)
					+ "&reason=keyCompromise"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(revoked.statusCode()).isEqualTo(303);

		SingleResp answer = ocsp(certificate.getSerialNumber());
		assertThat(answer.getCertStatus()).isInstanceOf(RevokedStatus.class);
		RevokedStatus status = (RevokedStatus) answer.getCertStatus();
		assertThat(status.getRevocationTime().toInstant()).isEqualTo(TestClock.START.toInstant());
		assertThat(status.getRevocationReason()).isEqualTo(CRLReason.keyCompromise);
		X509CRL crl = crl();
		assertThat(crl.getRevokedCertificate(certificate.getSerialNumber())).isNotNull();
		assertThat(crl.getRevokedCertificate(certificate.getSerialNumber()).getRevocationDate().toInstant())
			.isEqualTo(TestClock.START.toInstant());
		assertThat(ca.revoke(certificate.getSerialNumber(), CRLReason.superseded)).as("revoked once only").isFalse();
	}

	@Test
	void aSerialTheCaNeverIssuedIsUnknownAndAGarbledRequestIsMalformed() throws Exception {
		issue("Người thật");
		assertThat(ocsp(BigInteger.valueOf(987654321)).getCertStatus()).isInstanceOf(UnknownStatus.class);
		HttpResponse<byte[]> garbled = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ca.port() + "/ocsp"))
			.header("Content-Type", "application/ocsp-request").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] { 1, 2, 3 }))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(new OCSPResp(garbled.body()).getStatus()).isEqualTo(OCSPResp.MALFORMED_REQUEST);
	}

	private X509Certificate issue(String name) throws Exception {
		HttpResponse<byte[]> p12 = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ca.port()
				+ "/ca/certificates")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("cn=" + java.net.URLEncoder.encode(name, "UTF-8")
					+ "&password=mat-khau&days=365"))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(p12.statusCode()).isEqualTo(200);
		assertThat(p12.headers().firstValue("Content-Type")).contains("application/x-pkcs12");
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(new ByteArrayInputStream(p12.body()), "mat-khau".toCharArray());
		assertThat(store.getCertificateChain("signer")).hasSize(2);
		return (X509Certificate) store.getCertificate("signer");
	}

	/** Asks the simulator's OCSP responder over HTTP POST (with a nonce) and checks the answer's signature. */
	private SingleResp ocsp(BigInteger serial) throws Exception {
		CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
				new JcaX509CertificateHolder(ca.caCertificate()), serial);
		byte[] nonce = new byte[] { 7, 7, 7, 7, 7, 7, 7, 7 };
		byte[] request = new OCSPReqBuilder().addRequest(id)
			.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
					new DEROctetString(nonce))))
			.build().getEncoded();
		HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ca.port() + "/ocsp"))
			.header("Content-Type", "application/ocsp-request").POST(HttpRequest.BodyPublishers.ofByteArray(request))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.headers().firstValue("Content-Type")).contains("application/ocsp-response");
		OCSPResp response = new OCSPResp(answer.body());
		assertThat(response.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
		BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
		assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(ca.caCertificate()))).isTrue();
		assertThat(basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue().getOctets())
			.isEqualTo(new DEROctetString(nonce).getOctets());
		return basic.getResponses()[0];
	}

	private X509CRL crl() throws Exception {
		HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ca.port()
				+ "/ca/crl")).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.headers().firstValue("Content-Type")).contains("application/pkix-crl");
		X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
			.generateCRL(new ByteArrayInputStream(answer.body()));
		crl.verify(ca.caCertificate().getPublicKey());
		return crl;
	}
}
