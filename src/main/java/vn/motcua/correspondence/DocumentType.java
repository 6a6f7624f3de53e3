package vn.motcua.correspondence;

/**
 * Kinds of administrative document (Nghị định 30/2020/NĐ-CP Art. 7, abbreviations of Phụ lục III) a commune issues;
 * the printed name is {@code correspondence.type.<name>} of the Vietnamese bundle. A công văn has no abbreviation:
 * its symbol is the agency and the drafting unit ({@code 12/UBND-VP}, Phụ lục I mục II.3).
 */
public enum DocumentType {
	CONG_VAN(null), QUYET_DINH("QĐ"), THONG_BAO("TB"), BAO_CAO("BC"), KE_HOACH("KH"), TO_TRINH("TTr"),
	GIAY_MOI("GM"), CHI_THI("CT"), NGHI_QUYET("NQ");

	private final String abbreviation;

	DocumentType(String abbreviation) {
		this.abbreviation = abbreviation;
	}

	public String abbreviation() {
		return abbreviation;
	}

	/**
	 * The symbol after the number (Phụ lục I mục II.3): {@code QĐ-UBND}, a công văn {@code UBND-VP}; a legal normative
	 * document carries the year too ({@code 2026/QĐ-UBND}, Art. 15.1 and Luật Ban hành VBQPPL).
	 */
	String symbol(String agencyAbbreviation, String draftingUnit, boolean normative, int year) {
		String symbol = abbreviation == null
				? agencyAbbreviation + (draftingUnit == null || draftingUnit.isBlank() ? "" : "-" + draftingUnit.strip())
				: abbreviation + "-" + agencyAbbreviation;
		return normative ? year + "/" + symbol : symbol;
	}
}
