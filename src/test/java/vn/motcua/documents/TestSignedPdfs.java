package vn.motcua.documents;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.audit.AuditTrail;

/** Rendered receipts (Mẫu 01), unsigned or signed with a self-signed certificate, for tests outside this package. */
@Component
public class TestSignedPdfs {

	private final OneStopPapers forms;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	TestSignedPdfs(OneStopPapers forms, AuditTrail audit, MessageSource messages, Clock clock) {
		this.forms = forms;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** Changes one byte of a stored file on disk, as a tampering would (its SHA-256 no longer matches). */
	public static void tamper(DocumentStore store, java.util.UUID storedId) throws java.io.IOException {
		Path file = store.location(store.find(storedId).orElseThrow());
		file.toFile().setWritable(true);
		byte[] bytes = java.nio.file.Files.readAllBytes(file);
		bytes[bytes.length / 3] ^= 1;
		java.nio.file.Files.write(file, bytes);
	}

	public byte[] unsignedReceipt() {
		return forms.receipt(PaperMother.receipt());
	}

	/** A receipt signed PAdES-BASELINE-B by {@code signer}; the certificate is left in {@code folder/signer.cer}. */
	public byte[] signedReceipt(Path folder, String signer) throws Exception {
		Path keystore = TestCertificates.selfSignedKeystore(folder, signer, "mat-khau-thu", clock);
		PdfSigner pdfSigner = new PdfSigner(null,
				new DocumentSettings(null, new DocumentSettings.Signing(keystore.toString(), "mat-khau-thu")), audit,
				messages, clock);
		return pdfSigner.sign(unsignedReceipt(), "Trả kết quả", "Thiên Phủ");
	}
}
