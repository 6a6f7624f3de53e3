package vn.motcua.dossier;

/**
 * The person or organisation a dossier is for (người nộp hồ sơ), and, when someone else submits it, the authorised
 * representative with the authorisation paper (giấy ủy quyền).
 */
public record Applicant(String name, String idNumber, String phone, String address, String email,
		Representative representative) {

	public record Representative(String name, String idNumber, String phone, String authorisationPaper) {
	}

	/** The name as shown on public pages: the given name in full, the rest reduced to initials (“N. V. An”). */
	public String maskedName() {
		String[] words = name.trim().split("\\s+");
		StringBuilder masked = new StringBuilder();
		for (int i = 0; i < words.length - 1; i++) {
			masked.append(words[i].charAt(0)).append(". ");
		}
		return masked.append(words[words.length - 1]).toString();
	}
}
