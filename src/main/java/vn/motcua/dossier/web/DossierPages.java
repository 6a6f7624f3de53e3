package vn.motcua.dossier.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.Authentication;

import vn.motcua.dossier.ActingOfficer;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierNotFound;
import vn.motcua.dossier.DossierPermissions;
import vn.motcua.dossier.DossierWorkflow;

/**
 * What the dossier pages ask the application layer: which dossier the officer may see, and which actions to show
 * (by their slugs, as the templates name them). The rules are {@link DossierPermissions}'; the actions themselves go
 * through {@link vn.motcua.dossier.DossierActions}, which enforces them.
 */
final class DossierPages {

	private DossierPages() {
	}

	/**
	 * The dossier, if the officer's agencies include its agency or another commune it was transferred to (liên
	 * thông); otherwise as if it did not exist (404).
	 */
	static Dossier visible(DossierWorkflow workflow, String code, Authentication officer) {
		ActingOfficer acting = ActingOfficer.of(officer);
		return workflow.find(code).filter(d -> DossierPermissions.mayView(d, acting))
			.orElseThrow(() -> DossierNotFound.of(code));
	}

	/** The dossier, only for an officer of its own commune (the forms it issues); otherwise 404. */
	static Dossier own(DossierWorkflow workflow, String code, Authentication officer) {
		ActingOfficer acting = ActingOfficer.of(officer);
		return workflow.find(code).filter(d -> acting.canSee(d.agencyCode()))
			.orElseThrow(() -> DossierNotFound.of(code));
	}

	/** The slugs of the actions shown on the dossier page. */
	static Set<String> allowed(Dossier d, Authentication officer) {
		Set<String> slugs = new LinkedHashSet<>();
		for (DossierAction action : DossierPermissions.allowed(d, ActingOfficer.of(officer))) {
			slugs.add(action.slug());
		}
		return slugs;
	}
}
