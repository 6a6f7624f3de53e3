package vn.motcua.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Public posting of the catalogue (niêm yết công khai thủ tục hành chính), no sign-in: the procedures in force by
 * field, search without diacritics, a printable page per procedure, and the list of fee-exempt procedures with the
 * basis of each exemption.
 */
@Controller
@RequestMapping("/public/thu-tuc")
class PublicCatalogueController {

	/** Results shown for a search; more means the words should be more precise. */
	static final int PAGE = 50;

	private final Catalogue catalogue;

	private final Clock clock;

	PublicCatalogueController(Catalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String field,
			@RequestParam(required = false) ServiceLevel level, Model model) {
		boolean searching = !q.isBlank() || !field.isBlank() || level != null;
		model.addAttribute("q", q);
		model.addAttribute("field", field);
		model.addAttribute("level", level);
		model.addAttribute("levels", ServiceLevel.values());
		model.addAttribute("fields", catalogue.fieldNames());
		model.addAttribute("searching", searching);
		if (searching) {
			model.addAttribute("results", catalogue.search(q, field, level, PAGE));
		}
		else {
			Map<String, List<ProcedureSummary>> byField = new LinkedHashMap<>();
			catalogue.inForceToday().forEach(p -> byField.computeIfAbsent(p.field(), f -> new java.util.ArrayList<>()).add(p));
			model.addAttribute("byField", byField);
		}
		return "catalogue/public-list";
	}

	@GetMapping("/{code:[0-9]\\.[0-9]{6}}")
	String detail(@PathVariable String code, Model model) {
		LocalDate today = LocalDate.now(clock);
		ProcedureVersion procedure = catalogue.inForce(code, today)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("p", procedure);
		model.addAttribute("today", today);
		return "catalogue/public-detail";
	}

	@GetMapping("/mien-phi-le-phi")
	String feeExempt(Model model) {
		model.addAttribute("procedures", catalogue.feeExemptToday());
		model.addAttribute("today", LocalDate.now(clock));
		return "catalogue/public-fee-exempt";
	}
}
