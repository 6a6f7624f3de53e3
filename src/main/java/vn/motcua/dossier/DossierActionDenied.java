package vn.motcua.dossier;

/**
 * The officer may not take this action on the dossier: not their role, not their commune, or (a specialist) not a
 * dossier assigned to them ({@link DossierPermissions}). Pages answer 403, the API a 403 problem.
 */
public class DossierActionDenied extends RuntimeException {

	private final DossierAction action;

	DossierActionDenied(String code, DossierAction action, String username) {
		super(username + " may not " + action.slug() + " " + code);
		this.action = action;
	}

	public DossierAction action() {
		return action;
	}
}
