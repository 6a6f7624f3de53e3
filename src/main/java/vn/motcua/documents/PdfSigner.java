package vn.motcua.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.token.AbstractKeyStoreTokenConnection;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;

/**
 * Signs PDFs electronically (PAdES-BASELINE-B, or B-T with a time-stamp when {@code MOTCUA_TSA_URL} is set; SHA-256,
 * EU DSS) with the agency's certificate from a PKCS#12 file
 * configured by {@code MOTCUA_SIGNING_KEYSTORE} and {@code MOTCUA_SIGNING_PASSWORD}. The signed copy is stored as a
 * new document; the unsigned original stays as it was.
 */
@Service
public class PdfSigner {

	private final DocumentStore store;

	private final DocumentSettings settings;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	PdfSigner(DocumentStore store, DocumentSettings settings, AuditTrail audit, MessageSource messages, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** Whether a signing certificate is configured. */
	public boolean isConfigured() {
		DocumentSettings.Signing signing = settings.signing();
		return signing.pkcs11() || signing.keystore() != null && !signing.keystore().isBlank();
	}

	/**
	 * Signs a stored PDF and stores the signed copy ({@code <name>-ky-so.pdf}) for the same agency; {@code reason}
	 * (e.g. “Trả kết quả giải quyết hồ sơ 14908-261126-0007”) and {@code location} go into the signature.
	 */
	@Transactional
	public StoredDocument sign(UUID storedPdf, String reason, String location) {
		StoredDocument original = store.find(storedPdf).orElseThrow(() -> store.unknown(storedPdf));
		if (!"application/pdf".equalsIgnoreCase(original.contentType())) {
			throw refused("documents.error.sign-not-pdf", original.fileName());
		}
		byte[] pdf;
		try (InputStream in = store.open(original)) {
			pdf = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		byte[] signed = sign(pdf, reason, location);
		String name = original.fileName().replaceFirst("(?i)\\.pdf$", "") + "-ky-so.pdf";
		StoredDocument copy = store.store(original.agencyCode(), name, "application/pdf",
				new ByteArrayInputStream(signed));
		audit.record("DOCUMENT_SIGNED", original.agencyCode(), "stored_document:" + original.id(), null,
				"stored_document:" + copy.id() + " (" + level().toString().replace('_', '-') + ")");
		return copy;
	}

	/** Signs PDF bytes and returns the signed PDF (an incremental update of the original). */
	public byte[] sign(byte[] pdf, String reason, String location) {
		if (!isConfigured()) {
			throw refused("documents.error.sign-not-configured");
		}
		DocumentSettings.Signing signing = settings.signing();
		char[] password = signing.password() == null ? new char[0] : signing.password().toCharArray();
		try (AbstractKeyStoreTokenConnection token = token(signing, password)) {
			DSSPrivateKeyEntry key = key(token);
			PAdESSignatureParameters parameters = new PAdESSignatureParameters();
			parameters.setSignatureLevel(level());
			parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
			parameters.setSigningCertificate(key.getCertificate());
			parameters.setCertificateChain(key.getCertificateChain());
			parameters.bLevel().setSigningDate(Date.from(clock.instant()));
			parameters.setReason(VietnameseText.nfc(reason));
			parameters.setLocation(VietnameseText.nfc(location));
			PAdESService service = new PAdESService(new CommonCertificateVerifier());
			if (signing.timeStamped()) {
				service.setTspSource(new RemoteTimeStamps(signing.tsaUrl(), messages));
			}
			DSSDocument document = new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF);
			ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
			SignatureValue value = token.sign(toBeSigned, parameters.getDigestAlgorithm(), key);
			DSSDocument signed = service.signDocument(document, parameters, value);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
			signed.writeTo(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The signing token: a PKCS#11 module (a USB token, an HSM; {@code MOTCUA_SIGNING_PKCS11_LIBRARY}, its slot
	 * {@code MOTCUA_SIGNING_PKCS11_SLOT}, the PIN in {@code MOTCUA_SIGNING_PASSWORD}) when set, else the PKCS#12 file.
	 */
	private AbstractKeyStoreTokenConnection token(DocumentSettings.Signing signing, char[] password) throws IOException {
		try {
			if (signing.pkcs11()) {
				return new Pkcs11SignatureToken(signing.pkcs11Library(), () -> password, -1, signing.pkcs11Slot(), null);
			}
			try (InputStream keystore = Files.newInputStream(Path.of(signing.keystore()))) {
				return new Pkcs12SignatureToken(keystore, new KeyStore.PasswordProtection(password));
			}
		}
		catch (DSSException e) {
			throw refused("documents.error.sign-token", rootMessage(e));
		}
	}

	/** The token's first key; a wrong PIN or password, or a token without a key, is refused with its reason. */
	private DSSPrivateKeyEntry key(AbstractKeyStoreTokenConnection token) {
		List<DSSPrivateKeyEntry> keys;
		try {
			keys = token.getKeys();
		}
		catch (DSSException e) {
			throw refused("documents.error.sign-token", rootMessage(e));
		}
		if (keys.isEmpty()) {
			throw refused("documents.error.sign-token", "—");
		}
		return keys.get(0);
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

	/** PAdES-BASELINE-T when a time-stamping service is set, else B. */
	private SignatureLevel level() {
		return settings.signing().timeStamped() ? SignatureLevel.PAdES_BASELINE_T : SignatureLevel.PAdES_BASELINE_B;
	}

	private DocumentRefusedException refused(String key, Object... arguments) {
		return new DocumentRefusedException(key, messages.getMessage(key, arguments, DocumentStore.VIETNAMESE), arguments);
	}
}
