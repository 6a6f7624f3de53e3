package vn.motcua.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import vn.motcua.dossier.Decision;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierPapers;
import vn.motcua.dossier.DossierLinks;
import vn.motcua.dossier.DossierStatusLookup;
import vn.motcua.dossier.DossierTransitionRefused;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.OneStopPaper;

/**
 * What the holder of the receipt's QR token may do on the status page besides reading it: withdraw the dossier before
 * a decision (rút hồ sơ, NĐ 118/2025 Art. 21.2; TT 03/2025 Art. 7), with a confirmation step, recorded as the
 * applicant's request (actor {@value #APPLICANT}); and download the notice of refusal after review (NĐ 61/2018 Art.
 * 19.8). Without a valid token both answer as the status page does (403 wrong, 410 expired or revoked). The page is
 * public: it shows no personal data beyond the receipt the token already opens; CSRF protection is on.
 */
@Controller
class WithdrawalController {

	/** The actor recorded for what the applicant does on the portal. */
	static final String APPLICANT = "applicant";

	private final DossierStatusLookup dossiers;

	private final DossierLinks links;

	private final DossierWorkflow workflow;

	private final DossierPapers forms;

	WithdrawalController(DossierStatusLookup dossiers, DossierLinks links, DossierWorkflow workflow,
			DossierPapers forms) {
		this.dossiers = dossiers;
		this.links = links;
		this.workflow = workflow;
		this.forms = forms;
	}

	@GetMapping("/public/ho-so/{code}/rut-ho-so")
	String confirm(@PathVariable String code, @RequestParam(name = "t", required = false) String token, Model model,
			HttpServletResponse response) {
		Dossier dossier = holder(code, token);
		model.addAttribute("code", dossier.code());
		model.addAttribute("token", token);
		if (!withdrawable(dossier)) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("problem", "portal.withdraw.notAllowed");
			model.addAttribute("closed", true);
		}
		return "portal/withdraw";
	}

	@PostMapping("/public/ho-so/{code}/rut-ho-so")
	String withdraw(@PathVariable String code, @RequestParam(name = "t", required = false) String token,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirmed,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Dossier dossier = holder(code, token);
		String problem = !withdrawable(dossier) ? "portal.withdraw.notAllowed"
				: reason == null || reason.isBlank() ? "portal.withdraw.reasonRequired"
				: !confirmed ? "portal.withdraw.confirmRequired" : null;
		if (problem == null) {
			try {
				workflow.requestWithdrawalOnline(dossier.code(), reason.strip(), APPLICANT);
				redirect.addFlashAttribute("withdrawn", true);
				return "redirect:/public/ho-so/" + UriUtils.encodePathSegment(dossier.code(), "UTF-8") + "?t="
						+ UriUtils.encodeQueryParam(token, "UTF-8");
			}
			catch (DossierTransitionRefused refused) {
				problem = "portal.withdraw.notAllowed";
			}
		}
		response.setStatus(problem.equals("portal.withdraw.notAllowed") ? HttpServletResponse.SC_CONFLICT
				: HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("code", dossier.code());
		model.addAttribute("token", token);
		model.addAttribute("reason", reason);
		model.addAttribute("problem", problem);
		model.addAttribute("closed", problem.equals("portal.withdraw.notAllowed"));
		return "portal/withdraw";
	}

	@GetMapping("/public/ho-so/{code}/thong-bao-tu-choi.pdf")
	ResponseEntity<byte[]> refusalNotice(@PathVariable String code,
			@RequestParam(name = "t", required = false) String token) {
		Dossier dossier = holder(code, token);
		if (dossier.decision() != Decision.REFUSED) {
			throw new PortalErrors.NotFound();
		}
		byte[] pdf = forms.issue(dossier, OneStopPaper.REFUSAL_AFTER_REVIEW, APPLICANT);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"inline; filename=\"" + DossierPapers.fileName(OneStopPaper.REFUSAL_AFTER_REVIEW, dossier) + "\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	/** Whether the applicant may still withdraw: accepted or waiting for intake, and not decided or closed. */
	static boolean withdrawable(Dossier dossier) {
		return dossier.status().isOpen();
	}

	/** The dossier, for the holder of a valid token only (403 wrong token, 410 expired or revoked, 404 unknown). */
	private Dossier holder(String code, String token) {
		String clean = code.strip().toUpperCase();
		if (!StatusController.mayBeACode(clean)) {
			throw new PortalErrors.NotFound();
		}
		Dossier dossier = dossiers.find(clean).orElseThrow(PortalErrors.NotFound::new);
		DossierLinks.TokenCheck check = token == null ? DossierLinks.TokenCheck.WRONG : links.check(dossier, token);
		if (check.noLongerValid()) {
			throw new PortalErrors.LinkNoLongerValid();
		}
		if (check != DossierLinks.TokenCheck.VALID) {
			throw new PortalErrors.Forbidden();
		}
		return dossier;
	}
}
