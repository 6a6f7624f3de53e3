package vn.motcua.audit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

/** {@code GET /api/v1/audit}: the audit log for administrators, newest first, 200 lines a page. */
@RestController
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/v1/audit")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	List<AuditEntry> entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String agency,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Authentication authentication) {
		boolean all = AgencyAccess.isInstallationAdmin(authentication);
		List<AuditEntry> entries = trail.find(new AuditQuery(actor, action, agency, from, to,
				all ? null : AgencyAccess.agenciesWhere(authentication, OfficerRole.ADMINISTRATOR), false,
				Math.max(0, page), 200));
		return entries.size() > 200 ? entries.subList(0, 200) : entries;
	}
}
