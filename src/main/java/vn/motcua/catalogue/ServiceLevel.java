package vn.motcua.catalogue;

/** How far a procedure can be done online (mức độ cung cấp dịch vụ công trực tuyến). */
public enum ServiceLevel {
	/** Trực tuyến toàn trình: from submission to result, nothing needs the applicant in person. */
	FULL_ONLINE,
	/** Trực tuyến một phần: submitted online, but some step (signing, originals, the result) is in person. */
	PARTIAL_ONLINE,
	/** Trực tiếp: only at the one-stop counter (or by post). */
	IN_PERSON
}
