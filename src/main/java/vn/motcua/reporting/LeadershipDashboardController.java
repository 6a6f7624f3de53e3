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
import vn.motcua.correspondence.CorrespondenceFigures;
import vn.motcua.shared.VietnamTime;

/**
 * {@code /reports/dashboard}: the leadership dashboard, charts drawn on the server, with the documents registers' tile
 * (incoming and outgoing documents of the quarter, electronic and signed shares).
 */
@Controller
@PreAuthorize("hasAnyRole('LEADER', 'ADMINISTRATOR')")
class LeadershipDashboardController {

	private final Dashboard dashboard;

	private final DossierActivity activity;

	private final ReportScope scope;

	private final CorrespondenceFigures.Query correspondence;

	private final Clock clock;

	LeadershipDashboardController(Dashboard dashboard, DossierActivity activity, ReportScope scope,
			CorrespondenceFigures.Query correspondence, Clock clock) {
		this.dashboard = dashboard;
		this.activity = activity;
		this.scope = scope;
		this.correspondence = correspondence;
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
		// the documents registers of the quarter so far (issue 17 item 6; NĐ 307/2025/NĐ-CP scores the share of
		// outgoing documents signed digitally and sent online)
		model.addAttribute("documents", correspondence.between(quarter.from(), today, codes));
		return "reporting/dashboard";
	}
}
