package vn.motcua.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An administrative document (văn bản hành chính) in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: the issuing
 * body top left with its number (“Số: …”), the national motto top right with place and date, the title and summary
 * (tên loại, trích yếu), the body in sections, the signature block(s) and the recipients (nơi nhận). Rendered to PDF
 * and DOCX by {@link OfficialDocuments}; the one-stop forms are built on it too. All text is normalised to NFC when
 * rendered.
 *
 * @param parentBody the managing body in upper case (cơ quan chủ quản, e.g. “UBND XÃ THIÊN PHỦ”), or null
 * @param issuingBody the issuing body in upper case (cơ quan ban hành, e.g. “TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG”)
 * @param number the number and symbol after “Số: ” (e.g. “31/BC-UBND”), or null when the document has none
 * @param place the place name of the date line (e.g. “Thiên Phủ”)
 * @param date the date of issue
 * @param title the kind of document, printed in upper case bold (e.g. “BÁO CÁO”)
 * @param summary the summary line under the title (trích yếu), or null
 * @param sections the body
 * @param signatures one signature block (right), or two (left and right, e.g. applicant and receiving officer)
 * @param recipients the “Nơi nhận” lines (bottom left), empty for none
 * @param qrUrl a URL encoded as a QR code at the top left of the first page, or null
 * @param landscape A4 landscape (for wide tables such as the tracking book) instead of portrait
 */
public record OfficialDocument(String parentBody, String issuingBody, String number, String place, LocalDate date,
		String title, String summary, List<Section> sections, List<Signature> signatures, List<String> recipients,
		String qrUrl, boolean landscape) {

	public OfficialDocument {
		Objects.requireNonNull(issuingBody, "issuingBody");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(title, "title");
		sections = sections == null ? List.of() : List.copyOf(sections);
		signatures = signatures == null ? List.of() : List.copyOf(signatures);
		recipients = recipients == null ? List.of() : List.copyOf(recipients);
		if (signatures.size() > 2) {
			throw new IllegalArgumentException("at most two signature blocks");
		}
	}

	/** A part of the body with an optional heading (e.g. “I. KẾT QUẢ ĐẠT ĐƯỢC”) and its blocks. */
	public record Section(String heading, List<Block> blocks) {

		public Section {
			blocks = blocks == null ? List.of() : List.copyOf(blocks);
		}

		public static Section of(String heading, Block... blocks) {
			return new Section(heading, List.of(blocks));
		}
	}

	/** A paragraph or a table. */
	public sealed interface Block permits Paragraph, Table {
	}

	/**
	 * A paragraph. {@code label} (may be null) is printed bold before the text, as in a form field
	 * (“Mã hồ sơ: 14908-261126-0001”).
	 */
	public record Paragraph(String label, String text, Style style) implements Block {

		/** BODY: justified, first line indented (NĐ 30); FIELD: a form line without indent; CENTRED; NOTE: italic. */
		public enum Style {
			BODY, FIELD, CENTRED, NOTE
		}

		public Paragraph {
			text = text == null ? "" : text;
			style = style == null ? Style.BODY : style;
		}

		public static Paragraph body(String text) {
			return new Paragraph(null, text, Style.BODY);
		}

		public static Paragraph field(String label, String text) {
			return new Paragraph(label, text, Style.FIELD);
		}

		public static Paragraph line(String text) {
			return new Paragraph(null, text, Style.FIELD);
		}

		public static Paragraph centred(String text) {
			return new Paragraph(null, text, Style.CENTRED);
		}

		public static Paragraph note(String text) {
			return new Paragraph(null, text, Style.NOTE);
		}
	}

	/**
	 * A table with a header row. A cell may hold several lines separated by {@code \n}. {@code widths} are relative
	 * column widths (empty for equal columns).
	 */
	public record Table(List<String> headers, List<List<String>> rows, List<Integer> widths) implements Block {

		public Table {
			headers = List.copyOf(headers);
			rows = rows.stream().map(row -> row.stream().map(c -> c == null ? "" : c).toList()).toList();
			widths = widths == null ? List.of() : List.copyOf(widths);
			if (!widths.isEmpty() && widths.size() != headers.size()) {
				throw new IllegalArgumentException("one width per column");
			}
		}
	}

	/**
	 * A signature block: {@code authority} (e.g. “TM. ỦY BAN NHÂN DÂN”, may be null), {@code position} (e.g.
	 * “CHỦ TỊCH”, “NGƯỜI TIẾP NHẬN HỒ SƠ”), {@code note} (e.g. “(Ký, ghi rõ họ tên)”, may be null) and the signer's
	 * {@code name} (may be null for a blank to sign).
	 */
	public record Signature(String authority, String position, String note, String name) {
	}
}
