package vn.motcua.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import eu.europa.esig.dss.enumerations.CertificateStatus;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.model.x509.revocation.Revocation;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.spi.CertificateExtensionsUtils;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationSource;
import eu.europa.esig.dss.spi.x509.revocation.RevocationToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Asks a certificate's authority whether it is revoked, the way a real verifier does (issue 17): OCSP first (RFC 6960,
 * the responder named in the certificate's Authority Information Access), the CRL (RFC 5280, its CRL Distribution
 * Point) when the certificate names no OCSP responder or the responder does not answer; through EU DSS's
 * {@link OnlineOCSPSource} and {@link OnlineCRLSource} with HTTP time-outs ({@code MOTCUA_REVOCATION_TIMEOUT}, 5 s by
 * default). A real CA needs no setting: the addresses are in its certificates. An answer counts only when it is signed
 * by the certificate's issuer (or a responder it certified, as DSS checks).
 * <p>
 * Nghị định 23/2025/NĐ-CP Art. 3.3: a signing certificate is in force ("có hiệu lực") only while it is not expired,
 * suspended or revoked; so the CA's word, not only the administrator's mark in {@link SigningCertificates}, decides
 * whether MotCua may sign with it. The public check ({@link SignatureCheck}) uses {@link #cachedOcsp()} and
 * {@link #cachedCrl()}: the same sources with answers kept a few minutes ({@code MOTCUA_REVOCATION_CACHE}, 5 minutes)
 * so that a busy check page does not flood the CA.
 */
@Component
class CertificateRevocation {

	/** What the CA says of a certificate. */
	enum State {

		/** Not revoked (OCSP "good", or absent from a current CRL). */
		GOOD,

		/** Revoked: {@link Answer#revokedAt()} and {@link Answer#reason()}. */
		REVOKED,

		/** The CA does not know the certificate (OCSP "unknown"). */
		UNKNOWN,

		/** The CA could not be asked (down, slow, an answer not signed by it). */
		UNREACHABLE,

		/** The certificate names no OCSP responder and no CRL (a self-signed or test certificate): nothing to ask. */
		NOT_PUBLISHED
	}

	/**
	 * The CA's answer; {@code source} OCSP or CRL, {@code reason} the RFC 5280 reason's name (DSS's),
	 * {@code currentUntil} the answer's own next update (null when it names none), {@code askedAt} when the CA gave it.
	 */
	record Answer(State state, Instant revokedAt, String reason, String source, Instant currentUntil, Instant askedAt) {

		static Answer of(State state) {
			return new Answer(state, null, null, null, null, null);
		}
	}

	private final OnlineOCSPSource ocsp;

	private final OnlineCRLSource crl;

	private final OCSPSource cachedOcsp;

	private final DefaultAIASource issuers;

	private final CRLSource cachedCrl;

	private final Clock clock;

	private final Duration goodFor;

	private final Duration keepAnswers;

	/** The last GOOD answer of each certificate asked, by its DSS id (for signing while its CA cannot be reached). */
	private final Map<String, Answer> lastGood = new ConcurrentHashMap<>();

	@Autowired
	CertificateRevocation(@Value("${motcua.documents.revocation.timeout:5s}") Duration timeout,
			@Value("${motcua.documents.revocation.cache:5m}") Duration cache,
			@Value("${motcua.documents.revocation.good-for:1h}") Duration goodFor, Clock clock) {
		this.clock = clock;
		this.goodFor = goodFor;
		this.keepAnswers = cache;
		int millis = (int) Math.max(1, timeout.toMillis());
		OCSPDataLoader ocspLoader = new OCSPDataLoader();
		CommonsDataLoader crlLoader = new CommonsDataLoader();
		for (CommonsDataLoader loader : List.of(ocspLoader, crlLoader)) {
			loader.setTimeoutConnection(millis);
			loader.setTimeoutConnectionRequest(millis);
			loader.setTimeoutResponse(millis);
			loader.setTimeoutSocket(millis);
			// one try: a CA that does not answer within the time-out is reported as such, not retried for minutes
			loader.setRetryStrategy(new org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy(0,
					org.apache.hc.core5.util.TimeValue.ZERO_MILLISECONDS));
		}
		this.ocsp = new OnlineOCSPSource(ocspLoader);
		this.crl = new OnlineCRLSource(crlLoader);
		this.issuers = new DefaultAIASource(crlLoader);
		Memo ocspAnswers = new Memo(cache, clock);
		Memo crlAnswers = new Memo(cache, clock);
		this.cachedOcsp = (certificate, issuer) -> ocspAnswers.get(certificate, issuer,
				() -> ocsp.getRevocationToken(certificate, issuer));
		this.cachedCrl = (certificate, issuer) -> crlAnswers.get(certificate, issuer,
				() -> crl.getRevocationToken(certificate, issuer));
	}

	/** With the defaults (5 s time-out, 5 minutes' cache), for code built without Spring (tests, one-off checks). */
	CertificateRevocation(Clock clock) {
		this(Duration.ofSeconds(5), Duration.ofMinutes(5), clock);
	}

	/** With the given time-out and cache, a GOOD answer relied on for an hour when it names no next update. */
	CertificateRevocation(Duration timeout, Duration cache, Clock clock) {
		this(timeout, cache, Duration.ofHours(1), clock);
	}

	/**
	 * Asks as {@link #ask(List)} does, for signing: when the CA cannot be asked now, its last GOOD answer about the
	 * certificate counts while it is still current — until its own next update (a CRL is current until its
	 * {@code nextUpdate}, RFC 5280 §5.1.2.5; an OCSP answer until its {@code nextUpdate}, RFC 6960 §2.4), or for
	 * {@code MOTCUA_REVOCATION_GOOD_FOR} (1 hour) after it was given when it names none. A counter whose network to the
	 * CA drops for a few minutes keeps issuing its signed receipts; a certificate never confirmed, or confirmed too long
	 * ago, is still refused. The answer returned then is that earlier GOOD one (its {@code askedAt} says when).
	 */
	Answer askToSign(List<CertificateToken> chain) {
		Answer now = ask(chain);
		if (now.state() != State.UNREACHABLE) {
			return now;
		}
		Answer earlier = lastGood.get(chain.get(0).getDSSIdAsString());
		if (earlier == null) {
			return now;
		}
		Instant until = earlier.currentUntil() != null ? earlier.currentUntil() : earlier.askedAt().plus(goodFor);
		return clock.instant().isBefore(until) ? earlier : now;
	}

	/**
	 * Asks the CA of {@code chain.get(0)} (its issuer {@code chain.get(1)}, which every MotCua device gives) now,
	 * without the cache: OCSP first, then the CRL.
	 */
	Answer ask(List<CertificateToken> chain) {
		CertificateToken certificate = chain.get(0);
		boolean hasOcsp = !CertificateExtensionsUtils.getOCSPAccessUrls(certificate).isEmpty();
		boolean hasCrl = !CertificateExtensionsUtils.getCRLAccessUrls(certificate).isEmpty();
		if (!hasOcsp && !hasCrl) {
			return Answer.of(State.NOT_PUBLISHED);
		}
		if (chain.size() < 2) {
			return Answer.of(State.UNREACHABLE); // the issuer is needed to ask and to check the answer
		}
		CertificateToken issuer = chain.get(1);
		Answer answer = hasOcsp ? answer(ocsp, certificate, issuer, "OCSP") : Answer.of(State.UNREACHABLE);
		if (answer.state() == State.UNREACHABLE && hasCrl) {
			answer = answer(crl, certificate, issuer, "CRL");
		}
		if (answer.state() == State.GOOD) {
			lastGood.put(certificate.getDSSIdAsString(), answer);
		}
		return answer;
	}

	/**
	 * Asks the CA of a certificate kept without its chain (the registry keeps the certificate only): its issuer is
	 * fetched from the address in its Authority Information Access (CA issuers), then {@link #ask(List)}.
	 */
	Answer ask(CertificateToken certificate) {
		if (CertificateExtensionsUtils.getOCSPAccessUrls(certificate).isEmpty()
				&& CertificateExtensionsUtils.getCRLAccessUrls(certificate).isEmpty()) {
			return Answer.of(State.NOT_PUBLISHED);
		}
		try {
			for (CertificateToken candidate : issuers.getCertificatesByAIA(certificate)) {
				if (certificate.isSignedBy(candidate)) {
					return ask(List.of(certificate, candidate));
				}
			}
		}
		catch (RuntimeException unreachable) {
			// as below: the issuer could not be fetched
		}
		return Answer.of(State.UNREACHABLE);
	}

	/** How long the public check keeps a CA's answer ({@code MOTCUA_REVOCATION_CACHE}). */
	Duration keepAnswers() {
		return keepAnswers;
	}

	/** DSS's OCSP source for validation, its answers kept a few minutes. */
	OCSPSource cachedOcsp() {
		return cachedOcsp;
	}

	/** DSS's CRL source for validation, its answers kept a few minutes. */
	CRLSource cachedCrl() {
		return cachedCrl;
	}

	private <R extends Revocation> Answer answer(RevocationSource<R> source, CertificateToken certificate,
			CertificateToken issuer, String name) {
		RevocationToken<R> token;
		try {
			token = source.getRevocationToken(certificate, issuer);
		}
		catch (RuntimeException unreachable) {
			return Answer.of(State.UNREACHABLE);
		}
		if (token == null || !token.isValid()) {
			return Answer.of(State.UNREACHABLE);
		}
		CertificateStatus status = token.getStatus();
		Instant currentUntil = token.getNextUpdate() == null ? null : token.getNextUpdate().toInstant();
		if (status == CertificateStatus.REVOKED) {
			return new Answer(State.REVOKED, token.getRevocationDate() == null ? null : token.getRevocationDate().toInstant(),
					token.getReason() == null ? null : token.getReason().name(), name, currentUntil, clock.instant());
		}
		return new Answer(status == CertificateStatus.GOOD ? State.GOOD : State.UNKNOWN, null, null, name, currentUntil,
				clock.instant());
	}

	/**
	 * Answers kept for {@code keep} (never past the answer's own next update), by certificate and issuer: DSS's
	 * online sources ask the CA on every call.
	 */
	static final class Memo {

		private final Duration keep;

		private final Clock clock;

		private final Map<String, Kept> kept = new ConcurrentHashMap<>();

		private record Kept(RevocationToken<?> token, Instant until) {
		}

		Memo(Duration keep, Clock clock) {
			this.keep = keep;
			this.clock = clock;
		}

		@SuppressWarnings("unchecked")
		<T extends RevocationToken<?>> T get(CertificateToken certificate, CertificateToken issuer,
				java.util.function.Supplier<T> ask) {
			String key = certificate.getDSSIdAsString() + "/" + issuer.getDSSIdAsString();
			Instant now = clock.instant();
			Kept found = kept.get(key);
			if (found != null && now.isBefore(found.until())) {
				return (T) found.token();
			}
			T token = ask.get();
			if (token != null && !keep.isZero()) {
				Instant until = now.plus(keep);
				if (token.getNextUpdate() != null && token.getNextUpdate().toInstant().isBefore(until)) {
					until = token.getNextUpdate().toInstant();
				}
				kept.put(key, new Kept(token, until));
			}
			return token;
		}
	}
}
