package vn.motcua.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.springframework.context.MessageSource;

import vn.motcua.shared.VietnameseMessages;

/**
 * Time-stamps from an RFC 3161 service ({@code MOTCUA_TSA_URL}) for PAdES-BASELINE-T signatures: a query with the
 * signature's digest and a random nonce, {@code POST}ed as {@code application/timestamp-query}; the reply must be
 * granted and match the query (imprint, nonce), or signing fails with the service's reason (in Vietnamese, the
 * {@code documents.error.tsa-*} messages). The simulator:
 * {@code java -jar motcua.jar simulators} ({@code /tsa}).
 */
final class RemoteTimeStamps implements TSPSource {

	private static final long serialVersionUID = 1L;

	private static final SecureRandom NONCES = new SecureRandom();

	private final URI url;

	private final transient VietnameseMessages words;

	RemoteTimeStamps(String url, MessageSource messages) {
		this.url = URI.create(url);
		this.words = new VietnameseMessages(messages);
	}

	@Override
	public TimestampBinary getTimeStampResponse(DigestAlgorithm algorithm, byte[] digest) {
		TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
		generator.setCertReq(true);
		TimeStampRequest request = generator.generate(new ASN1ObjectIdentifier(algorithm.getOid()), digest,
				new BigInteger(64, NONCES));
		try {
			HttpResponse<byte[]> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
				.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20))
					.header("Content-Type", "application/timestamp-query")
					.POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			if (answer.statusCode() != 200) {
				throw new Refused(words.say("documents.error.tsa-status", answer.statusCode()));
			}
			TimeStampResponse response = new TimeStampResponse(answer.body());
			response.validate(request);
			if (response.getTimeStampToken() == null) {
				throw new Refused(words.say("documents.error.tsa-refused", response.getStatusString()));
			}
			return new TimestampBinary(response.getTimeStampToken().getEncoded());
		}
		catch (IOException | TSPException e) {
			throw new Refused(words.say("documents.error.tsa-unreachable", url, e.getMessage()), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Refused(words.say("documents.error.tsa-interrupted"), e);
		}
	}

	/** The time-stamping service's refusal or absence, in Vietnamese (the signing stops with it). */
	static final class Refused extends DSSException {

		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}

		Refused(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
