package vn.motcua.feedback;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.FormErrors;

/** Officers' inbox of petitions with the countdown, and the actions on one petition. */
@Controller
@RequestMapping("/feedback/phan-anh")
class PetitionOfficerController {

	private final PetitionDesk desk;

	private final MessageSource messages;

	PetitionOfficerController(PetitionDesk desk, MessageSource messages) {
		this.desk = desk;
		this.messages = messages;
	}

	@GetMapping
	String inbox(Authentication auth, Model model) {
		List<Petition> open = desk.findOpen(AgencyAccess.agencies(auth), AgencyAccess.isInstallationAdmin(auth));
		model.addAttribute("petitions", open);
		model.addAttribute("desk", desk);
		return "feedback/inbox";
	}

	@GetMapping("/{code}")
	String petition(@PathVariable String code, Authentication auth, Model model) {
		Petition petition = visible(code, auth);
		model.addAttribute("petition", petition);
		model.addAttribute("countdown", petition.status().open() ? desk.countdown(petition) : null);
		model.addAttribute("kinds", Petition.Kind.values());
		return "feedback/petition";
	}

	@PostMapping("/{code}/phan-loai")
	String classify(@PathVariable String code, @Valid @ModelAttribute("classify") PetitionActionFormData.Classify form,
			BindingResult input, Authentication auth, RedirectAttributes flash) {
		visible(code, auth);
		return run(code, input, flash, "feedback.petition.classified",
				() -> desk.classify(code, form.kind(), form.assignee(), auth.getName()));
	}

	@PostMapping("/{code}/yeu-cau-bo-sung")
	String askForInformation(@PathVariable String code,
			@Valid @ModelAttribute("informationRequest") PetitionActionFormData.InformationRequest form,
			BindingResult input, Authentication auth, RedirectAttributes flash) {
		visible(code, auth);
		return run(code, input, flash, "feedback.petition.informationRequested",
				() -> desk.askForInformation(code, form.request(), auth.getName()));
	}

	@PostMapping("/{code}/tu-choi")
	String refuse(@PathVariable String code, @Valid @ModelAttribute("refusal") PetitionActionFormData.Refusal form,
			BindingResult input, Authentication auth, RedirectAttributes flash) {
		visible(code, auth);
		return run(code, input, flash, "feedback.petition.refusedDone",
				() -> desk.refuse(code, form.reason(), auth.getName()));
	}

	@PostMapping("/{code}/tra-loi")
	String answer(@PathVariable String code, @Valid @ModelAttribute("answer") PetitionActionFormData.Answer form,
			BindingResult input, Authentication auth, RedirectAttributes flash) {
		visible(code, auth);
		return run(code, input, flash, "feedback.petition.answered",
				() -> desk.answer(code, form.answer(), form.published(), auth.getName()));
	}

	/** Does the action if the form could be read; says what happened, or why not, on the petition's page. */
	private String run(String code, BindingResult input, RedirectAttributes flash, String success, Runnable action) {
		if (input.hasErrors()) {
			flash.addFlashAttribute("failureText", FormErrors.first(input, messages, "form.unreadable"));
			return "redirect:/feedback/phan-anh/" + code;
		}
		try {
			action.run();
			flash.addFlashAttribute("success", success);
		}
		catch (FeedbackRefused refused) {
			flash.addFlashAttribute("failure", refused.messageKey());
		}
		return "redirect:/feedback/phan-anh/" + code;
	}

	private Petition visible(String code, Authentication auth) {
		Petition petition = desk.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!AgencyAccess.isInstallationAdmin(auth) && !AgencyAccess.canSee(auth, petition.agencyCode())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return petition;
	}
}
