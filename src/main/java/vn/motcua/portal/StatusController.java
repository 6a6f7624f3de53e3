package vn.motcua.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLinks;
import vn.motcua.dossier.DossierStatusLookup;
import vn.motcua.dossier.SignedPapers;
import vn.motcua.feedback.Satisfaction;
import vn.motcua.shared.VietnamTime;

/**
 * The status page reached from the QR on every form ({@code ?t=} token: the full receipt and the dossier's signed
 * papers, each with its public signature check and its answer in one line) or by typing the code (the public view: no
 * personal data), and the look-up form. A wrong token gets 403 with the public view and a notice; an
 * expired or revoked one 410 with a page that says the link is no longer valid and to look up by code. A code that
 * cannot be a dossier code gets exactly the answer of an unknown one, without asking the database.
 */
@Controller
class StatusController {

	/** What a dossier code can look like (made here, or imported from an earlier system), upper case. */
	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9./_-]{2,39}");

	private final DossierStatusLookup dossiers;

	private final DossierLinks links;

	private final DeadlineCalendar calendar;

	private final Agencies agencies;

	private final SubmissionDrafts drafts;

	private final Satisfaction satisfaction;

	private final Clock clock;

	private final SignedPapers signedPapers;

	StatusController(DossierStatusLookup dossiers, DossierLinks links, DeadlineCalendar calendar, Agencies agencies,
			SubmissionDrafts drafts, Satisfaction satisfaction, Clock clock, SignedPapers signedPapers) {
		this.signedPapers = signedPapers;
		this.dossiers = dossiers;
		this.links = links;
		this.calendar = calendar;
		this.agencies = agencies;
		this.drafts = drafts;
		this.satisfaction = satisfaction;
		this.clock = clock;
	}

	@GetMapping("/public/tra-cuu")
	String lookUp(@RequestParam(name = "ma", required = false) String code, Model model) {
		if (code != null && !code.isBlank()) {
			String clean = clean(code);
			if (mayBeACode(clean) && dossiers.version(clean).isPresent()) {
				return "redirect:/public/ho-so/" + UriUtils.encodePathSegment(clean, "UTF-8");
			}
			model.addAttribute("code", clean.length() > 40 ? clean.substring(0, 40) : clean);
			model.addAttribute("notFound", true);
		}
		return "portal/look-up";
	}

	@GetMapping("/public/ho-so/{code}")
	String status(@PathVariable String code, @RequestParam(name = "t", required = false) String token, Model model,
			HttpServletResponse response) {
		String clean = clean(code);
		if (!mayBeACode(clean)) {
			throw new PortalErrors.NotFound();
		}
		Dossier dossier = dossiers.find(clean).orElseThrow(PortalErrors.NotFound::new);
		DossierLinks.TokenCheck check = token == null ? null : links.check(dossier, token);
		if (check != null && check.noLongerValid()) {
			throw new PortalErrors.LinkNoLongerValid();
		}
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		String agencyName = agencies.find(dossier.agencyCode()).map(Agency::name).orElse(dossier.agencyCode());
		var countdown = dossier.effectiveDueDate() == null ? null : calendar.countdown(dossier.effectiveDueDate(), today);
		String receiveMethod = drafts.receiveMethodOf(dossier.code()).orElse(null);
		model.addAttribute("page", DossierStatusPage.of(dossier, agencyName, countdown, receiveMethod));
		if (check != null) {
			if (check == DossierLinks.TokenCheck.VALID) {
				model.addAttribute("receipt", dossier);
				model.addAttribute("token", token);
				model.addAttribute("mayRate", satisfaction.mayRate(dossier));
				// the forms' QR opens this page: the dossier's signed papers, each with its public check (issue 17 item 5)
				model.addAttribute("signedPapers", signedPapers.of(dossier));
			}
			else {
				response.setStatus(HttpServletResponse.SC_FORBIDDEN);
				model.addAttribute("badToken", true);
			}
		}
		return "portal/status";
	}

	private static String clean(String code) {
		return code.strip().toUpperCase();
	}

	/** Whether {@code code} (stripped, upper case) can be a dossier code at all; if not, it is unknown. */
	static boolean mayBeACode(String code) {
		return CODE.matcher(code).matches();
	}
}
