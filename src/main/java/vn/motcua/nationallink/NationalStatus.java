package vn.motcua.nationallink;

import vn.motcua.dossier.DossierStatus;

/**
 * The national dossier status codes (TrangThaiHoSo / TrangThai of {@code DongBoHoSoMC} and
 * {@code CapNhatTienDoHoSoMC}, {@code ../shared/docs/domain/dvcqg.md}) for each of MotCua's states; the table is in
 * {@code docs/national-link.md}. A resolved dossier whose fee is still to be paid is "6" (financial obligation), the
 * applicant's withdrawal request "7", kept apart from the stop notice "8" (NĐ 118/2025 Art. 21).
 */
enum NationalStatus {

	SUBMITTED(1), ACCEPTED(2), NOT_ACCEPTED(3), IN_PROCESSING(4), SUPPLEMENT_REQUESTED(5), FEES_TO_PAY(6),
	WITHDRAWN_BY_APPLICANT(7), STOPPED(8), RESOLVED(9), RETURNED(10);

	private final int code;

	NationalStatus(int code) {
		this.code = code;
	}

	/** The code the portal expects, as the protocol writes it ("1" … "10"). */
	String code() {
		return String.valueOf(code);
	}

	/** The national status of a dossier in {@code status}; {@code feeOutstanding}: a fee is still due at the result. */
	static NationalStatus of(DossierStatus status, boolean feeOutstanding) {
		return switch (status) {
			case SUBMITTED -> SUBMITTED;
			// asked to complete at intake (Mẫu 02): not accepted yet, the applicant must add papers
			case INCOMPLETE_AT_INTAKE -> SUPPLEMENT_REQUESTED;
			case REFUSED_AT_INTAKE -> NOT_ACCEPTED;
			case RECEIVED -> ACCEPTED;
			case IN_REVIEW, AWAITING_DECISION -> IN_PROCESSING;
			case AWAITING_SUPPLEMENT -> SUPPLEMENT_REQUESTED;
			case RESOLVED -> feeOutstanding ? FEES_TO_PAY : RESOLVED;
			case RETURNED -> RETURNED;
			case WITHDRAWAL_REQUESTED -> WITHDRAWN_BY_APPLICANT;
			case STOPPED -> STOPPED;
		};
	}
}
