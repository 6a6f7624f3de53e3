package vn.motcua.correspondence;

/**
 * Mức độ khẩn of a document (Nghị định 30/2020/NĐ-CP Phụ lục I, mục II.10.b): thường, khẩn, thượng khẩn, hỏa tốc.
 * An urgent incoming document is presented at once (Art. 22.3, 24).
 */
public enum Urgency {
	NORMAL, URGENT, VERY_URGENT, FLASH;

	public boolean urgent() {
		return this != NORMAL;
	}

	/** Hỏa tốc and thượng khẩn: flagged and listed first while open (presented and handled at once, Art. 22.3, 24). */
	public boolean flagged() {
		return this == FLASH || this == VERY_URGENT;
	}
}
