package vn.motcua.correspondence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.agency.Agency;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.OfficialDocument.Paragraph;
import vn.motcua.documents.OfficialDocument.Section;
import vn.motcua.documents.OfficialDocument.Signature;
import vn.motcua.documents.OfficialDocuments;

/**
 * The PDF of an outgoing document in the layout of Nghị định 30/2020/NĐ-CP Phụ lục I, always in Vietnamese: “ỦY BAN
 * NHÂN DÂN” over the commune's name, “Số: &nbsp;&nbsp;&nbsp;/QĐ-UBND” with the number left blank for the clerk, quốc
 * hiệu and tiêu ngữ, place and date, the kind of document and its summary (trích yếu), the body (one paragraph per
 * line), the signature block (TM./KT./TL./Q., the position and the signer's name), and “Nơi nhận” with each recipient
 * and “Lưu: VT, …”. The number and date lines carry {@link NumberFields} for the clerk.
 */
@Component
class OutgoingPapers {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Where the clerk writes the number: eight no-break spaces keep the blank as wide as a typed number. */
	static final String BLANK_NUMBER = "\u00A0".repeat(8);

	private final OfficialDocuments documents;

	private final MessageSource messages;

	OutgoingPapers(OfficialDocuments documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	/** The PDF to sign: number blank, dated {@code day} (the clerk writes the date of issue over it). */
	byte[] toSign(OutgoingDocument d, Agency agency, String signerName, LocalDate day, List<String> internalNames) {
		String blank = numberAndSymbol(null, d, day.getYear());
		byte[] pdf = documents.pdf(layout(d, agency, signerName, day, blank, internalNames));
		return NumberFields.add(pdf, say("correspondence.paper.numberPrefix") + blank, dateLine(agency, day));
	}

	/** “12/QĐ-UBND”, “05/2026/QĐ-UBND”, “12/UBND-VP” ({@code number} null: the blank to fill). */
	String numberAndSymbol(Integer number, OutgoingDocument d, int year) {
		String symbol = d.draft().type().symbol(say("correspondence.paper.agencyAbbreviation"),
				d.draft().draftingUnit(), d.draft().register() == OutgoingDocument.Register.NORMATIVE, year);
		return (number == null ? BLANK_NUMBER : String.format("%02d", number)) + "/" + symbol;
	}

	/** “Số: 12/QĐ-UBND”. */
	String numberLine(String numberAndSymbol) {
		return say("correspondence.paper.numberPrefix") + numberAndSymbol;
	}

	/** “Thiên Phủ, ngày 07 tháng 3 năm 2026” (Phụ lục I mục II.4: days below 10 and months 1–2 with a leading zero). */
	String dateLine(Agency agency, LocalDate day) {
		int month = day.getMonthValue();
		return say("correspondence.paper.dateLine", place(agency), String.format("%02d", day.getDayOfMonth()),
				month <= 2 ? String.format("%02d", month) : String.valueOf(month), String.valueOf(day.getYear()));
	}

	private OfficialDocument layout(OutgoingDocument d, Agency agency, String signerName, LocalDate day, String number,
			List<String> internalNames) {
		OutgoingDocument.Draft f = d.draft();
		List<OfficialDocument.Block> body = new ArrayList<>();
		for (String line : f.body().split("\\R")) {
			if (!line.isBlank()) {
				body.add(Paragraph.body(line.strip()));
			}
		}
		String authority = f.authority() == SigningAuthority.HEAD ? null
				: say("correspondence.authority." + f.authority().name());
		List<String> recipients = new ArrayList<>();
		for (String r : internalNames) {
			recipients.add("- " + r + ";");
		}
		for (String r : f.externalRecipients()) {
			recipients.add("- " + r + ";");
		}
		recipients.add("- " + say("correspondence.paper.kept", f.keptCopies() == null || f.keptCopies().isBlank()
				? "VT" : f.keptCopies().strip()));
		return new OfficialDocument(say("correspondence.paper.parentBody"), agency.name().toUpperCase(VIETNAMESE),
				number, place(agency), day, say("correspondence.type." + f.type().name()).toUpperCase(VIETNAMESE),
				f.title(), List.of(new Section(null, body)),
				List.of(new Signature(authority, f.signerPosition().toUpperCase(VIETNAMESE), null, signerName)),
				recipients, null, false);
	}

	/** The agency's name without the word for its kind (“Xã Thiên Phủ” → “Thiên Phủ”), for the date line. */
	String place(Agency agency) {
		return agency.name().replaceFirst("^(" + say("correspondence.paper.unitNamePrefixes") + ")\\s+", "");
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}
}
