package vn.motcua.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.dossier.DossierLinks;
import vn.motcua.feedback.FeedbackRefused;
import vn.motcua.feedback.Satisfaction;
import vn.motcua.feedback.SatisfactionRating;
import vn.motcua.feedback.SatisfactionRatingForm;

/** Rating a returned dossier from the receipt link (the QR token proves the citizen holds the receipt). */
@Controller
@RequestMapping("/public/ho-so/{code}/danh-gia")
class RatingController {

	private final Satisfaction satisfaction;

	private final DossierLinks links;

	RatingController(Satisfaction satisfaction, DossierLinks links) {
		this.satisfaction = satisfaction;
		this.links = links;
	}

	@GetMapping
	String form(@PathVariable String code, @RequestParam(name = "t", required = false) String token, Model model) {
		verified(code, token);
		model.addAttribute("code", code);
		model.addAttribute("token", token);
		model.addAttribute("mayRate", satisfaction.mayRate(code));
		return "portal/rating";
	}

	@PostMapping
	String rate(@PathVariable String code, @RequestParam(name = "t", required = false) String token,
			@ModelAttribute SatisfactionRatingForm form, Model model) {
		verified(code, token);
		model.addAttribute("code", code);
		model.addAttribute("token", token);
		model.addAttribute("mayRate", true);
		if (!form.problems().isEmpty()) {
			model.addAttribute("problems", form.problems());
			return "portal/rating";
		}
		try {
			satisfaction.rate(code, form.toRating(), SatisfactionRating.Channel.RECEIPT_LINK, "citizen");
			model.addAttribute("thanks", true);
		}
		catch (FeedbackRefused refused) {
			model.addAttribute("mayRate", false);
			model.addAttribute("problem", refused.messageKey());
		}
		return "portal/rating";
	}

	private void verified(String code, String token) {
		if (!links.verify(code, token)) {
			throw new PortalErrors.Forbidden();
		}
	}
}
