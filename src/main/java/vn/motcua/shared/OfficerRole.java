package vn.motcua.shared;

/** The roles an officer holds in an agency (vai trò cán bộ). */
public enum OfficerRole {
	/** Cán bộ tiếp nhận: receives dossiers at the one-stop counter and returns results. */
	RECEIVING_OFFICER,
	/** Chuyên viên xử lý: reviews a dossier and proposes the decision. */
	SPECIALIST,
	/** Lãnh đạo ký duyệt: decides and signs. Sees the whole agency. */
	LEADER,
	/** Quản trị viên: manages officers, the calendar and the catalogue of the agency. */
	ADMINISTRATOR,
	/**
	 * Văn thư: registers incoming documents, numbers and issues outgoing ones and applies the organisation's signature
	 * (Nghị định 30/2020/NĐ-CP Art. 15, 16, 22).
	 */
	CLERK
}
