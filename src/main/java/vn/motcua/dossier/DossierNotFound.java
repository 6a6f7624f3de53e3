package vn.motcua.dossier;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No dossier with that code (or not one the caller may see). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DossierNotFound extends RuntimeException {

	DossierNotFound(String code) {
		super("no dossier " + code);
	}

	/** For pages: the dossier does not exist, or the officer may not see it (told apart from nobody). */
	public static DossierNotFound of(String code) {
		return new DossierNotFound(code);
	}
}
