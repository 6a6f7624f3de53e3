package vn.motcua.notifications;

import java.util.List;

/**
 * What a message tells the applicant, each with the named parameters its template may use (the same names are the
 * ZNS template's parameters). The legal duty to tell behind each: Nghị định 118/2025/NĐ-CP Art. 16 (receipt, Mẫu 01),
 * Art. 16 khoản 2 (what is missing, once, Mẫu 02), Art. 16 khoản 3 (refusal, Mẫu 03), Art. 19 khoản 1 (apology with
 * the new date, Mẫu 04), Art. 19 (result and its return), Art. 18 khoản 6 (stop at the applicant's request, Mẫu 05).
 */
enum NotificationKind {

	/** Accepted: code, due date, status link (Art. 16, Mẫu 01). */
	RECEIVED(List.of("ma_ho_so", "han", "lien_ket")),
	/** Not accepted at intake, incomplete: what is missing (Art. 16 khoản 2, Mẫu 02). */
	INCOMPLETE(List.of("ma_ho_so", "thieu", "lien_ket")),
	/** Refused at intake (Art. 16 khoản 3, Mẫu 03). */
	REFUSED_AT_INTAKE(List.of("ma_ho_so", "ly_do", "lien_ket")),
	/** A supplement was asked for after acceptance: what, and by when (Art. 17 khoản 3, Mẫu 02). */
	SUPPLEMENT_REQUESTED(List.of("ma_ho_so", "thieu", "han_bo_sung", "lien_ket")),
	/** The supplement arrived: the new due date. */
	SUPPLEMENT_RECEIVED(List.of("ma_ho_so", "han", "lien_ket")),
	/** Late: the apology with the new date (Art. 19 khoản 1 điểm c, Mẫu 04). */
	EXTENDED(List.of("ma_ho_so", "han_moi", "lien_ket")),
	/** The result is ready: where to collect it, the fee still due. */
	RESULT_READY(List.of("ma_ho_so", "noi_nhan", "phi_con", "lien_ket")),
	/** The decision is a refusal, in writing, to be collected. */
	REFUSED(List.of("ma_ho_so", "noi_nhan", "lien_ket")),
	/** The result was handed over: the rating link. */
	RETURNED(List.of("ma_ho_so", "lien_ket")),
	/** Stopped or withdrawn at the applicant's request (Art. 18 khoản 6, Mẫu 05). */
	STOPPED(List.of("ma_ho_so", "lien_ket")),
	/**
	 * A petition (phản ánh, kiến nghị) was received: its tracking code and the page to follow it (Nghị định
	 * 20/2008/NĐ-CP as amended by Nghị định 92/2017/NĐ-CP, on receiving and handling petitions about administrative
	 * rules; the answer is due within the desk's working-day deadlines, docs/domain/regulations.md §1.8).
	 */
	PETITION_RECEIVED(List.of("ma_phan_anh", "lien_ket")),
	/** A petition was answered: the answer is on its page (same decrees). */
	PETITION_ANSWERED(List.of("ma_phan_anh", "lien_ket"));

	private final List<String> parameters;

	NotificationKind(List<String> parameters) {
		this.parameters = parameters;
	}

	/** The names the template may use, as {@code {name}}. */
	List<String> parameters() {
		return parameters;
	}

	/** The parameter every template of the kind must hold: the dossier's code, or the petition's. */
	String codeParameter() {
		return parameters.get(0);
	}

	/** Whether the message is about a petition (its code is the petition's tracking code, not a dossier's). */
	boolean aboutPetition() {
		return codeParameter().equals("ma_phan_anh");
	}

	/** The bundle key of the kind's default template (version 1). */
	String bundleKey() {
		return "notifications.template." + name();
	}
}
