package vn.motcua.feedback;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The installation's administrator sets the petition deadlines (working days). They hold for every commune of the
 * installation, so a commune's administrator may not change them.
 */
@Controller
@RequestMapping("/admin/phan-anh")
class FeedbackSettingsController {

	private final PetitionDesk desk;

	FeedbackSettingsController(PetitionDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String settings(Model model) {
		model.addAttribute("deadlines", desk.deadlines());
		return "feedback/settings";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String change(@RequestParam int refuseWithin, @RequestParam int moreInfoWithin, @RequestParam int answerWithin,
			RedirectAttributes flash) {
		try {
			desk.changeDeadlines(new PetitionDeadlines(refuseWithin, moreInfoWithin, answerWithin));
			flash.addFlashAttribute("success", "feedback.settings.saved");
		}
		catch (FeedbackRefused refused) {
			flash.addFlashAttribute("failure", refused.messageKey());
		}
		return "redirect:/admin/phan-anh";
	}
}
