package vn.motcua.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.dossier.DossierStatusCounts;
import vn.motcua.dossier.DossierStatusCounts.ProcedureCounts;
import vn.motcua.feedback.Satisfaction;
import vn.motcua.shared.VietnamTime;

/**
 * The commune's public figures for this quarter: dossiers received and resolved, the on-time rate, satisfaction, and
 * the same per field. Counts only: nothing about any person.
 */
@Controller
class DashboardController {

	private final Agencies agencies;

	private final DossierStatusCounts counts;

	private final Catalogue catalogue;

	private final Satisfaction satisfaction;

	private final Clock clock;

	DashboardController(Agencies agencies, DossierStatusCounts counts, Catalogue catalogue, Satisfaction satisfaction,
			Clock clock) {
		this.agencies = agencies;
		this.counts = counts;
		this.catalogue = catalogue;
		this.satisfaction = satisfaction;
		this.clock = clock;
	}

	/** One line of figures (a field, or the total). */
	record Figures(String label, long received, long resolved, long resolvedInTime) {

		/** The on-time rate in whole percent, or null when nothing was resolved. */
		public Long onTimePercent() {
			return resolved == 0 ? null : Math.round(100.0 * resolvedInTime / resolved);
		}

		Figures plus(ProcedureCounts c) {
			return new Figures(label, received + c.received(), resolved + c.resolved(),
					resolvedInTime + c.resolvedInTime());
		}
	}

	@GetMapping("/public/so-lieu")
	String dashboard(@RequestParam(name = "xa", required = false) String agencyCode, Model model) {
		List<Agency> active = agencies.active();
		Agency agency = active.stream().filter(a -> a.code().equals(agencyCode)).findFirst()
			.orElse(active.isEmpty() ? null : active.get(0));
		model.addAttribute("agencies", active);
		model.addAttribute("agency", agency);
		if (agency == null) {
			return "portal/dashboard";
		}
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		LocalDate from = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
		LocalDate to = from.plusMonths(3).minusDays(1);
		Map<String, Figures> byField = new TreeMap<>();
		Figures total = new Figures(null, 0, 0, 0);
		for (ProcedureCounts c : counts.byProcedure(agency.code(), from, to)) {
			String field = catalogue.inForce(c.procedureCode(), today).map(ProcedureVersion::field).orElse("–");
			byField.put(field, byField.getOrDefault(field, new Figures(field, 0, 0, 0)).plus(c));
			total = total.plus(c);
		}
		model.addAttribute("quarter", (from.getMonthValue() - 1) / 3 + 1);
		model.addAttribute("year", from.getYear());
		model.addAttribute("from", from);
		model.addAttribute("to", today.isBefore(to) ? today : to);
		model.addAttribute("fields", List.copyOf(byField.values()));
		model.addAttribute("total", total);
		model.addAttribute("satisfaction", satisfaction.figures(List.of(agency.code()), from, to));
		return "portal/dashboard";
	}
}
