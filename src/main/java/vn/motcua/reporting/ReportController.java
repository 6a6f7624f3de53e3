package vn.motcua.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.agency.Agency;
import vn.motcua.dossier.DossierStatistics;
import vn.motcua.dossier.DossierStatistics.Figure;
import vn.motcua.shared.VietnamTime;

/** The period report page (default: this quarter), the drill-down from each figure, and the XLSX export. */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('LEADER', 'ADMINISTRATOR')")
class ReportController {

	static final int PAGE_SIZE = 100;

	private final Reports reports;

	private final ReportScope scope;

	private final ServiceIndex index;

	private final DossierStatistics statistics;

	private final MessageSource messages;

	private final Clock clock;

	ReportController(Reports reports, ReportScope scope, ServiceIndex index, DossierStatistics statistics,
			MessageSource messages, Clock clock) {
		this.reports = reports;
		this.scope = scope;
		this.index = index;
		this.statistics = statistics;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String agency, Authentication authentication, Model model) {
		Period period = Period.orThisQuarter(from, to, today());
		scope.checkPeriod(period.from(), period.to());
		List<Agency> all = scope.resolve(null, authentication);
		List<Agency> agencies = agency == null || agency.isBlank() ? all : scope.resolve(agency, authentication);
		PeriodReport report = reports.dossiers(period.from(), period.to(), agencies);
		List<String> codes = agencies.stream().map(Agency::code).toList();
		model.addAttribute("report", report);
		model.addAttribute("awaitingByAge", statistics.awaitingByAge(period.from(), period.to(), codes));
		model.addAttribute("agency", agency);
		model.addAttribute("agencies", all);
		model.addAttribute("indicators", index.indicators(report.total(), codes));
		model.addAttribute("averageTimes", index.averageTimes(period.from(), period.to(), codes));
		model.addAttribute("quarters", Period.recentQuarters(today(), 4));
		return "reporting/report";
	}

	@GetMapping("/dossiers")
	String drillDown(@RequestParam Figure figure,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String agency, @RequestParam(defaultValue = "0") int page,
			Authentication authentication, Model model) {
		scope.checkPeriod(from, to);
		List<String> codes = scope.resolve(agency, authentication).stream().map(Agency::code).toList();
		int current = Math.max(0, page);
		List<DossierStatistics.DossierLine> lines = statistics.behind(figure, from, to, codes, PAGE_SIZE + 1,
				current * PAGE_SIZE);
		model.addAttribute("figure", figure);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("agency", agency);
		model.addAttribute("page", current);
		model.addAttribute("hasNext", lines.size() > PAGE_SIZE);
		model.addAttribute("lines", lines.size() > PAGE_SIZE ? lines.subList(0, PAGE_SIZE) : lines);
		return "reporting/drilldown";
	}

	@GetMapping("/dossiers.xlsx")
	ResponseEntity<byte[]> workbook(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String agency, Authentication authentication, Locale locale)
			throws IOException {
		scope.checkPeriod(from, to);
		List<Agency> agencies = scope.resolve(agency, authentication);
		PeriodReport report = reports.dossiers(from, to, agencies);
		List<Indicator> indicators = index.indicators(report.total(), agencies.stream().map(Agency::code).toList());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ReportWorkbook(messages, locale).write(report, indicators, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("bao-cao-ho-so-" + from + "-" + to + ".xlsx").build().toString())
			.body(out.toByteArray());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}
}
