package vn.motcua.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The quarterly administrative-reform report (báo cáo cải cách hành chính định kỳ) of an agency for a period. Officers
 * write its narrative sections as a draft; the figures of II.2 and II.6 come from the records when it is rendered; a
 * leader makes it final, after which it never changes (its PDF and DOCX are stored); re-issuing starts the next
 * version.
 */
public record QuarterlyReport(long id, String agencyCode, LocalDate from, LocalDate to, int version, Status status,
		String number, String signerName, String signerTitle, Map<String, String> narrative, OffsetDateTime finalizedAt,
		String finalizedBy, UUID pdfDocumentId, UUID docxDocumentId) {

	/** The narrative sections officers write, in the order of the report. */
	public static final List<String> SECTIONS = List.of("basis", "direction", "institutions", "procedures", "organisation",
			"civilService", "publicFinance", "digitalGovernment", "assessment", "nextTasks", "proposals");

	/**
	 * The other lines officers edit with the draft: the “Nơi nhận” list (one recipient a line, printed with its dash)
	 * and the drafting unit written after “Lưu: VT,” (Nghị định 30/2020/NĐ-CP Phụ lục I, mục II.9).
	 */
	public static final List<String> LINES = List.of("recipients", "draftingUnit");

	public enum Status {
		DRAFT, FINAL
	}

	public boolean isFinal() {
		return status == Status.FINAL;
	}

	public String text(String section) {
		String text = narrative.get(section);
		return text == null ? "" : text;
	}
}
