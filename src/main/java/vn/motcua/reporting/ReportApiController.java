package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.agency.Agency;
import vn.motcua.dossier.PeriodFigures;

/**
 * {@code GET /api/v1/reports/dossiers?from=…&to=…[&agency=…]}: the fields of legal-rules.md §4 for the total, and,
 * when the scope holds several communes, each commune's figures under {@code agencies}.
 */
@RestController
class ReportApiController {

	private final Reports reports;

	private final ReportScope scope;

	ReportApiController(Reports reports, ReportScope scope) {
		this.reports = reports;
		this.scope = scope;
	}

	@GetMapping("/api/v1/reports/dossiers")
	@PreAuthorize("hasAnyRole('LEADER', 'ADMINISTRATOR')")
	Map<String, Object> dossiers(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String agency, Authentication authentication) {
		scope.checkPeriod(from, to);
		List<Agency> agencies = scope.resolve(agency, authentication);
		PeriodReport report = reports.dossiers(from, to, agencies);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("from", from.toString());
		body.put("to", to.toString());
		body.put("agency", agencies.size() == 1 ? agencies.get(0).code() : agency);
		body.putAll(fields(report.total()));
		if (agencies.size() > 1) {
			body.put("agencies", report.rows().stream().map(row -> {
				Map<String, Object> one = new LinkedHashMap<>();
				one.put("agency", row.agencyCode());
				one.put("name", row.agencyName());
				one.putAll(fields(row.figures()));
				return one;
			}).toList());
		}
		return body;
	}

	static Map<String, Object> fields(PeriodFigures f) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("carriedOver", f.carriedOver());
		fields.put("received", orderedMap("total", f.received().total(), "byChannel",
				orderedMap("ONLINE", f.received().online(), "DIRECT", f.received().direct(), "POSTAL", f.received().postal())));
		fields.put("resolved", orderedMap("total", f.resolved().total(), "early", f.resolved().early(), "onTime",
				f.resolved().onTime(), "late", f.resolved().late()));
		fields.put("stopped", f.stopped());
		fields.put("inProgress", orderedMap("total", f.inProgress().total(), "withinTime", f.inProgress().withinTime(),
				"overdue", f.inProgress().overdue()));
		fields.put("awaitingSupplement", f.awaitingSupplement());
		fields.put("onTimeRate", f.onTimeRate());
		fields.put("digitized", f.digitized());
		fields.put("extended", f.extended());
		fields.put("refusedAtIntake", f.refusedAtIntake());
		return fields;
	}

	private static Map<String, Object> orderedMap(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
