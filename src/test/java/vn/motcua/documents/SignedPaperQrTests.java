package vn.motcua.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The QR code printed on a signed paper opens the public check of the stored signed file (issue 17 item 5): valid with
 * the signer's name; the stored file changed on disk shows invalid; an unknown code says so; every check is logged in
 * {@code signature_check} and counted.
 */
@MotCuaTest
class SignedPaperQrTests {

	@TempDir
	Path folder;

	@Autowired
	MockMvc mvc;

	@Autowired
	DocumentStore store;

	@Autowired
	OfficialDocuments documents;

	@Autowired
	SignatureCheck check;

	@Autowired
	AuditTrail audit;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theQrCodeOfASignedReportOpensItsCheckValidThenInvalidOnceTheStoredFileIsChanged() throws Exception {
		Path keystore = TestCertificates.keystore(folder, "UBND xã Thiên Phủ", "mat-khau",
				clock.instant().minus(Duration.ofDays(1)), Duration.ofDays(365));
		PdfSigner signer = new PdfSigner(store, new DocumentSettings(null,
				new DocumentSettings.Signing(keystore.toString(), "mat-khau")), audit, messages, clock);
		DocumentSigning signing = new DocumentSigning(signer, new SigningCertificates(jdbc, signer, audit, clock), store,
				jdbc, audit, clock);
		UUID code = DocumentSigning.newPaperCode();
		OfficialDocument report = OfficialDocumentMother.quarterlyReport("http://localhost" + DocumentSigning.verifyPath(code));
		StoredDocument unsigned = store.store("14908", "bao-cao-quy.pdf", "application/pdf",
				new ByteArrayInputStream(documents.pdf(report)));
		OffsetDateTime before = OffsetDateTime.now(clock);

		DocumentSigning.Outcome outcome = signing.sign(unsigned.id(), new DocumentSigning.Order(SignatureRole.ORGANISATION,
				null, null, null, "Báo cáo công tác cải cách hành chính", "Thiên Phủ", code, "vanthu"));

		byte[] signed;
		try (InputStream in = store.open(outcome.signed().id())) {
			signed = in.readAllBytes();
		}
		String url = qrOf(signed);
		assertThat(url).endsWith("/public/kiem-tra-chu-ky/" + code);
		String page = mvc.perform(get(url.substring("http://localhost".length()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("có chữ ký hợp lệ: không bị thay đổi kể từ khi ký", "UBND xã Thiên Phủ");

		Path file = store.location(outcome.signed());
		file.toFile().setWritable(true);
		byte[] changed = Files.readAllBytes(file);
		changed[changed.length / 2] ^= 0x01;
		Files.write(file, changed, StandardOpenOption.TRUNCATE_EXISTING);
		assertThat(mvc.perform(get(url.substring("http://localhost".length()))).andReturn().getResponse()
			.getContentAsString()).contains("KHÔNG còn hợp lệ");

		assertThat(mvc.perform(get("/public/kiem-tra-chu-ky/" + UUID.randomUUID())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("không khớp với văn bản nào");
		assertThat(jdbc.sql("select outcome from signature_check where document_id = ? order by id")
			.param(outcome.signed().id()).query(String.class).list()).containsExactly("VALID", "INVALID");
		assertThat(check.checksBetween(before, OffsetDateTime.now(clock).plusSeconds(1)))
			.containsEntry("VALID", 1L).containsEntry("INVALID", 1L);
	}

	/** The QR code top left of page 1, decoded. */
	private static String qrOf(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var resources = document.getPage(0).getResources();
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject image) {
					BufferedImage picture = image.getImage();
					BufferedImage padded = new BufferedImage(picture.getWidth() + 40, picture.getHeight() + 40,
							BufferedImage.TYPE_INT_RGB);
					var g = padded.createGraphics();
					g.setColor(java.awt.Color.WHITE);
					g.fillRect(0, 0, padded.getWidth(), padded.getHeight());
					g.drawImage(picture, 20, 20, null);
					g.dispose();
					try {
						return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
								new BufferedImageLuminanceSource(padded)))).getText();
					}
					catch (com.google.zxing.NotFoundException notAQr) {
						// another image
					}
				}
			}
		}
		throw new AssertionError("no QR code on page 1: " + List.of());
	}
}
