package vn.motcua.dossier;

/** The leader's decision on a dossier (kết quả giải quyết). */
public enum Decision {
	/** Granted: the result document is issued. */
	APPROVED,
	/** Refused after review, with a written reason. */
	REFUSED
}
