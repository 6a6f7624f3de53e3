package vn.motcua.dossier;

/**
 * The officer acted on the dossier as it was at {@code seen}, but it changed since (someone else acted): nothing is
 * done, they look at it again (optimistic check; the page shows the fresh dossier, the API answers 409).
 */
public class StaleDossierVersion extends RuntimeException {

	private final int seen;

	private final int current;

	StaleDossierVersion(String code, int seen, int current) {
		super(code + " is at version " + current + ", not " + seen);
		this.seen = seen;
		this.current = current;
	}

	public int seen() {
		return seen;
	}

	public int current() {
		return current;
	}
}
