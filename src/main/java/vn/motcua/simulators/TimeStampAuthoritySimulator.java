package vn.motcua.simulators;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;

/**
 * A time-stamping authority (RFC 3161) for tests and demos, as {@code MOTCUA_TSA_URL} expects one (issue 17: PAdES
 * B-T signatures carry a time-stamp): {@code POST /tsa} with an {@code application/timestamp-query} answers an
 * {@code application/timestamp-reply} signed by its own TSA certificate (RSA 2048, SHA-256, made at start, extended key
 * usage time-stamping, critical), dated by its clock. {@code GET /tsa/certificate} gives that certificate (DER) to
 * add to the trust anchors. Accepts SHA-256, SHA-384 and SHA-512 imprints; anything else is answered with a
 * rejection as the RFC says. Faults as every simulator.
 */
public final class TimeStampAuthoritySimulator extends SimulatorServer {

	private static final Set<ASN1ObjectIdentifier> ACCEPTED = Set.of(TSPAlgorithms.SHA256, TSPAlgorithms.SHA384,
			TSPAlgorithms.SHA512);

	/** The policy under which the simulator stamps (a private arc: a simulator's, not a real authority's). */
	private static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.59999.1.1");

	private final Clock clock;

	private final X509Certificate certificate;

	private final TimeStampResponseGenerator responses;

	private final AtomicLong serial = new AtomicLong();

	private TimeStampAuthoritySimulator(int port, Clock clock) throws IOException {
		super(port);
		this.clock = clock;
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair keys = generator.generateKeyPair();
			Instant now = clock.instant();
			X500Name name = new X500Name("CN=MotCua TSA mô phỏng, O=MotCua, C=VN");
			// valid from long before the clock's day (as a real TSA's certificate is): EU DSS checks a time-stamp's
			// certificate against the machine's own time too, so a clock set ahead (a test on the eve of Tết) must
			// not make the time-stamps it made "not yet valid"
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
					Date.from(now.minus(Duration.ofDays(800))), Date.from(now.plus(Duration.ofDays(3650))), name,
					keys.getPublic());
			builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
			X509CertificateHolder holder = builder.build(signer);
			this.certificate = new JcaX509CertificateConverter().getCertificate(holder);
			DigestCalculator sha1 = new JcaDigestCalculatorProviderBuilder().build()
				.get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
						org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1));
			TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
				.build("SHA256withRSA", keys.getPrivate(), certificate), sha1, POLICY);
			tokens.addCertificates(new JcaCertStore(java.util.List.of(certificate)));
			this.responses = new TimeStampResponseGenerator(tokens, ACCEPTED);
		}
		catch (java.security.GeneralSecurityException | OperatorCreationException | TSPException e) {
			throw new IOException("Không tạo được chứng thư của TSA mô phỏng", e);
		}
		catch (org.bouncycastle.cert.CertIOException e) {
			throw new IOException(e);
		}
	}

	/** Starts a TSA on {@code port} (0: any), stamping with {@code clock}'s time. */
	public static TimeStampAuthoritySimulator start(int port, Clock clock) throws IOException {
		TimeStampAuthoritySimulator simulator = new TimeStampAuthoritySimulator(port, clock);
		simulator.start();
		return simulator;
	}

	/** The TSA's certificate (to trust its time-stamps). */
	public X509Certificate certificate() {
		return certificate;
	}

	@Override
	void fail(HttpExchange exchange, int status, String message) throws IOException {
		send(exchange, status, message.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain; charset=utf-8");
	}

	@Override
	void handle(HttpExchange exchange, String method, String path) throws IOException {
		if ("GET".equals(method) && path.equals("/tsa/certificate")) {
			try {
				send(exchange, 200, certificate.getEncoded(), "application/pkix-cert");
			}
			catch (java.security.cert.CertificateEncodingException e) {
				throw new IOException(e);
			}
			return;
		}
		if (!"POST".equals(method) || !path.equals("/tsa")) {
			send(exchange, 404, new byte[0], "text/plain");
			return;
		}
		SimulatorFaults.Fault fault = faults.next(false);
		if (fault != null && failedAlike(exchange, fault)) {
			return;
		}
		if (fault != null && fault.kind() == SimulatorFaults.Kind.TIMEOUT) {
			pause(fault.delaySeconds());
		}
		else if (fault != null) {
			fail(exchange, 503, "Dịch vụ cấp dấu thời gian đang bận");
			return;
		}
		byte[] query;
		try (InputStream in = exchange.getRequestBody()) {
			query = in.readNBytes(64 * 1024);
		}
		try {
			TimeStampRequest request = new TimeStampRequest(query);
			TimeStampResponse response = responses.generate(request,
					BigInteger.valueOf(serial.incrementAndGet()), Date.from(clock.instant()));
			send(exchange, 200, response.getEncoded(), "application/timestamp-reply");
		}
		catch (TSPException | IOException | IllegalArgumentException e) {
			try {
				TimeStampResponse rejection = responses.generateRejectedResponse(e);
				send(exchange, 200, rejection.getEncoded(), "application/timestamp-reply");
			}
			catch (TSPException notEven) {
				send(exchange, 400, new byte[0], "text/plain");
			}
		}
	}
}
