package vn.motcua.identity;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

/**
 * Administrators manage the officers of their agencies; the installation's administrator manages all of them. A
 * commune's administrator sees an officer shared with another commune but changes them only if they administer every
 * agency the officer works in.
 */
@Controller
@RequestMapping("/admin/officers")
class OfficerAdminController {

	private final OfficerAccounts accounts;

	private final Agencies agencies;

	private final AuditTrail audit;

	OfficerAdminController(OfficerAccounts accounts, Agencies agencies, AuditTrail audit) {
		this.accounts = accounts;
		this.agencies = agencies;
		this.audit = audit;
	}

	@ModelAttribute("allRoles")
	OfficerRole[] allRoles() {
		return OfficerRole.values();
	}

	@GetMapping
	String list(Authentication authentication, Model model) {
		model.addAttribute("officers", accounts.list(
				AgencyAccess.isInstallationAdmin(authentication) ? null : administered(authentication)));
		model.addAttribute("agencyNames", agencyNames());
		model.addAttribute("signingAgencies", agencyChoices(authentication));
		return "identity/officers";
	}

	@GetMapping("/new")
	String newOfficer(Authentication authentication, Model model) {
		model.addAttribute("officer", new OfficerFormData());
		return form(authentication, model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("officer") OfficerFormData officer, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		checkAgencies(officer, result, authentication);
		if (!result.hasErrors()) {
			try {
				Officer created = accounts.create(officer.getUsername(), officer.getFullName(), officer.getPassword(),
						new LinkedHashSet<>(officer.getAgencies()), Set.copyOf(officer.getRoles()));
				accounts.setPosition(created.id(), officer.getPosition());
				accounts.setEmail(created.id(), officer.getEmail());
				redirect.addFlashAttribute("success", "officer.created");
				redirect.addFlashAttribute("successArg", created.username());
				return "redirect:/admin/officers";
			}
			catch (OfficerAccountException refused) {
				result.rejectValue(refused.field(), refused.messageKey());
			}
		}
		return form(authentication, model, null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Authentication authentication, Model model) {
		Officer officer = visible(id, authentication);
		model.addAttribute("officer", OfficerFormData.of(officer, accounts.position(officer.username()).orElse(null),
				accounts.email(officer.username()).orElse(null)));
		return form(authentication, model, officer);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("officer") OfficerFormData form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		Officer officer = editable(id, authentication, "update");
		checkAgencies(form, result, authentication);
		if (result.hasErrors()) {
			return form(authentication, model, officer);
		}
		accounts.update(id, form.getFullName(), new LinkedHashSet<>(form.getAgencies()), Set.copyOf(form.getRoles()));
		accounts.setPosition(id, form.getPosition());
		accounts.setEmail(id, form.getEmail());
		redirect.addFlashAttribute("success", "officer.updated");
		redirect.addFlashAttribute("successArg", officer.username());
		return "redirect:/admin/officers";
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, Authentication authentication,
			RedirectAttributes redirect) {
		Officer officer = editable(id, authentication, active ? "activate" : "deactivate");
		try {
			accounts.setActive(id, active);
			redirect.addFlashAttribute("success", active ? "officer.activated" : "officer.deactivated");
			redirect.addFlashAttribute("successArg", officer.username());
		}
		catch (OfficerAccountException refused) {
			redirect.addFlashAttribute("failure", refused.messageKey());
		}
		return "redirect:/admin/officers";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(required = false) String newPassword,
			Authentication authentication, RedirectAttributes redirect) {
		Officer officer = editable(id, authentication, "reset password");
		try {
			accounts.resetPassword(id, newPassword);
			redirect.addFlashAttribute("success", "officer.passwordReset");
			redirect.addFlashAttribute("successArg", officer.username());
			return "redirect:/admin/officers";
		}
		catch (OfficerAccountException refused) {
			redirect.addFlashAttribute("failure", refused.messageKey());
			return "redirect:/admin/officers/" + id;
		}
	}

	private String form(Authentication authentication, Model model, Officer existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("mayEdit", existing == null || mayEdit(existing, authentication));
		model.addAttribute("agencyChoices", agencyChoices(authentication));
		return "identity/officer-form";
	}

	private void checkAgencies(OfficerFormData form, BindingResult result, Authentication authentication) {
		Set<String> allowed = agencyChoices(authentication).stream().map(Agency::code)
			.collect(Collectors.toSet());
		if (!allowed.containsAll(form.getAgencies())) {
			result.rejectValue("agencies", "officer.agencies.notAllowed");
		}
	}

	/** The officer, if this administrator may manage them; otherwise 404 (their existence is not revealed). */
	private Officer visible(long id, Authentication authentication) {
		Officer officer = accounts.find(id).orElseThrow(NotFound::new);
		if (AgencyAccess.isInstallationAdmin(authentication)) {
			return officer;
		}
		Set<String> administered = administered(authentication);
		if (officer.installationAdmin() || officer.agencies().stream().noneMatch(administered::contains)) {
			throw new NotFound();
		}
		return officer;
	}

	/**
	 * The officer, if this administrator may change them: the installation's administrator may change anyone; a
	 * commune's administrator only an officer all of whose agencies they administer, so that an officer shared with
	 * another commune keeps their roles and password there. A refusal is audited and answered 403.
	 */
	private Officer editable(long id, Authentication authentication, String change) {
		Officer officer = visible(id, authentication);
		if (!mayEdit(officer, authentication)) {
			audit.record("OFFICER_CHANGE_REFUSED", null, officer.username(), officer.describe(),
					change + "; agencies not all administered: " + officer.agencies());
			throw new Forbidden();
		}
		return officer;
	}

	private static boolean mayEdit(Officer officer, Authentication authentication) {
		return AgencyAccess.isInstallationAdmin(authentication)
				|| (!officer.installationAdmin() && administered(authentication).containsAll(officer.agencies()));
	}

	private List<Agency> agencyChoices(Authentication authentication) {
		boolean all = AgencyAccess.isInstallationAdmin(authentication);
		Set<String> administered = administered(authentication);
		return agencies.active().stream().filter(agency -> all || administered.contains(agency.code())).toList();
	}

	private Map<String, String> agencyNames() {
		Map<String, String> names = new HashMap<>();
		agencies.active().forEach(agency -> names.put(agency.code(), agency.name()));
		return names;
	}

	private static Set<String> administered(Authentication authentication) {
		return AgencyAccess.agenciesWhere(authentication, OfficerRole.ADMINISTRATOR);
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class NotFound extends RuntimeException {
	}

	@ResponseStatus(HttpStatus.FORBIDDEN)
	static class Forbidden extends RuntimeException {
	}
}
