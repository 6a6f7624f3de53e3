package vn.motcua.dossier;

/**
 * What an officer may do to a dossier after it was handed in; {@link #slug()} is the action's name in the dossier
 * page's URLs and templates ({@code /dossiers/{code}/assign}). Who may do which, when: {@link DossierPermissions}.
 */
public enum DossierAction {

	ACCEPT("accept"), DECLINE("decline"), ASSIGN("assign"), PROPOSE("propose"), DECIDE("decide"),
	SEND_BACK("send-back"), RESULT("result"), RETURN("return"), SUPPLEMENT_REQUEST("supplement-request"),
	SUPPLEMENT_RECEIVE("supplement-receive"), EXTEND("extend"), STOP("stop"), TRANSFER_OUT("transfer-out"),
	TRANSFER_BACK("transfer-back"), ISSUE_STOP("issue-stop"), REVOKE_LINK("revoke-link"), PAYMENT("payment"),
	SCAN("scan");

	private final String slug;

	DossierAction(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}
}
