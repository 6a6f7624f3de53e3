package vn.motcua.identity;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.agency.Agencies;
import vn.motcua.shared.AgencyAccess;

/** The sign-in page, and the officer's home page after signing in. */
@Controller
class SignInController {

	private final Agencies agencies;

	SignInController(Agencies agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/login")
	String login(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated() ? "redirect:/" : "identity/login";
	}

	@GetMapping("/")
	String home(Authentication authentication, Model model) {
		model.addAttribute("agencies", agencies.visibleTo(authentication));
		model.addAttribute("installationAdmin", AgencyAccess.isInstallationAdmin(authentication));
		return "identity/home";
	}
}
