package vn.motcua.notifications;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLinks;
import vn.motcua.dossier.DossierWorkflow;

/**
 * The citizen stops the messages about their dossier from its status page (issue 16 item 4): a POST with the QR
 * token of the receipt (whoever holds the paper, not whoever knows the code) and the CSRF token of the page; nothing
 * personal is shown. Every message not yet handed to a gateway is withheld, and no later one is sent.
 */
@Controller
class StopMessagesController {

	private final DossierWorkflow dossiers;

	private final DossierLinks links;

	private final ApplicantContacts contacts;

	StopMessagesController(DossierWorkflow dossiers, DossierLinks links, ApplicantContacts contacts) {
		this.dossiers = dossiers;
		this.links = links;
		this.contacts = contacts;
	}

	@PostMapping("/public/ho-so/{code}/dung-tin-nhan")
	String stop(@PathVariable String code, @RequestParam(name = "t", required = false) String token,
			RedirectAttributes redirect) {
		String clean = code.strip().toUpperCase();
		Dossier dossier = clean.length() > 40 ? null : dossiers.find(clean).orElse(null);
		if (dossier == null || !links.verify(dossier, token)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		boolean stopped = contacts.stop(dossier.code(), dossier.agencyCode());
		redirect.addFlashAttribute("messagesStopped", stopped ? "notifications.stop.done" : "notifications.stop.already");
		return "redirect:/public/ho-so/" + UriUtils.encodePathSegment(dossier.code(), "UTF-8") + "?t="
				+ UriUtils.encodeQueryParam(token, "UTF-8");
	}
}
