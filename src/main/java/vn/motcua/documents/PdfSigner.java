package vn.motcua.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.VietnamTime;

/**
 * Signs PDFs electronically as PAdES (SHA-256, EU DSS): PAdES-BASELINE-T with a time-stamp when {@code MOTCUA_TSA_URL}
 * names an RFC 3161 service, else B; with the visible signatures of Nghị định 30/2020/NĐ-CP Phụ lục I
 * ({@link PadesAssembly}). The key is on any {@link SignatureDevice}; without one named, the agency's configured key
 * ({@code MOTCUA_SIGNING_KEYSTORE} and {@code MOTCUA_SIGNING_PASSWORD}, or a PKCS#11 token with
 * {@code MOTCUA_SIGNING_PKCS11_LIBRARY}) signs as the organisation. A certificate not yet or no longer valid at the
 * signing time is refused ({@code documents.error.certificate-expired}); nothing half-signed is ever stored. The
 * signed copy is stored as a new document; the unsigned original stays as it was.
 */
@Service
public class PdfSigner {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final DocumentStore store;

	private final DocumentSettings settings;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	private final CertificateRevocation revocation;

	PdfSigner(DocumentStore store, DocumentSettings settings, AuditTrail audit, MessageSource messages, Clock clock) {
		this(store, settings, audit, messages, clock, new CertificateRevocation(clock));
	}

	@org.springframework.beans.factory.annotation.Autowired
	PdfSigner(DocumentStore store, DocumentSettings settings, AuditTrail audit, MessageSource messages, Clock clock,
			CertificateRevocation revocation) {
		this.store = store;
		this.settings = settings;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.revocation = revocation;
	}

	/** Whether the agency's signing key is configured. */
	public boolean isConfigured() {
		DocumentSettings.Signing signing = settings.signing();
		return signing.pkcs11() || signing.keystore() != null && !signing.keystore().isBlank();
	}

	/**
	 * Signs a stored PDF as the organisation with the configured key and stores the signed copy
	 * ({@code <name>-ky-so.pdf}) for the same agency; {@code reason} (e.g. “Trả kết quả giải quyết hồ sơ
	 * 14908-261126-0007”) and {@code location} go into the signature.
	 */
	@Transactional
	public StoredDocument sign(UUID storedPdf, String reason, String location) {
		StoredDocument original = store.find(storedPdf).orElseThrow(() -> store.unknown(storedPdf));
		byte[] signed = sign(read(original), reason, location);
		return keep(original, signed, SignatureRole.ORGANISATION);
	}

	/** Signs PDF bytes as the organisation with the configured key (the seal where the layout has a signing place). */
	public byte[] sign(byte[] pdf, String reason, String location) {
		try (SignatureDevice device = configuredDevice()) {
			return sign(pdf, SignatureRole.ORGANISATION, device, null, null, reason, location);
		}
	}

	/**
	 * Signs PDF bytes with a device that signs at once (PKCS#12, PKCS#11) in {@code role}; {@code image}: the uploaded
	 * signature or seal (PNG) or null for the default; {@code mainNumber}: for an attachment, the main document's number.
	 */
	public byte[] sign(byte[] pdf, SignatureRole role, SignatureDevice device, byte[] image, String mainNumber,
			String reason, String location) {
		PadesAssembly.Spec spec = prepare(pdf, role, device.chain(), image, mainNumber, reason, location);
		byte[] data = PadesAssembly.dataToSign(spec, timeStamps());
		SignatureDevice.Answer answer = device.sign(data, DigestAlgorithm.SHA256, reason);
		if (answer.state() != SignatureDevice.Answer.State.SIGNED) {
			throw new IllegalStateException(device.kind() + " did not sign at once");
		}
		return finish(spec, answer.value());
	}

