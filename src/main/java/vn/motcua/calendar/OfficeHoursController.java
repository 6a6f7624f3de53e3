package vn.motcua.calendar;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.OfficerRole;

/** Each agency's receipt cut-off and closing time, set by the agency's administrators. */
@Controller
@RequestMapping("/admin/calendar/office-hours")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class OfficeHoursController {

	private final Agencies agencies;

	private final CalendarStore store;

	private final CalendarAdministration administration;

	private final MessageSource messages;

	OfficeHoursController(Agencies agencies, CalendarStore store, CalendarAdministration administration,
			MessageSource messages) {
		this.messages = messages;
		this.agencies = agencies;
		this.store = store;
		this.administration = administration;
	}

	@GetMapping
	String list(Authentication authentication, Model model) {
		model.addAttribute("agencies", administered(authentication));
		model.addAttribute("hours", store.officeHours());
		model.addAttribute("defaults", OfficeHours.DEFAULT);
		return "calendar/office-hours";
	}

	@PostMapping("/{agency}")
	String save(@PathVariable String agency, @Valid @ModelAttribute("officeHours") OfficeHoursFormData form,
			BindingResult input, Authentication authentication, RedirectAttributes redirect) {
		if (administered(authentication).stream().noneMatch(a -> a.code().equals(agency))) {
			throw new CalendarAdminController.NotFound();
		}
		if (input.hasErrors()) {
			redirect.addFlashAttribute("failureText", FormErrors.first(input, messages, "calendar.error.timeInvalid"));
			return "redirect:/admin/calendar/office-hours";
		}
		try {
			administration.setOfficeHours(agency, form.toOfficeHours());
			redirect.addFlashAttribute("success", "calendar.officeHours.saved");
			redirect.addFlashAttribute("successArg", agency);
		}
		catch (CalendarEditRefused refused) {
			redirect.addFlashAttribute("failure", refused.messageKey());
		}
		return "redirect:/admin/calendar/office-hours";
	}

	private List<Agency> administered(Authentication authentication) {
		boolean all = AgencyAccess.isInstallationAdmin(authentication);
		var own = AgencyAccess.agenciesWhere(authentication, OfficerRole.ADMINISTRATOR);
		return agencies.active().stream().filter(a -> all || own.contains(a.code())).toList();
	}
}
