package vn.motcua.dossier;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-up of one dossier by code for the citizen pages, inside a read-only transaction so that the dossier
 * and its documents, supplements and steps are read on one connection (the repository reads them while the dossier
 * row is open: outside a transaction that takes a second pooled connection per request, which exhausts the pool
 * under concurrent load).
 */
@Component
public class DossierStatusLookup {

	private final Dossiers dossiers;

	DossierStatusLookup(Dossiers dossiers) {
		this.dossiers = dossiers;
	}

	@Transactional(readOnly = true)
	public Optional<Dossier> find(String code) {
		return dossiers.findByCode(code);
	}

	/**
	 * The dossier's version: it grows with every change of the dossier (state, documents, supplements, steps), so a
	 * page rendered at one version is still right while the version is the same. Empty for an unknown code.
	 */
	public Optional<Integer> version(String code) {
		return dossiers.versionOf(code);
	}
}
