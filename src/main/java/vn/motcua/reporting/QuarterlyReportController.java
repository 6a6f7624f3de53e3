package vn.motcua.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.agency.Agency;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.VietnamTime;

/**
 * The quarterly CCHC report of one commune: officers write the narrative (saved as a draft), a leader makes it final,
 * and anyone allowed downloads it as PDF or DOCX.
 */
@Controller
@RequestMapping("/reports/quarterly")
@PreAuthorize("hasAnyRole('LEADER', 'ADMINISTRATOR')")
class QuarterlyReportController {

	private final QuarterlyReports reports;

	private final ReportScope scope;

	private final Clock clock;

	QuarterlyReportController(QuarterlyReports reports, ReportScope scope, Clock clock) {
		this.reports = reports;
		this.scope = scope;
		this.clock = clock;
	}

	@GetMapping
	String open(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String agency, Authentication authentication) {
		Period period = Period.orThisQuarter(from, to, LocalDate.now(clock.withZone(VietnamTime.ZONE)));
		scope.checkPeriod(period.from(), period.to());
		List<Agency> agencies = scope.resolve(agency, authentication);
		if (agencies.size() != 1) {
			throw scope.refused(HttpStatus.BAD_REQUEST, "reporting.scope.oneCommune");
		}
		QuarterlyReport report = reports.current(agencies.get(0).code(), period.from(), period.to());
		return "redirect:/reports/quarterly/" + report.id();
	}

	/** The id is digits only: {@code /{id}.pdf} and {@code /{id}.docx} are the files (issue 13 §1). */
	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, Authentication authentication, Model model) {
		QuarterlyReport report = visible(id, authentication);
		model.addAttribute("report", report);
		model.addAttribute("sections", QuarterlyReport.SECTIONS);
		model.addAttribute("defaultRecipients", reports.defaultRecipients());
		model.addAttribute("canFinalise", maySign(report, authentication));
		model.addAttribute("personalSignature", reports.personalSignature(report).orElse(null));
		return "reporting/quarterly";
	}

	@PostMapping("/{id:\\d+}")
	String save(@PathVariable long id, @RequestParam Map<String, String> form, Authentication authentication,
			RedirectAttributes redirect) {
		visible(id, authentication);
		try {
			reports.saveDraft(id, form.get("number"), form.get("signerName"), form.get("signerTitle"), form);
			redirect.addFlashAttribute("success", "reporting.quarterly.saved");
		}
		catch (QuarterlyReportRefused refused) {
			redirect.addFlashAttribute("failure", refused.messageKey());
		}
		return "redirect:/reports/quarterly/" + id;
	}

	@PostMapping("/{id}/final")
	@PreAuthorize("hasRole('LEADER') or hasAuthority('INSTALLATION_ADMIN')")
	String finalise(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		signable(id, authentication);
		try {
			reports.finalise(id, authentication.getName());
			redirect.addFlashAttribute("success", "reporting.quarterly.finalised");
		}
		catch (QuarterlyReportRefused refused) {
			redirect.addFlashAttribute("failure", refused.messageKey());
		}
		return "redirect:/reports/quarterly/" + id;
	}

	@PostMapping("/{id}/reissue")
	@PreAuthorize("hasRole('LEADER') or hasAuthority('INSTALLATION_ADMIN')")
	String reissue(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		signable(id, authentication);
		QuarterlyReport next = reports.reissue(id);
		redirect.addFlashAttribute("success", "reporting.quarterly.reissued");
		return "redirect:/reports/quarterly/" + next.id();
	}

	@GetMapping("/{id}.{kind:pdf|docx}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String kind, Authentication authentication) {
		QuarterlyReport report = visible(id, authentication);
		MediaType type = "pdf".equals(kind) ? MediaType.APPLICATION_PDF
				: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(QuarterlyReports.fileName(report, kind)).build().toString())
			.body(reports.file(report, kind));
	}

	/** Only a leader of the report's own agency (or the installation's administrator) issues or re-issues it. */
	private static boolean maySign(QuarterlyReport report, Authentication authentication) {
		return AgencyAccess.isInstallationAdmin(authentication)
				|| AgencyAccess.agenciesWhere(authentication, OfficerRole.LEADER).contains(report.agencyCode());
	}

	private QuarterlyReport signable(long id, Authentication authentication) {
		QuarterlyReport report = visible(id, authentication);
		if (!maySign(report, authentication)) {
			throw new AccessDeniedException("not a leader of " + report.agencyCode());
		}
		return report;
	}

	private QuarterlyReport visible(long id, Authentication authentication) {
		QuarterlyReport report = reports.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		scope.resolve(report.agencyCode(), authentication);
		return report;
	}
}
