package vn.motcua.portal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.agency.Agencies;
import vn.motcua.feedback.FeedbackRefused;
import vn.motcua.feedback.Petition;
import vn.motcua.feedback.PetitionDesk;

/**
 * Feedback and petitions for anyone: file one (about a procedure rule or an officer's conduct, optionally about a
 * dossier), get a tracking code, follow it (the petitioner's name never shows), add information when asked, rate the
 * answer and reopen it once. The published answers are listed for all. Against floods: a few filings per client
 * address an hour ({@link PetitionAllowance}, 429 beyond), and the desk's own limit per contact (429) and refusal of
 * exact repeats (409); each answer is the form again, with what was typed and the reason in Vietnamese.
 */
@Controller
@RequestMapping("/public/phan-anh")
class PetitionController {

	private final PetitionDesk desk;

	private final Agencies agencies;

	private final PetitionAllowance allowance;

	PetitionController(PetitionDesk desk, Agencies agencies, PetitionAllowance allowance) {
		this.desk = desk;
		this.agencies = agencies;
		this.allowance = allowance;
	}

	@GetMapping
	String start(Model model) {
		model.addAttribute("published", desk.findPublished(20));
		return "portal/petitions";
	}

	@GetMapping("/gui")
	String form(@RequestParam(name = "hs", required = false) String dossierCode, Model model) {
		return showForm(PetitionFilingFormData.about(dossierCode), Map.of(), model);
	}

	@PostMapping("/gui")
	String file(@Valid @ModelAttribute("petition") PetitionFilingFormData form, BindingResult input, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, String> errors = SubmissionFormData.problems(input);
		Petition.Subject subject = java.util.Arrays.stream(Petition.Subject.values())
			.filter(s -> s.name().equals(form.subject())).findFirst().orElse(null);
		if (subject == null) {
			errors.putIfAbsent("subject", "portal.petition.error.subject");
		}
		String agency = form.agencyCode() == null ? "" : form.agencyCode();
		if (agencies.find(agency).filter(a -> a.active()).isEmpty()) {
			errors.putIfAbsent("agencyCode", "portal.petition.error.agency");
		}
		if (!errors.isEmpty()) {
			return showForm(form, errors, model);
		}
		if (!allowance.take(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", "3600");
			return showForm(form, Map.of("send-petition", "portal.petition.error.tooMany"), model);
		}
		Petition petition;
		try {
			petition = desk.file(new PetitionDesk.Filing(agency, subject, form.dossierCode(), form.title(), form.content(),
					form.petitionerName(), form.petitionerContact()));
		}
		catch (FeedbackRefused refused) {
			boolean repeated = "feedback.petition.repeated".equals(refused.messageKey());
			response.setStatus(repeated ? HttpServletResponse.SC_CONFLICT : HttpStatus.TOO_MANY_REQUESTS.value());
			return showForm(form, Map.of(repeated ? "content" : "petitionerContact", refused.messageKey()), model);
		}
		return "redirect:/public/phan-anh/theo-doi/" + petition.code() + "?moi";
	}

	@GetMapping("/theo-doi")
	String lookUp(@RequestParam(name = "ma", required = false) String code, Model model) {
		if (code != null && !code.isBlank()) {
			if (desk.exists(code)) {
				return "redirect:/public/phan-anh/theo-doi/" + code.strip().toUpperCase();
			}
			model.addAttribute("notFound", true);
		}
		return "portal/petition-look-up";
	}

	@GetMapping("/theo-doi/{code}")
	String follow(@PathVariable String code, @RequestParam(name = "moi", required = false) String fresh, Model model) {
		Petition petition = desk.find(code).orElseThrow(PortalErrors.NotFound::new);
		model.addAttribute("petition", petition);
		model.addAttribute("fresh", fresh != null);
		return "portal/petition";
	}

	@PostMapping("/theo-doi/{code}/danh-gia")
	String rate(@PathVariable String code, @RequestParam(required = false) Petition.Rating rating,
			RedirectAttributes flash) {
		return act(code, flash, "portal.petition.rated", () -> desk.rate(code, rating));
	}

	@PostMapping("/theo-doi/{code}/mo-lai")
	String reopen(@PathVariable String code, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return act(code, flash, "portal.petition.reopened", () -> desk.reopen(code, reason));
	}

	@PostMapping("/theo-doi/{code}/bo-sung")
	String addInformation(@PathVariable String code, @RequestParam(required = false) String information,
			RedirectAttributes flash) {
		return act(code, flash, "portal.petition.informationAdded", () -> desk.addInformation(code, information));
	}

	private String act(String code, RedirectAttributes flash, String success, Runnable action) {
		if (!desk.exists(code)) {
			throw new PortalErrors.NotFound();
		}
		try {
			action.run();
			flash.addFlashAttribute("success", success);
		}
		catch (FeedbackRefused refused) {
			flash.addFlashAttribute("failure", refused.messageKey());
		}
		return "redirect:/public/phan-anh/theo-doi/" + code.strip().toUpperCase();
	}

	private String showForm(PetitionFilingFormData form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form.typed());
		model.addAttribute("errors", errors);
		model.addAttribute("subjects", Petition.Subject.values());
		model.addAttribute("agencies", agencies.active());
		return "portal/petition-form";
	}
}
