package vn.motcua.documents;

import java.util.List;

/**
 * Who signs a form on behalf of the agency, as Nghị định 30/2020/NĐ-CP Phụ lục I prints it: {@code authority} (the
 * lines of the signing authority, e.g. “TM. ỦY BAN NHÂN DÂN” or “TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH”; may be null),
 * {@code position} (“PHÓ CHỦ TỊCH”, “GIÁM ĐỐC”) and name (null: a blank to sign).
 */
public record PaperSigner(String authority, String position, String name) {

	/** From the title lines of the signature block (the last one is the position) and the signer's name. */
	public static PaperSigner of(List<String> titleLines, String name) {
		if (titleLines.isEmpty()) {
			throw new IllegalArgumentException("a signature block has at least the position");
		}
		String authority = titleLines.size() == 1 ? null
				: String.join("\n", titleLines.subList(0, titleLines.size() - 1));
		return new PaperSigner(authority, titleLines.get(titleLines.size() - 1), name);
	}
}
