package vn.motcua.feedback;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
		model.addAttribute("deadlines", PetitionDeadlinesFormData.of(desk.deadlines()));
		return "feedback/settings";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String change(@Valid @ModelAttribute("deadlines") PetitionDeadlinesFormData form, BindingResult input,
			RedirectAttributes flash) {
		if (input.hasErrors()) {
			return "feedback/settings";
		}
		try {
			desk.changeDeadlines(form.toDeadlines());
		}
		catch (FeedbackRefused refused) {
			input.reject(refused.messageKey());
			return "feedback/settings";
		}
		flash.addFlashAttribute("success", "feedback.settings.saved");
		return "redirect:/admin/phan-anh";
	}
}
