package vn.motcua.documents;

/** A document handed in with a dossier, as listed on Mẫu 01: its name, original or copy, and how many. */
public record SubmittedDocument(String name, CopyKind kind, int quantity) {

	/** Bản chính, bản sao chứng thực, bản sao, bản điện tử. */
	public enum CopyKind {
		ORIGINAL, CERTIFIED_COPY, COPY, ELECTRONIC
	}
}
