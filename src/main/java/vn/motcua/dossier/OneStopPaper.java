package vn.motcua.dossier;

import java.util.Arrays;
import java.util.Optional;

/**
 * The forms of the one-stop mechanism a dossier can carry (Mẫu 01–06) and the notice of refusal after review; Mẫu 07
 * is the tracking book of a period.
 */
public enum OneStopPaper {
	/** Mẫu 01: receipt and appointment slip. */
	RECEIPT("01"),
	/** Mẫu 02: what is missing and why. */
	SUPPLEMENT_REQUEST("02"),
	/** Mẫu 03: refusal at intake. */
	REFUSAL("03"),
	/** Mẫu 04: apology and new date. */
	APOLOGY("04"),
	/** Mẫu 05: stop at the applicant's request. */
	STOP_NOTICE("05"),
	/** Mẫu 06: process-control slip. */
	PROCESS_CONTROL("06"),
	/**
	 * Not a numbered form of TT 03/2025: the written notice that the dossier does not qualify after review, with the
	 * reasons, signed by the competent person, the dossier's result (NĐ 61/2018 Art. 19.8).
	 */
	REFUSAL_AFTER_REVIEW("tu-choi-giai-quyet"),
	/**
	 * Not a numbered form of TT 03/2025: the transfer slip of a liên thông dossier (Phiếu chuyển xử lý, NĐ 61/2018 Art.
	 * 19.5), one per agency consulted, printed from the dossier's list of transfers (not from the list of forms).
	 */
	TRANSFER_SLIP("phieu-chuyen");

	private final String number;

	OneStopPaper(String number) {
		this.number = number;
	}

	public String number() {
		return number;
	}

	/**
	 * Whether a person signs the form at the signing place of its signature block (all but Mẫu 06 and the transfer
	 * slip, which carry no personal signature block; Thông tư 03/2025/TT-VPCP forms).
	 */
	public boolean personallySigned() {
		return this != PROCESS_CONTROL && this != TRANSFER_SLIP;
	}

	public static Optional<OneStopPaper> byNumber(String number) {
		return Arrays.stream(values()).filter(f -> f.number.equals(number)).findFirst();
	}
}
