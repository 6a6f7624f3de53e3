package vn.motcua.documents;

import java.util.Objects;

/**
 * The header of a one-stop form: the managing body and the issuing unit in upper case, as printed top left
 * (“UBND XÃ THIÊN PHỦ” / “TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG”), its name in running text (“Trung tâm Phục vụ hành chính
 * công xã Thiên Phủ“) and the place name of the date line (”Thiên Phủ“).
 */
public record PaperIssuer(String parentBody, String issuingBody, String name, String place) {

	public PaperIssuer {
		Objects.requireNonNull(issuingBody, "issuingBody");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(place, "place");
	}
}
