package vn.motcua.identity;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.agency.Agencies;
import vn.motcua.shared.AgencyAccess;

/** The sign-in page, and the officer's home page after signing in. */
@Controller
class SignInController {

	private final Agencies agencies;

	SignInController(Agencies agencies) {
		this.agencies = agencies;
	}

	/** The sign-in page; {@code wait} (seconds, set after too many failures) is shown as "try again in …". */
	@GetMapping("/login")
	String login(Authentication authentication, @RequestParam(name = "wait", required = false) String wait,
			Model model) {
		if (authentication != null && authentication.isAuthenticated()) {
			return "redirect:/";
		}
		if (wait != null && wait.matches("\\d{1,7}")) {
			model.addAttribute("waitSeconds", Long.parseLong(wait));
		}
		return "identity/login";
	}

	@GetMapping("/")
	String home(Authentication authentication, Model model) {
		model.addAttribute("agencies", agencies.visibleTo(authentication));
		model.addAttribute("installationAdmin", AgencyAccess.isInstallationAdmin(authentication));
		return "identity/home";
	}
}
