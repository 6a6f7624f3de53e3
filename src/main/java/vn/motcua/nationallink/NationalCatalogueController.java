package vn.motcua.nationallink;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.audit.AuditTrail;

/**
 * The catalogue compared with the national procedure database ({@link NationalCatalogueCheck}): any administrator
 * sees the last comparison; only the installation's administrator runs one (the catalogue is installation-wide).
 * A plain form and a redirect: works without JavaScript.
 */
@Controller
@RequestMapping("/admin/national-link/catalogue")
class NationalCatalogueController {

	private final NationalCatalogueCheck check;

	NationalCatalogueController(NationalCatalogueCheck check) {
		this.check = check;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("linkOn", check.linkOn());
		model.addAttribute("run", check.last().orElse(null));
		return "nationallink/catalogue";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String compare(RedirectAttributes redirect) {
		if (!check.linkOn()) {
			redirect.addFlashAttribute("notice", "nationalCatalogue.linkOff");
			return "redirect:/admin/national-link/catalogue";
		}
		try {
			NationalCatalogueCheck.Run run = check.run(AuditTrail.currentActor());
			redirect.addFlashAttribute("notice",
					run.stoppedReason() == null ? "nationalCatalogue.done" : "nationalCatalogue.stopped");
		}
		catch (NationalCatalogueCheck.AlreadyRunning e) {
			redirect.addFlashAttribute("notice", "nationalCatalogue.busy");
		}
		return "redirect:/admin/national-link/catalogue";
	}
}
