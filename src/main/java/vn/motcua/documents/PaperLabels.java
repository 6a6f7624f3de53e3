package vn.motcua.documents;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;

import vn.motcua.documents.OfficialDocument.Block;
import vn.motcua.documents.OfficialDocument.Paragraph;
import vn.motcua.documents.OfficialDocument.Signature;

/**
 * The Vietnamese wording of the one-stop forms (bundle {@code messages/documents}), and the pieces every form shares:
 * the applicant's lines and the signature blocks.
 */
final class PaperLabels {

	private final MessageSource messages;

	PaperLabels(MessageSource messages) {
		this.messages = messages;
	}

	String get(String key, Object... arguments) {
		return messages.getMessage(key, arguments, DocumentStore.VIETNAMESE);
	}

	Paragraph field(String key, String value) {
		return Paragraph.field(get(key), value);
	}

	/** The form's title in upper case, as NĐ 30 prints the kind of document. */
	String title(String form) {
		return get("documents." + form + ".title").toUpperCase(DocumentStore.VIETNAMESE);
	}

	String dossierCodeLine(String code) {
		return code == null || code.isBlank() ? null : get("documents.form.dossier-code") + " " + code;
	}

	/** Name, identification number, an organisation's legal representative, address, phone and e-mail lines, leaving out what is unknown. */
	List<Block> applicant(String nameKey, PaperApplicant applicant) {
		List<Block> lines = new ArrayList<>();
		lines.add(field(nameKey, applicant.name()));
		addIfPresent(lines, "documents.form.id-number", applicant.idNumber());
		addIfPresent(lines, "documents.form.legal-representative", applicant.legalRepresentative());
		addIfPresent(lines, "documents.form.address", applicant.address());
		addIfPresent(lines, "documents.form.phone", applicant.phone());
		addIfPresent(lines, "documents.form.email", applicant.email());
		return lines;
	}

	/**
	 * The documents handed over, one row each (number, name, original or copy, count), or a note that there were none:
	 * what was received, never an empty table (Nghị định 118/2025/NĐ-CP Điều 16, Mẫu 01; the transfer slip too).
	 */
	Block documentsTable(List<SubmittedDocument> documents) {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < documents.size(); i++) {
			SubmittedDocument d = documents.get(i);
			rows.add(List.of(String.valueOf(i + 1), d.name(),
					d.kind() == null ? "" : get("documents.form.copy-kind." + d.kind().name()),
					String.format("%02d", d.quantity())));
		}
		if (rows.isEmpty()) {
			return Paragraph.note(get("documents.form01.no-documents"));
		}
		return new OfficialDocument.Table(List.of(get("documents.form.col.number"), get("documents.form.col.document"),
				get("documents.form.col.copy-kind"), get("documents.form.col.quantity")), rows, List.of(1, 7, 4, 2));
	}

	void addIfPresent(List<Block> blocks, String key, String value) {
		if (value != null && !value.isBlank()) {
			blocks.add(field(key, value));
		}
	}

	/** “Kính gửi: Ông/Bà Nguyễn Văn An” (Thông tư 01/2018/TT-VPCP, Mẫu 04 and 05). */
	Paragraph dear(String name) {
		return new Paragraph(get("documents.form.dear"), get("documents.form.dear-person", name), Paragraph.Style.CENTRED);
	}

	/**
	 * How running text names a procedure: “thủ tục hành chính “Đăng ký khai sinh””, but a name that already starts
	 * with “Thủ tục” is quoted as it stands, without a second “thủ tục” before it.
	 */
	String procedurePhrase(String procedureName) {
		String name = procedureName == null ? "" : procedureName.strip();
		return name.toLowerCase(DocumentStore.VIETNAMESE).startsWith("thủ tục")
				? get("documents.form.procedure-named", name) : get("documents.form.procedure-quoted", name);
	}

	Signature signer(String positionKey, String name) {
		return new Signature(null, get(positionKey), get("documents.form.signature-note"), name);
	}

	Signature signer(PaperSigner signer) {
		return new Signature(signer.authority(), signer.position(), get("documents.form.signature-note"), signer.name());
	}
}
