package vn.motcua.nationallink;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.VietnamTime;

/**
 * The administrator's page of the national portal link ({@code /admin/national-link}, issue 15 item 6): whether the
 * link is on and where it points (never its password), the queue and its oldest change, the rows the portal refused
 * (parked) with a button that sends them again, the last error of each dossier still waiting, Decision 766
 * indicator 1.4 (dossiers synchronised to Cổng DVCQG, Thông tư 04/2025/TT-VPCP), the online submissions fetched from
 * the portal that were refused with the reason ({@link NationalInbox}) and each commune's agency code on the portal
 * ({@code madonvi}). The installation's administrator sees every commune, a commune's administrator only
 * theirs. Works without JavaScript: forms and redirects.
 */
@Controller
@RequestMapping("/admin/national-link")
class NationalLinkAdminController {

	private static final String PAGE = "redirect:/admin/national-link";

	/** The portal's agency codes are letters, digits, dots, hyphens and underscores (e.g. {@code 000.00.00.H56}). */
	private static final Pattern MADONVI = Pattern.compile("[A-Za-z0-9._-]{1," + NationalAgencyCodes.MAX_LENGTH + "}");

	private final NationalLinkHealth health;

	private final NationalAgencyCodes codes;

	private final NationalSubmissions submissions;

	private final NationalLinkSettings settings;

	private final Agencies agencies;

	private final Clock clock;

	NationalLinkAdminController(NationalLinkHealth health, NationalAgencyCodes codes, NationalSubmissions submissions,
			NationalLinkSettings settings, Agencies agencies, Clock clock) {
		this.submissions = submissions;
		this.health = health;
		this.codes = codes;
		this.settings = settings;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** A commune of the page's agency code table. */
	record CommuneCode(String agencyCode, String name, String set, String used) {
	}

	@GetMapping
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication officer, Model model) {
		Collection<String> scope = scope(officer);
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		LocalDate end = to != null ? to : today;
		LocalDate start = from != null ? from : end.withDayOfMonth(1).withMonth((end.getMonthValue() - 1) / 3 * 3 + 1);
		if (start.isAfter(end)) {
			model.addAttribute("periodError", "link.admin.period.error");
			start = end;
		}
		model.addAttribute("on", settings.on());
		model.addAttribute("url", settings.url());
		NationalLinkHealth.Queue queue = health.queue(scope);
		model.addAttribute("queue", queue);
		model.addAttribute("oldestAge", queue.oldestCreatedAt() == null ? null
				: age(Duration.between(queue.oldestCreatedAt(), OffsetDateTime.now(clock))));
		List<NationalLinkHealth.Pending> parked = health.parked(scope);
		model.addAttribute("parked", parked);
		model.addAttribute("parkedAgencies",
				parked.stream().map(NationalLinkHealth.Pending::agencyCode).distinct().sorted().toList());
		model.addAttribute("waiting", health.waitingAfterError(scope));
		model.addAttribute("shown", NationalLinkHealth.SHOWN);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("syncRate", health.syncRate(start, end, scope));
		model.addAttribute("communes", communes(officer, scope));
		model.addAttribute("refusedSubmissions", submissions.refused(scope));
		model.addAttribute("refusedShown", NationalSubmissions.SHOWN);
		return "nationallink/national-link";
	}

	/** Sends again the parked rows chosen ({@code id}), or all of a commune's ({@code agency}), or all visible. */
	@PostMapping("/retry")
	String retry(@RequestParam(name = "id", required = false) List<Long> ids,
			@RequestParam(required = false) String agency, Authentication officer, RedirectAttributes redirect) {
		Collection<String> scope = scope(officer);
		if (agency != null && !agency.isBlank()) {
			if (scope != null && !scope.contains(agency)) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN);
			}
			scope = Set.of(agency);
		}
		int unparked = health.unpark(ids == null ? List.of() : ids, scope).size();
		redirect.addFlashAttribute("success", "link.admin.retried");
		redirect.addFlashAttribute("successArg", unparked);
		return PAGE;
	}

	/** Sets a commune's agency code on the portal (blank: back to the default). */
	@PostMapping("/agency-codes")
	String setCode(@RequestParam String agency, @RequestParam(defaultValue = "") String madonvi,
			Authentication officer, RedirectAttributes redirect) {
		Collection<String> scope = scope(officer);
		if (scope != null && !scope.contains(agency) || agencies.find(agency).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		String code = madonvi.strip();
		if (!code.isEmpty() && !MADONVI.matcher(code).matches()) {
			redirect.addFlashAttribute("failure", "link.admin.madonvi.invalid");
			return PAGE + "#madonvi";
		}
		codes.set(agency, code);
		redirect.addFlashAttribute("success", "link.admin.madonvi.saved");
		redirect.addFlashAttribute("successArg", agency);
		return PAGE + "#madonvi";
	}

	/** The communes the officer administers: null (every one) for the installation's administrator. */
	private static Collection<String> scope(Authentication officer) {
		return AgencyAccess.isInstallationAdmin(officer) ? null
				: AgencyAccess.agenciesWhere(officer, OfficerRole.ADMINISTRATOR);
	}

	private List<CommuneCode> communes(Authentication officer, Collection<String> scope) {
		Map<String, String> set = codes.set();
		List<CommuneCode> communes = new ArrayList<>();
		for (Agency a : agencies.visibleTo(officer)) {
			if (scope == null || scope.contains(a.code())) {
				communes.add(new CommuneCode(a.code(), a.name(), set.get(a.code()),
						set.getOrDefault(a.code(), codes.fallback(a.code()))));
			}
		}
		return communes;
	}

	/** Days, hours and minutes, for the message {@code link.admin.age}. */
	private static Map<String, Long> age(Duration age) {
		Duration positive = age.isNegative() ? Duration.ZERO : age;
		Map<String, Long> parts = new LinkedHashMap<>();
		parts.put("days", positive.toDays());
		parts.put("hours", (long) positive.toHoursPart());
		parts.put("minutes", (long) positive.toMinutesPart());
		return parts;
	}
}
