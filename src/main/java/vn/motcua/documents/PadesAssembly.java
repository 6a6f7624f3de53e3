package vn.motcua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.ImageScaling;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.IPdfObjFactory;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.pdf.ServiceLoaderPdfObjFactory;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.motcua.shared.VietnamTime;

/**
 * Builds a PAdES signature with EU DSS in the two steps every device allows ({@code getDataToSign}, then
 * {@code signDocument} with the value the device returns, maybe minutes later for a remote signer), and its look
 * (Nghị định 30/2020/NĐ-CP Phụ lục I, mục I):
 * <ul>
 * <li>{@link SignatureRole#SIGNER}: the competent signer's image (blue) in the issuer's signing place of the layout
 * ({@link SignaturePlaces});</li>
 * <li>{@link SignatureRole#ORGANISATION}: the organisation's seal (red, {@value SignatureImages#SEAL_MM} mm) over the left third
 * of that place, with the organisation's name and the signing time (ISO 8601, Vietnam time) under it;</li>
 * <li>{@link SignatureRole#ATTACHMENT}: the organisation's signature without image, and at the top right of the first page the
 * main document's number and symbol, the signing time and the organisation (Times New Roman 10, italic, black).</li>
 * </ul>
 * A document without a signing place (a result scanned elsewhere) is signed without image. Everything a step needs is
 * in a {@link Spec}, so the second step can run after a restart and gives the same bytes the signer approved.
 */
final class PadesAssembly {

	static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	/**
	 * Everything both steps need: the PDF as it will be signed (an attachment already stamped), the image, the signing
	 * time (whole seconds) and the certificate chain.
	 */
	record Spec(SignatureRole role, byte[] pdf, byte[] image, Instant signedAt, List<CertificateToken> chain, String reason,
			String location) {
	}

	private PadesAssembly() {
	}

	/**
	 * The spec for signing {@code pdf} in {@code role} at {@code signedAt} (whole seconds); {@code image}: the uploaded
	 * signature or seal (PNG) or null for the default; {@code stamp}: for an attachment, the lines written top right
	 * (the main document's number and symbol, the signing time, the organisation).
	 */
	static Spec spec(SignatureRole role, byte[] pdf, byte[] image, List<String> stamp, Instant signedAt,
			List<CertificateToken> chain, String reason, String location) {
		String name = commonName(chain.get(0));
		byte[] look = switch (role) {
			case SIGNER -> image != null ? image : SignatureImages.defaultSignature(name);
			case ORGANISATION -> SignatureImages.sealWithCaption(image, name, iso(signedAt));
			case ATTACHMENT -> null;
		};
		byte[] document = role == SignatureRole.ATTACHMENT ? stamp(pdf, stamp) : pdf;
		return new Spec(role, document, look, signedAt, List.copyOf(chain), VietnameseText.nfc(reason),
				VietnameseText.nfc(location));
	}

	/** The signing time as printed: ISO 8601, Vietnam time ({@code 2026-12-05T10:15:30+07:00}). */
	static String iso(Instant at) {
		return ISO.format(at.atZone(VietnamTime.ZONE));
	}

	/** Step 1: the bytes the device signs (DER of the signed attributes). */
	static byte[] dataToSign(Spec spec, TSPSource timeStamps) {
		return service(timeStamps).getDataToSign(document(spec), parameters(spec, timeStamps != null)).getBytes();
	}

