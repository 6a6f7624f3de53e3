package vn.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.validation.reports.Reports;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.audit.AuditTrail;

/**
 * Checks the signatures of a PDF as anyone may ask (issue 17 item 5): EU DSS validation against the trust anchors the
 * administrator configured ({@code MOTCUA_TRUST_ANCHORS}: a certificate file or a folder of them, DER or PEM; the
 * Vietnamese government roots go there), and a plain answer for people: valid (by whom, when, time-stamped or not, from
 * a trusted issuer or not, unchanged since) or why not. Every check is audited with the file's SHA-256 and the answer,
 * and logged in the table {@code signature_check} (the upload or the QR code of a signed paper) to be counted.
 */
@Service
public class SignatureCheck {

	/** Who the audit names for a check made on the public page (nobody signed in). */
	public static final String PUBLIC_CHECKER = "public";

	/** The answer for the whole file. */
	public enum Outcome {

		/** Every signature intact, cryptographically valid, and the file not changed after the last one. */
		VALID,

		/** A signature does not hold (the file was changed, or the signature is broken). */
		INVALID,

		/** A PDF without any signature. */
		NOT_SIGNED,

		/** Not a PDF at all. */
		NOT_A_PDF,

		/**
		 * Intact, but the signer's certificate was revoked by its CA and EU DSS does not accept the signature for it
		 * (no proof it existed before the revocation: INDETERMINATE/REVOKED_NO_POE, or TOTAL_FAILED/REVOKED).
		 */
		REVOKED,

		/** Intact, from a trusted CA, but the CA's OCSP responder and CRL could not be reached: not "valid". */
		REVOCATION_UNKNOWN
	}

	/** What the signer's CA says of the certificate, as EU DSS found it during the validation. */
	public enum Revocation {

		/** The CA answered: not revoked. */
		GOOD,

		/** The CA answered: revoked ({@link Signer#revokedAt()}, {@link Signer#revocationReason()}). */
		REVOKED,

		/** The certificate names an OCSP responder or a CRL, the chain is trusted, but no answer came. */
		UNREACHABLE,

		/**
		 * Not asked: the certificate names no OCSP responder nor CRL, or its issuer is not trusted (MotCua asks only
		 * the CAs of trusted chains: the addresses in an unknown uploaded certificate are not fetched).
		 */
		NOT_CHECKED
	}

	/** One signature, as people need to know it. */
	public record Signer(String name, OffsetDateTime signedAt, boolean timeStamped, boolean intact, boolean trusted,
			boolean changedAfter, Revocation revocation, OffsetDateTime revokedAt, String revocationReason,
			String indication) {

		public Signer(String name, OffsetDateTime signedAt, boolean timeStamped, boolean intact, boolean trusted,
				boolean changedAfter) {
			this(name, signedAt, timeStamped, intact, trusted, changedAfter, Revocation.NOT_CHECKED, null, null, null);
		}

		public boolean holds() {
			return intact && !changedAfter;
		}

		/** EU DSS's conclusion accepts the signature although the certificate was revoked later (a time-stamp before). */
		public boolean revokedAfterSigning() {
			return revocation == Revocation.REVOKED && "TOTAL_PASSED".equals(indication);
		}
	}

	/** The check of one file. */
	public record Verdict(Outcome outcome, List<Signer> signers, String sha256) {
	}

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final DocumentStore store;

	private final Clock clock;

	private final CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();

	private final CertificateRevocation revocation;

	private final RecentVerdicts recent;

	/**
	 * A check with these trust anchors that is audited but not counted in the table (for a one-off check), offline:
	 * no CA is asked about revocation.
	 */
	public SignatureCheck(AuditTrail audit, String trustAnchors) {
		this(audit, null, null, null, trustAnchors, null);
	}

	/**
	 * {@code revocation}: the CAs' OCSP responders and CRLs (cached a few minutes), asked for the certificates of
	 * trusted chains; null: offline.
	 */
	@Autowired
	SignatureCheck(AuditTrail audit, JdbcClient jdbc, DocumentStore store, Clock clock,
			@Value("${motcua.trust-anchors:}") String trustAnchors, CertificateRevocation revocation) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.store = store;
		this.clock = clock;
		this.revocation = revocation;
		this.recent = new RecentVerdicts(revocation == null ? null : revocation.keepAnswers(), clock);
		if (!trustAnchors.isBlank()) {
			Path path = Path.of(trustAnchors);
			try (Stream<Path> files = Files.isDirectory(path) ? Files.list(path) : Stream.of(path)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					try (InputStream in = Files.newInputStream(file)) {
						anchors.addCertificate(DSSUtils.loadCertificate(in));
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException("MOTCUA_TRUST_ANCHORS: " + trustAnchors, e);
			}
		}
	}

