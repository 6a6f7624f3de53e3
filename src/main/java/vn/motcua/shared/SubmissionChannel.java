package vn.motcua.shared;

/** How a dossier reached the one-stop shop (hình thức nộp hồ sơ). */
public enum SubmissionChannel {
	/** Trực tuyến: through the online public service portal. */
	ONLINE,
	/** Trực tiếp: at the one-stop counter. */
	DIRECT,
	/** Qua dịch vụ bưu chính công ích. */
	POSTAL
}
