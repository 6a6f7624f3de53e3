package vn.motcua.dossier;

import java.util.UUID;

/**
 * A document of the dossier: a component handed in (thành phần hồ sơ: original or copy, number of copies, the scan
 * once digitised) or the result issued (kết quả).
 */
public record DossierDocument(Kind kind, String name, boolean original, int copies, UUID storedDocumentId) {

	public enum Kind {
		COMPONENT, RESULT
	}

	public boolean digitised() {
		return storedDocumentId != null;
	}
}
