package vn.motcua.dossier;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.VietnameseMessages;

/**
 * The administrators' page of the supplement lapse rules ({@link SupplementLapseRules}): the time a procedure's own
 * sector law gives the applicant to supplement after acceptance, after which the request lapses and the dossier is
 * returned with the refusal notice (NĐ 61/2018 Art. 19.4, 19.8; no general rule exists, Art. 15–22). Every
 * administrator reads it; only the installation's administrator sets or removes a rule (the catalogue is
 * installation-wide), both fields required, each change audited ({@code SUPPLEMENT_LAPSE_RULE_SET} / {@code _REMOVED}).
 */
@Controller
@RequestMapping("/admin/catalogue/supplement-lapses")
class SupplementLapseAdminController {

	/** The longest time a rule may give, in working days (a year of working days). */
	static final int MAX_WORKING_DAYS = 250;

	private final SupplementLapseRules rules;

	private final AuditTrail audit;

	private final VietnameseMessages words;

	SupplementLapseAdminController(SupplementLapseRules rules, AuditTrail audit, MessageSource messages) {
		this.words = new VietnameseMessages(messages);
		this.rules = rules;
		this.audit = audit;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("supplementLapse", SupplementLapseFormData.empty());
		return rules(model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String set(@Valid @ModelAttribute("supplementLapse") SupplementLapseFormData form, BindingResult input, Model model,
			RedirectAttributes redirect) {
		if (input.hasErrors()) {
			return rules(model);
		}
		String code = form.procedureCode().strip();
		String basis = form.legalBasis().strip();
		String before = rules.rule(code).map(this::describe).orElse(null);
		rules.set(code, form.workingDays(), basis);
		audit.record("SUPPLEMENT_LAPSE_RULE_SET", null, code, before,
				describe(new SupplementLapseRules.Rule(code, form.workingDays(), basis)));
		redirect.addFlashAttribute("success", "lapse.admin.saved");
		redirect.addFlashAttribute("successArg", code);
		return "redirect:/admin/catalogue/supplement-lapses";
	}

	/** The page with the rules; the form (as posted, with its errors) is already in the model. */
	private String rules(Model model) {
		model.addAttribute("rules", rules.all());
		model.addAttribute("maxDays", MAX_WORKING_DAYS);
		return "dossier/supplement-lapses";
	}

	@PostMapping("/{code}/remove")
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String remove(@PathVariable String code, RedirectAttributes redirect) {
		rules.remove(code).ifPresent(removed -> {
			audit.record("SUPPLEMENT_LAPSE_RULE_REMOVED", null, code, describe(removed), null);
			redirect.addFlashAttribute("success", "lapse.admin.removed");
			redirect.addFlashAttribute("successArg", code);
		});
		return "redirect:/admin/catalogue/supplement-lapses";
	}

	private String describe(SupplementLapseRules.Rule rule) {
		return words.say("lapse.rule.described", rule.workingDays(), rule.legalBasis());
	}
}
