package vn.motcua.simulators;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneId;

import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.motcua.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The RFC 3161 time-stamping simulator over real HTTP: a stamp that verifies with its certificate, at its clock's time. */
class TimeStampAuthoritySimulatorTests {

	TimeStampAuthoritySimulator tsa;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws Exception {
		tsa = TimeStampAuthoritySimulator.start(0, Clock.fixed(TestClock.START.toInstant(), ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	@AfterEach
	void stop() {
		tsa.close();
	}

	@Test
	void aSha256ImprintIsStampedAtTheClocksTimeAndTheStampVerifiesWithTheTsaCertificate() throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest("Mẫu 01 14908-261124-0001".getBytes());
		TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
		generator.setCertReq(true);
		TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, digest, BigInteger.valueOf(42));
		TimeStampResponse response = new TimeStampResponse(post(request.getEncoded()));
		response.validate(request);
		assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
		var token = response.getTimeStampToken();
		token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.certificate()));
		assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(TestClock.START.toInstant());
		assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
		assertThat(token.getTimeStampInfo().getNonce()).isEqualTo(BigInteger.valueOf(42));
		byte[] certificate = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + tsa.port()
				+ "/tsa/certificate")).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
		assertThat(certificate).isEqualTo(tsa.certificate().getEncoded());
	}

	@Test
	void aWeakImprintIsRejectedAsTheRfcSays() throws Exception {
		TimeStampRequest request = new TimeStampRequestGenerator().generate(TSPAlgorithms.MD5,
				MessageDigest.getInstance("MD5").digest(new byte[] { 1 }));
		TimeStampResponse response = new TimeStampResponse(post(request.getEncoded()));
		assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
		assertThat(response.getTimeStampToken()).isNull();
	}

	private byte[] post(byte[] query) throws Exception {
		HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + tsa.port() + "/tsa"))
			.header("Content-Type", "application/timestamp-query").POST(HttpRequest.BodyPublishers.ofByteArray(query))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type")).contains("application/timestamp-reply");
		return answer.body();
	}
}
