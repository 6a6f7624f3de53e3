package vn.motcua.dossier;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.audit.AuditTrail;

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

	SupplementLapseAdminController(SupplementLapseRules rules, AuditTrail audit) {
		this.rules = rules;
		this.audit = audit;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("rules", rules.all());
		model.addAttribute("maxDays", MAX_WORKING_DAYS);
		return "dossier/supplement-lapses";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String set(@RequestParam(defaultValue = "") String procedureCode,
			@RequestParam(defaultValue = "") String workingDays, @RequestParam(defaultValue = "") String legalBasis,
			Model model, RedirectAttributes redirect) {
		String code = procedureCode.trim();
		String basis = legalBasis.trim();
		Integer days = parse(workingDays.trim());
		java.util.List<String> errors = new java.util.ArrayList<>();
		if (code.isEmpty()) {
			errors.add("lapse.admin.error.code");
		}
		if (days == null || days < 1 || days > MAX_WORKING_DAYS) {
			errors.add("lapse.admin.error.days");
		}
		if (basis.isEmpty()) {
			errors.add("lapse.admin.error.basis");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			model.addAttribute("procedureCode", code);
			model.addAttribute("workingDays", workingDays.trim());
			model.addAttribute("legalBasis", basis);
			return page(model);
		}
		String before = rules.rule(code).map(SupplementLapseAdminController::describe).orElse(null);
		rules.set(code, days, basis);
		audit.record("SUPPLEMENT_LAPSE_RULE_SET", null, code, before, days + " ngày làm việc; " + basis);
		redirect.addFlashAttribute("success", "lapse.admin.saved");
		redirect.addFlashAttribute("successArg", code);
		return "redirect:/admin/catalogue/supplement-lapses";
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

	private static String describe(SupplementLapseRules.Rule rule) {
		return rule.workingDays() + " ngày làm việc; " + rule.legalBasis();
	}

	private static Integer parse(String text) {
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