	/** Step 2: the signed PDF (an incremental update of {@link Spec#pdf()}), with a time-stamp when configured. */
	static byte[] sign(Spec spec, byte[] value, TSPSource timeStamps) {
		PAdESSignatureParameters parameters = parameters(spec, timeStamps != null);
		SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(
				parameters.getSigningCertificate().getPublicKey().getAlgorithm().equals("EC")
						? eu.europa.esig.dss.enumerations.EncryptionAlgorithm.ECDSA
						: eu.europa.esig.dss.enumerations.EncryptionAlgorithm.RSA,
				DigestAlgorithm.SHA256);
		DSSDocument signed = service(timeStamps).signDocument(document(spec), parameters,
				new SignatureValue(algorithm, value));
		ByteArrayOutputStream out = new ByteArrayOutputStream(spec.pdf().length + 64 * 1024);
		try {
			signed.writeTo(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static String commonName(CertificateToken certificate) {
		for (String part : certificate.getSubject().getPrettyPrintRFC2253().split("(?<!\\\\),")) {
			if (part.startsWith("CN=")) {
				return part.substring(3).replace("\\", "");
			}
		}
		return certificate.getSubject().getPrettyPrintRFC2253();
	}

	private static PAdESService service(TSPSource timeStamps) {
		PAdESService service = new PAdESService(new CommonCertificateVerifier());
		// the seal covers a third of the signer's image on purpose (Phụ lục I): the overlap is not an error here
		PdfSignatureFieldPositionChecker positions = new PdfSignatureFieldPositionChecker();
		positions.setAlertOnSignatureFieldOverlap(new SilentOnStatusAlert());
		IPdfObjFactory pdf = new ServiceLoaderPdfObjFactory();
		pdf.setPdfSignatureFieldPositionChecker(positions);
		service.setPdfObjFactory(pdf);
		if (timeStamps != null) {
			service.setTspSource(timeStamps);
		}
		return service;
	}

	private static DSSDocument document(Spec spec) {
		return new InMemoryDocument(spec.pdf(), "document.pdf", MimeTypeEnum.PDF);
	}

	private static PAdESSignatureParameters parameters(Spec spec, boolean timeStamped) {
		PAdESSignatureParameters parameters = new PAdESSignatureParameters();
		parameters.setSignatureLevel(timeStamped ? SignatureLevel.PAdES_BASELINE_T : SignatureLevel.PAdES_BASELINE_B);
		parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
		parameters.setSigningCertificate(spec.chain().get(0));
		parameters.setCertificateChain(spec.chain());
		parameters.bLevel().setSigningDate(Date.from(spec.signedAt()));
		parameters.setReason(spec.reason());
		parameters.setLocation(spec.location());
		parameters.setContentSize(timeStamped ? 24 * 1024 : 12 * 1024);
		if (spec.image() != null) {
			placeOf(spec).ifPresent(field -> {
				SignatureImageParameters image = new SignatureImageParameters();
				image.setImage(new InMemoryDocument(spec.image(), "image.png", MimeTypeEnum.PNG));
				image.setImageScaling(ImageScaling.ZOOM_AND_CENTER);
				image.setFieldParameters(field);
				parameters.setImageParameters(image);
			});
		}
		return parameters;
	}

	/**
	 * Where the image goes: the signer's into the issuer's signing place (the empty field the layout made); the seal
	 * over the left third of that place, its circle centred on the place's height, the caption under it.
	 */
	private static Optional<SignatureFieldParameters> placeOf(Spec spec) {
		try (PDDocument pdf = Loader.loadPDF(spec.pdf())) {
			Optional<SignaturePlaces.Place> found = SignaturePlaces.issuer(pdf);
			if (found.isEmpty()) {
				return Optional.empty();
			}
			SignaturePlaces.Place place = found.get();
			SignatureFieldParameters field = new SignatureFieldParameters();
			if (spec.role() == SignatureRole.SIGNER) {
				if (!pdf.getSignatureDictionaries().isEmpty()) {
					// signing after another signature (the receiving officer's own after the one-stop's on Mẫu 01):
					// filling the place would change the page that signature covers, so the signature is invisible
					return Optional.empty();
				}
				if (pdf.getDocumentCatalog().getAcroForm().getField(place.name()) instanceof org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField s
						&& s.getSignature() != null) {
					return Optional.empty(); // already signed there: the document is signed again without image
				}
				field.setFieldId(place.name());
				return Optional.of(field);
			}
			float pageHeight = pdf.getPage(place.page()).getMediaBox().getHeight();
			float seal = SignatureImages.points(SignatureImages.SEAL_MM);
			float caption = SignatureImages.points(SignatureImages.CAPTION_MM);
			float left = place.x() + place.width() / 3 - seal;
			float sealBottom = place.y() + place.height() / 2 - seal / 2;
			field.setPage(place.page() + 1);
			field.setOriginX(left);
			field.setOriginY(pageHeight - sealBottom - seal);
			field.setWidth(seal);
			field.setHeight(seal + caption);
			return Optional.of(field);
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	/**
	 * Writes {@code lines} at the top right of the first page (Times New Roman 10 italic, black); a PDF already signed
	 * is answered as it is (a stamp would break its signatures).
	 */
	static byte[] stamp(byte[] pdf, List<String> lines) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			if (!document.getSignatureDictionaries().isEmpty()) {
				return pdf; // already signed: a stamp would break its signatures; signed without it
			}
			PDPage page = document.getPage(0);
			PDType0Font font;
			try (InputStream in = PadesAssembly.class.getResourceAsStream("/fonts/LiberationSerif-Italic.ttf")) {
				font = PDType0Font.load(document, in);
			}
			float size = 10f;
			float right = page.getMediaBox().getUpperRightX() - SignatureImages.points(15);
			float y = page.getMediaBox().getUpperRightY() - SignatureImages.points(8) - size;
			try (PDPageContentStream text = new PDPageContentStream(document, page,
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				text.setNonStrokingColor(java.awt.Color.BLACK);
				for (String line : lines) {
					String value = VietnameseText.nfc(line);
					text.beginText();
					text.setFont(font, size);
					text.newLineAtOffset(right - font.getStringWidth(value) / 1000 * size, y);
					text.showText(value);
					text.endText();
					y -= size * 1.2f;
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
