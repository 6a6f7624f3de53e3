package vn.motcua.audit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

/** Administrators browse and filter the audit log: the installation's administrator all of it, others their agencies'. */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/admin/audit")
	String browse(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String agency,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		boolean all = AgencyAccess.isInstallationAdmin(authentication);
		int current = Math.max(0, page);
		List<AuditEntry> entries = trail.find(new AuditQuery(actor, action, agency, from, to,
				all ? null : AgencyAccess.agenciesWhere(authentication, OfficerRole.ADMINISTRATOR), false, current,
				PAGE_SIZE));
		model.addAttribute("entries", entries.size() > PAGE_SIZE ? entries.subList(0, PAGE_SIZE) : entries);
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		model.addAttribute("page", current);
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("agency", agency);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/audit";
	}
}
