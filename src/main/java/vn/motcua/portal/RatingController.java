package vn.motcua.portal;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLinks;
import vn.motcua.dossier.DossierStatusLookup;
import vn.motcua.feedback.FeedbackRefused;
import vn.motcua.feedback.Satisfaction;
import vn.motcua.feedback.SatisfactionRating;
import vn.motcua.feedback.SatisfactionRatingFormData;

/** Rating a returned dossier from the receipt link (the QR token proves the citizen holds the receipt). */
@Controller
@RequestMapping("/public/ho-so/{code}/danh-gia")
class RatingController {

	private final Satisfaction satisfaction;

	private final DossierLinks links;

	private final DossierStatusLookup dossiers;

	RatingController(Satisfaction satisfaction, DossierLinks links, DossierStatusLookup dossiers) {
		this.satisfaction = satisfaction;
		this.links = links;
		this.dossiers = dossiers;
	}

	@GetMapping
	String form(@PathVariable String code, @RequestParam(name = "t", required = false) String token, Model model) {
		verified(code, token);
		model.addAttribute("code", code);
		model.addAttribute("token", token);
		model.addAttribute("mayRate", satisfaction.mayRate(code));
		model.addAttribute("rating", SatisfactionRatingFormData.unanswered());
		return "portal/rating";
	}

	@PostMapping
	String rate(@PathVariable String code, @RequestParam(name = "t", required = false) String token,
			@Valid @ModelAttribute("rating") SatisfactionRatingFormData form, BindingResult answers, Model model) {
		verified(code, token);
		model.addAttribute("code", code);
		model.addAttribute("token", token);
		model.addAttribute("mayRate", true);
		if (answers.hasErrors()) {
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

	/** The link's token must be the dossier's valid one: expired or revoked says so, anything else is refused. */
	private void verified(String code, String token) {
		Dossier dossier = token == null || code.length() > 40 ? null : dossiers.find(code).orElse(null);
		DossierLinks.TokenCheck check = dossier == null ? DossierLinks.TokenCheck.WRONG : links.check(dossier, token);
		if (check.noLongerValid()) {
			throw new PortalErrors.LinkNoLongerValid();
		}
		if (check != DossierLinks.TokenCheck.VALID) {
			throw new PortalErrors.Forbidden();
		}
	}
}
