package vn.motcua.identity;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in officer's display name into every page model (shown in the menu bar). */
@ControllerAdvice
class CurrentOfficerAdvice {

	@ModelAttribute("officerName")
	String officerName(Authentication authentication) {
		if (authentication == null) {
			return null;
		}
		return authentication.getPrincipal() instanceof OfficerPrincipal officer ? officer.getFullName()
				: authentication.getName();
	}
}