	/** Checks an uploaded file ({@code who}: for the audit, {@link #PUBLIC_CHECKER} or an officer's name). */
	public Verdict check(byte[] file, String who) {
		return logged(verdict(file), who, "UPLOAD", null);
	}

	/**
	 * Checks the stored signed file of a paper by the verification code its QR code carries
	 * ({@code /public/kiem-tra-chu-ky/{code}}); empty for an unknown code. A stored file changed on disk is invalid.
	 */
	public Optional<Verdict> checkPaper(UUID code, String who) {
		Optional<UUID> document = jdbc.sql("select stored_document_id from signed_paper where code = ?").param(code)
			.query(UUID.class).optional();
		if (document.isEmpty()) {
			return Optional.empty();
		}
		Verdict verdict;
		try (InputStream in = store.open(document.get())) {
			verdict = verdict(in.readAllBytes());
		}
		catch (DocumentIntegrityException e) {
			verdict = new Verdict(Outcome.INVALID, List.of(), "—");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Optional.of(logged(verdict, who, "QR", document.get()));
	}

	/**
	 * The checks made from {@code from} (inclusive) to {@code to} (exclusive), by answer (VALID, INVALID…), for a
	 * report. (No unbalanced brackets in Javadoc: Spring Modulith's documenter cannot read them.)
	 */
	public Map<String, Long> checksBetween(OffsetDateTime from, OffsetDateTime to) {
		Map<String, Long> counts = new TreeMap<>();
		jdbc.sql("select outcome, count(*) from signature_check where checked_at >= ? and checked_at < ? group by outcome")
			.params(from, to).query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return counts;
	}

	private Verdict logged(Verdict verdict, String who, String source, UUID document) {
		String signers = verdict.signers().stream().map(s -> s.name() + (s.holds() ? " ✓" : " ✗") + revocationNote(s))
			.toList().toString();
		audit.recordAs(who, "SIGNATURE_CHECKED", null, "sha256:" + verdict.sha256(), null,
				verdict.outcome() + " " + signers);
		if (jdbc != null) {
			jdbc.sql("""
					insert into signature_check (checked_at, checked_by, source, sha256, outcome, signers, document_id)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(OffsetDateTime.now(clock), who, source, verdict.sha256().length() == 64 ? verdict.sha256()
						: "0".repeat(64), verdict.outcome().name(), signers, document).update();
		}
		return verdict;
	}

	/** The answer for {@code file}: a recent one for the same bytes ({@link RecentVerdicts}), else validated now. */
	private Verdict verdict(byte[] file) {
		String sha256 = sha256(file);
		return recent.get(sha256, () -> validate(file, sha256));
	}

	private Verdict validate(byte[] file, String sha256) {
		if (file.length < 5 || !new String(file, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
			return new Verdict(Outcome.NOT_A_PDF, List.of(), sha256);
		}
		DiagnosticData data;
		Reports reports;
		try {
			SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(file));
			CommonCertificateVerifier verifier = new CommonCertificateVerifier();
			verifier.setTrustedCertSources(anchors);
			if (revocation != null) {
				// online revocation (OCSP first, then CRL) for trusted chains only (DSS's default: an uploaded
				// certificate of an unknown issuer cannot make the server fetch the addresses it names)
				verifier.setOcspSource(revocation.cachedOcsp());
				verifier.setCrlSource(revocation.cachedCrl());
				verifier.setAlertOnMissingRevocationData(new SilentOnStatusAlert());
				verifier.setAlertOnRevokedCertificate(new SilentOnStatusAlert());
				verifier.setAlertOnNoRevocationAfterBestSignatureTime(new SilentOnStatusAlert());
			}
			validator.setCertificateVerifier(verifier);
			if (clock != null) {
				validator.setValidationTime(java.util.Date.from(clock.instant()));
			}
			reports = validator.validateDocument();
			data = reports.getDiagnosticData();
		}
		catch (RuntimeException unreadable) {
			return new Verdict(Outcome.NOT_A_PDF, List.of(), sha256);
		}
		List<SignatureWrapper> signatures = data.getSignatures();
		if (signatures.isEmpty()) {
			return new Verdict(Outcome.NOT_SIGNED, List.of(), sha256);
		}
		List<Signer> signers = SignatureReading.signers(reports, file.length, revocation != null);
		return new Verdict(SignatureReading.outcome(signers), signers, sha256);
	}

	private static String revocationNote(Signer s) {
		return switch (s.revocation()) {
			case REVOKED -> " REVOKED " + s.revokedAt() + " " + s.revocationReason() + " (" + s.indication() + ")";
			case UNREACHABLE -> " REVOCATION_UNREACHABLE";
			case GOOD -> " NOT_REVOKED";
			case NOT_CHECKED -> "";
		};
	}

	private static String sha256(byte[] file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
