package vn.motcua.feedback;

import java.util.Optional;

import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatusLookup;
import vn.motcua.shared.AgencyAccess;

/**
 * The counter tablet: the receiving officer types (or scans) the code of a returned dossier, turns the tablet to the
 * citizen, who types the rating code printed on their receipt and rates; the page then clears for the next citizen.
 * Without the citizen's code nothing is saved, so an officer cannot rate in the citizen's place.
 */
@Controller
@RequestMapping("/feedback/danh-gia")
class CounterRatingController {

	private final Satisfaction satisfaction;

	private final DossierStatusLookup dossiers;

	CounterRatingController(Satisfaction satisfaction, DossierStatusLookup dossiers) {
		this.satisfaction = satisfaction;
		this.dossiers = dossiers;
	}

	@GetMapping
	String tablet(@RequestParam(required = false) String code, Authentication auth, Model model) {
		model.addAttribute("code", code);
		if (code != null && !code.isBlank()) {
			String clean = code.strip().toUpperCase();
			if (!visible(clean, auth).map(satisfaction::mayRate).orElse(false)) {
				model.addAttribute("problem", "feedback.tablet.cannotRate");
			}
			else {
				model.addAttribute("ratingCode", clean);
				model.addAttribute("rating", SatisfactionRatingFormData.unanswered());
			}
		}
		return "feedback/tablet";
	}

	@PostMapping
	String rate(@RequestParam String code, @RequestParam(required = false) String receiptCode,
			@Valid @ModelAttribute("rating") SatisfactionRatingFormData form, BindingResult answers,
			Authentication auth, Model model) {
		if (visible(code, auth).isEmpty()) {
			model.addAttribute("problem", "feedback.tablet.cannotRate");
			return "feedback/tablet";
		}
		if (answers.hasErrors()) {
			model.addAttribute("ratingCode", code);
			return "feedback/tablet";
		}
		try {
			satisfaction.rateAtCounter(code, receiptCode, form.toRating(), auth.getName());
			model.addAttribute("thanks", true);
		}
		catch (FeedbackRefused refused) {
			model.addAttribute("problem", refused.messageKey());
			if ("feedback.tablet.receiptCodeWrong".equals(refused.messageKey())) {
				model.addAttribute("ratingCode", code); // the answers stay; the citizen types the code again
			}
		}
		return "feedback/tablet";
	}

	/** The dossier, when it belongs to an agency the officer works for. */
	private Optional<Dossier> visible(String code, Authentication auth) {
		return dossiers.find(code).filter(d -> AgencyAccess.canSee(auth, d.agencyCode()));
	}
}
