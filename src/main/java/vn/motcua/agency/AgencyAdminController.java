package vn.motcua.agency;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The installation administrator chooses which communes this installation serves. */
@Controller
@RequestMapping("/admin/agencies")
class AgencyAdminController {

	private final Agencies agencies;

	AgencyAdminController(Agencies agencies) {
		this.agencies = agencies;
	}

	@GetMapping
	String provinces(@RequestParam(required = false) String province, Model model) {
		model.addAttribute("provinces", agencies.provinces());
		model.addAttribute("active", agencies.active());
		if (province != null && !province.isBlank()) {
			model.addAttribute("province", province);
			model.addAttribute("communes", agencies.inProvince(province));
		}
		return "agency/agencies";
	}

	@PostMapping("/{code}")
	String setActive(@PathVariable String code, @RequestParam boolean active,
			@RequestParam(required = false) String province, RedirectAttributes redirect) {
		if (agencies.setActive(code, active)) {
			redirect.addFlashAttribute("success", active ? "agency.activated" : "agency.deactivated");
		}
		else {
			redirect.addFlashAttribute("failure", "agency.unknown");
		}
		return province != null && province.matches("\\d{2}") ? "redirect:/admin/agencies?province=" + province
				: "redirect:/admin/agencies";
	}
}