	/** Step 1 of a signing (also for a remote device): checks the PDF and the certificate, builds what is signed. */
	PadesAssembly.Spec prepare(byte[] pdf, SignatureRole role, List<CertificateToken> chain, byte[] image,
			String mainNumber, String reason, String location) {
		if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
			throw refused("documents.error.sign-not-a-pdf");
		}
		try (org.apache.pdfbox.pdmodel.PDDocument readable = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			if (readable.getNumberOfPages() == 0) {
				throw refused("documents.error.sign-not-a-pdf");
			}
		}
		catch (IOException e) {
			throw refused("documents.error.sign-not-a-pdf");
		}
		Instant now = clock.instant();
		CertificateToken certificate = chain.get(0);
		if (now.isBefore(certificate.getNotBefore().toInstant()) || now.isAfter(certificate.getNotAfter().toInstant())) {
			throw refused("documents.error.certificate-expired", PadesAssembly.commonName(certificate),
					DAY.format(certificate.getNotBefore().toInstant().atZone(VietnamTime.ZONE)),
					DAY.format(certificate.getNotAfter().toInstant().atZone(VietnamTime.ZONE)));
		}
		refuseUnlessInForce(chain);
		Instant signedAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		List<String> stamp = role != SignatureRole.ATTACHMENT ? List.of() : List.of(
				words("documents.sign.attachment-of", mainNumber == null || mainNumber.isBlank() ? "…" : mainNumber.strip()),
				words("documents.sign.signed-at", PadesAssembly.iso(signedAt)), PadesAssembly.commonName(certificate));
		try {
			return PadesAssembly.spec(role, pdf, image, stamp, signedAt, chain, reason, location);
		}
		catch (UncheckedIOException e) {
			throw refused("documents.error.sign-not-a-pdf");
		}
	}

	/**
	 * Asks the certificate's CA (OCSP, else its CRL) and refuses a certificate it revoked or does not know, and — the
	 * rule MotCua chose — one whose CA cannot be asked and whose last GOOD answer is no longer current
	 * ({@link CertificateRevocation#askToSign}): Nghị định 23/2025/NĐ-CP Art. 3.3 counts a certificate in force only
	 * while not expired, suspended or revoked, and a signature issued by the commune cannot be taken back, so MotCua
	 * does not sign on an unconfirmed certificate; the officer tries again (nothing is half-signed). A certificate that
	 * names no OCSP responder nor CRL (self-signed, a test key) has nothing to ask and signs.
	 */
	private void refuseUnlessInForce(List<CertificateToken> chain) {
		CertificateRevocation.Answer answer = revocation.askToSign(chain);
		String name = PadesAssembly.commonName(chain.get(0));
		switch (answer.state()) {
			case REVOKED -> throw refused("documents.error.certificate-revoked-by-ca", name,
					answer.revokedAt() == null ? "?" : DAY.format(answer.revokedAt().atZone(VietnamTime.ZONE)),
					words("documents.revocation.reason." + (answer.reason() == null ? "UNSPECIFIED" : answer.reason())),
					words("documents.revocation.source." + answer.source()));
			case UNKNOWN -> throw refused("documents.error.certificate-unknown-to-ca", name);
			case UNREACHABLE -> throw refused("documents.error.certificate-status-unreachable", name);
			default -> {
			}
		}
	}

	/** The CA's answer about a registered certificate now (the registry's "Kiểm tra với CA"). */
	CertificateRevocation.Answer askCa(CertificateToken certificate) {
		return revocation.ask(certificate);
	}

	String words(String key, Object... arguments) {
		return messages.getMessage(key, arguments, DocumentStore.VIETNAMESE);
	}

	/** Step 2: the signed PDF around the device's value (with the time-stamp). */
	byte[] finish(PadesAssembly.Spec spec, byte[] value) {
		try {
			return PadesAssembly.sign(spec, value, timeStamps());
		}
		catch (DSSException e) {
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				if (cause instanceof RemoteTimeStamps.Refused tsa) {
					throw refused("documents.error.sign-failed", tsa.getMessage());
				}
			}
			throw refused("documents.error.sign-failed", KeystoreDevice.rootMessage(e));
		}
	}

	byte[] dataToSign(PadesAssembly.Spec spec) {
		return PadesAssembly.dataToSign(spec, timeStamps());
	}

	/** Stores a signed copy beside the original and audits it. */
	StoredDocument keep(StoredDocument original, byte[] signed, SignatureRole role) {
		String name = original.fileName().replaceFirst("(?i)(-ky-so)?\\.pdf$", "") + "-ky-so.pdf";
		StoredDocument copy = store.store(original.agencyCode(), name, "application/pdf",
				new ByteArrayInputStream(signed));
		audit.record("DOCUMENT_SIGNED", original.agencyCode(), "stored_document:" + original.id(), null,
				"stored_document:" + copy.id() + " (" + level() + ", " + role + ")");
		return copy;
	}

	byte[] read(StoredDocument document) {
		if (!"application/pdf".equalsIgnoreCase(document.contentType())) {
			throw refused("documents.error.sign-not-pdf", document.fileName());
		}
		try (InputStream in = store.open(document)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The configured key: a PKCS#11 module (a USB token, an HSM; {@code MOTCUA_SIGNING_PKCS11_LIBRARY}, its slot
	 * {@code MOTCUA_SIGNING_PKCS11_SLOT}, the PIN in {@code MOTCUA_SIGNING_PASSWORD}) when set, else the PKCS#12 file.
	 */
	SignatureDevice configuredDevice() {
		if (!isConfigured()) {
			throw refused("documents.error.sign-not-configured");
		}
		DocumentSettings.Signing signing = settings.signing();
		char[] password = signing.password() == null ? new char[0] : signing.password().toCharArray();
		return signing.pkcs11() ? KeystoreDevice.pkcs11(signing.pkcs11Library(), signing.pkcs11Slot(), password, this::refused)
				: KeystoreDevice.pkcs12(Path.of(signing.keystore()), password, this::refused);
	}

	/** The kind of the configured key: a PKCS#11 token when {@code MOTCUA_SIGNING_PKCS11_LIBRARY} is set. */
	SignatureDevice.Kind configuredKind() {
		return settings.signing().pkcs11() ? SignatureDevice.Kind.PKCS11 : SignatureDevice.Kind.PKCS12;
	}

	/** A remote signing service's key for {@code signerId} ({@code MOTCUA_REMOTE_SIGNING_URL}). */
	RemoteSigningDevice remoteDevice(String signerId) {
		return new RemoteSigningDevice(settings.remoteSigning(), signerId, this::refused);
	}

	DocumentSettings.RemoteSigning remoteSettings() {
		return settings.remoteSigning();
	}

	private TSPSource timeStamps() {
		return settings.signing().timeStamped() ? new RemoteTimeStamps(settings.signing().tsaUrl(), messages) : null;
	}

	/** PAdES-BASELINE-T when a time-stamping service is set, else B. */
	String level() {
		return settings.signing().timeStamped() ? "PAdES-BASELINE-T" : "PAdES-BASELINE-B";
	}

	DocumentRefusedException refused(String key, Object... arguments) {
		return new DocumentRefusedException(key, messages.getMessage(key, arguments, DocumentStore.VIETNAMESE), arguments);
	}
}
