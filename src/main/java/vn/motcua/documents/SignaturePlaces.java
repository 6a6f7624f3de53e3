package vn.motcua.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.openhtmltopdf.pdfboxout.PagePosition;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The signing places of a document, taken from its layout (Nghị định 30/2020/NĐ-CP Phụ lục I: the competent signer's
 * signature image goes "tại vị trí ký" of the signature block). When MotCua renders a document, each signature
 * block's empty space between the title and the name becomes an empty signature field named {@code ky-so-1},
 * {@code ky-so-2}… (left to right); the last one is the issuer's. {@link PdfSigner} signs into that field, and puts
 * the organisation's seal over the left third of it.
 */
final class SignaturePlaces {

	/** The element id of a signing place in the XHTML and the name of its field in the PDF ({@code ky-so-1}). */
	static final String ID_PREFIX = "ky-so-";

	static final Pattern ID_PATTERN = Pattern.compile(ID_PREFIX + "\\d+");

	/** The signer's image: at most this wide (about 45 mm), centred in its place. */
	static final float IMAGE_WIDTH = 128f;

	/** A place on a page, PDF user space (points, origin bottom left), page numbered from 0. */
	record Place(String name, int page, float x, float y, float width, float height) {

		/** The same place for DSS, whose visual signature coordinates start top left, pages from 1. */
		float topFrom(float pageHeight) {
			return pageHeight - y - height;
		}
	}

	private SignaturePlaces() {
	}

	/**
	 * Adds an empty signature field for each signing place found by the renderer, the widget {@link #IMAGE_WIDTH}
	 * wide (or the place's width when narrower), centred, as high as the place.
	 */
	static void addFields(PDDocument document, List<PagePosition<?>> positions) throws IOException {
		if (positions.isEmpty()) {
			return;
		}
		PDAcroForm form = document.getDocumentCatalog().getAcroForm();
		if (form == null) {
			form = new PDAcroForm(document);
			document.getDocumentCatalog().setAcroForm(form);
		}
		List<PagePosition<?>> ordered = new ArrayList<>(positions);
		ordered.sort(Comparator.comparingInt(p -> Integer.parseInt(p.getId().substring(ID_PREFIX.length()))));
		for (PagePosition<?> position : ordered) {
			PDPage page = document.getPage(position.getPageNo());
			float width = Math.min(IMAGE_WIDTH, position.getWidth());
			float x = position.getX() + (position.getWidth() - width) / 2;
			PDRectangle rectangle = new PDRectangle(x, position.getY(), width, position.getHeight());
			PDSignatureField field = new PDSignatureField(form);
			field.setPartialName(position.getId());
			PDAnnotationWidget widget = field.getWidgets().get(0);
			widget.setRectangle(rectangle);
			widget.setPage(page);
			widget.setPrinted(true);
			// PDF/A: every widget has an appearance (an empty one until signed)
			PDAppearanceStream empty = new PDAppearanceStream(document);
			empty.setBBox(new PDRectangle(width, position.getHeight()));
			try (PDAppearanceContentStream ignored = new PDAppearanceContentStream(empty)) {
				// nothing drawn
			}
			PDAppearanceDictionary appearance = new PDAppearanceDictionary();
			appearance.setNormalAppearance(empty);
			widget.setAppearance(appearance);
			page.getAnnotations().add(widget);
			form.getFields().add(field);
		}
		form.getCOSObject().setInt(COSName.SIG_FLAGS, 0);
	}

	/** The signing places of a PDF, in order ({@code ky-so-1} first). */
	static List<Place> of(PDDocument document) {
		PDAcroForm form = document.getDocumentCatalog().getAcroForm();
		if (form == null) {
			return List.of();
		}
		List<Place> places = new ArrayList<>();
		for (PDField field : form.getFields()) {
			if (field instanceof PDSignatureField signature && ID_PATTERN.matcher(field.getPartialName()).matches()
					&& !signature.getWidgets().isEmpty()) {
				PDAnnotationWidget widget = signature.getWidgets().get(0);
				PDRectangle r = widget.getRectangle();
				int page = widget.getPage() == null ? 0 : document.getPages().indexOf(widget.getPage());
				places.add(new Place(field.getPartialName(), page, r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(),
						r.getHeight()));
			}
		}
		places.sort(Comparator.comparingInt(p -> Integer.parseInt(p.name().substring(ID_PREFIX.length()))));
		return places;
	}

	/** The issuer's signing place: the last signature block's. */
	static Optional<Place> issuer(PDDocument document) {
		List<Place> places = of(document);
		return places.isEmpty() ? Optional.empty() : Optional.of(places.get(places.size() - 1));
	}
}
