package vn.motcua.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.agency.Agency;
import vn.motcua.shared.VietnamTime;

/** {@code /reports/dashboard}: the leadership dashboard, charts drawn on the server. */
@Controller
@PreAuthorize("hasAnyRole('LEADER', 'ADMINISTRATOR')")
class LeadershipDashboardController {

	private final Dashboard dashboard;

	private final DossierActivity activity;

	private final ReportScope scope;

	private final Clock clock;

	LeadershipDashboardController(Dashboard dashboard, DossierActivity activity, ReportScope scope, Clock clock) {
		this.dashboard = dashboard;
		this.activity = activity;
		this.scope = scope;
		this.clock = clock;
	}

	@GetMapping("/reports/dashboard")
	String dashboard(@RequestParam(required = false) String agency, Authentication authentication, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		List<String> codes = scope.resolve(agency, authentication).stream().map(Agency::code).toList();
		List<Dashboard.Month> months = dashboard.months(codes, today, 12);
		Period quarter = Period.quarterOf(today);
		model.addAttribute("agency", agency);
		model.addAttribute("months", months);
		model.addAttribute("chart", dashboard.chart(months));
		model.addAttribute("quarter", quarter);
		model.addAttribute("fields", dashboard.byField(codes, quarter.from(), today));
		model.addAttribute("atRisk", dashboard.atRisk(codes, today));
		model.addAttribute("today", today);
		model.addAttribute("activity", activity.today(codes));
		return "reporting/dashboard";
	}
}
