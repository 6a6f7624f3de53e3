package vn.motcua.feedback;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.shared.AgencyAccess;

/** Officers' inbox of petitions with the countdown, and the actions on one petition. */
@Controller
@RequestMapping("/feedback/phan-anh")
class PetitionOfficerController {

	private final PetitionDesk desk;

	PetitionOfficerController(PetitionDesk desk) {
		this.desk = desk;
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
	String classify(@PathVariable String code, @RequestParam(required = false) Petition.Kind kind,
			@RequestParam(required = false) String assignee, Authentication auth, RedirectAttributes flash) {
		visible(code, auth);
		return run(code, flash, "feedback.petition.classified", () -> desk.classify(code, kind, assignee, auth.getName()));
	}

	@PostMapping("/{code}/yeu-cau-bo-sung")
	String askForInformation(@PathVariable String code, @RequestParam(required = false) String request,
			Authentication auth, RedirectAttributes flash) {
		visible(code, auth);
		return run(code, flash, "feedback.petition.informationRequested",
				() -> desk.askForInformation(code, request, auth.getName()));
	}

	@PostMapping("/{code}/tu-choi")
	String refuse(@PathVariable String code, @RequestParam(required = false) String reason, Authentication auth,
			RedirectAttributes flash) {
		visible(code, auth);
		return run(code, flash, "feedback.petition.refusedDone", () -> desk.refuse(code, reason, auth.getName()));
	}

	@PostMapping("/{code}/tra-loi")
	String answer(@PathVariable String code, @RequestParam(required = false) String answer,
			@RequestParam(defaultValue = "false") boolean publish, Authentication auth, RedirectAttributes flash) {
		visible(code, auth);
		return run(code, flash, "feedback.petition.answered", () -> desk.answer(code, answer, publish, auth.getName()));
	}

	private String run(String code, RedirectAttributes flash, String success, Runnable action) {
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
