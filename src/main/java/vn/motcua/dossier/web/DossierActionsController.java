package vn.motcua.dossier.web;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.documents.DocumentRefusedException;
import vn.motcua.dossier.ActingOfficer;
import vn.motcua.dossier.DossierActionDenied;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierCommand.RevokeLink;
import vn.motcua.dossier.DossierTransitionRefused;
import vn.motcua.dossier.StaleDossierVersion;
import vn.motcua.shared.FormErrors;

/**
 * The actions of the dossier page, each a plain form post carrying the version the officer saw, bound to its record in
 * {@link DossierActionFormData} with Bean Validation: a post that cannot be read is answered with the field's message,
 * a change made by someone else meanwhile is refused with "reload", an action the law does not allow with its reason;
 * all on the dossier's page (POST-redirect-GET), never an error page.
 */
@Controller
@RequestMapping("/dossiers/{code}")
class DossierActionsController {

	private final DossierActions actions;

	private final MessageSource messages;

	DossierActionsController(DossierActions actions, MessageSource messages) {
		this.actions = actions;
		this.messages = messages;
	}

	@PostMapping("/accept")
	String accept(@PathVariable String code, @Valid DossierActionFormData.Accept form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	@PostMapping("/decline")
	String decline(@PathVariable String code, @Valid DossierActionFormData.Decline form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	@PostMapping("/assign")
	String assign(@PathVariable String code, @Valid DossierActionFormData.Assign form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	@PostMapping("/propose")
	String propose(@PathVariable String code, @Valid DossierActionFormData.Propose form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	@PostMapping("/send-back")
	String sendBack(@PathVariable String code, @Valid DossierActionFormData.SendBack form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	@PostMapping("/decide")
	String decide(@PathVariable String code, @Valid DossierActionFormData.Decide form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	@PostMapping("/result")
	String result(@PathVariable String code, @Valid DossierActionFormData.Result form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	@PostMapping("/scan")
	String scan(@PathVariable String code, @Valid DossierActionFormData.ComponentScan form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	@PostMapping("/return")
	String returnResult(@PathVariable String code, @Valid DossierActionFormData.Return form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	@PostMapping("/supplement-request")
	String requestSupplement(@PathVariable String code, @Valid DossierActionFormData.SupplementRequest form,
			BindingResult input, Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	@PostMapping("/supplement-receive")
	String receiveSupplement(@PathVariable String code, @Valid DossierActionFormData.SupplementReceive form,
			BindingResult input, Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	@PostMapping("/extend")
	String extend(@PathVariable String code, @Valid DossierActionFormData.Extend form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	/** Liên thông: the transfer slip's agency and its share of the time limit (NĐ 61/2018 Art. 19.5). */
	@PostMapping("/transfer-out")
	String transferOut(@PathVariable String code, @Valid DossierActionFormData.TransferOut form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	/** Liên thông: the other agency's answer is back at the receiving one-stop (NĐ 61/2018 Art. 19.6–19.7). */
	@PostMapping("/transfer-back")
	String transferBack(@PathVariable String code, @Valid DossierActionFormData.TransferBack form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	/** The applicant withdraws at the counter or by post: request recorded and Mẫu 05 issued (NĐ 118/2025 Art. 21.1). */
	@PostMapping("/stop")
	String stop(@PathVariable String code, @Valid DossierActionFormData.Stop form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	/** Issues the stop notice (Mẫu 05) on a withdrawal the applicant requested online (NĐ 118/2025 Art. 21.2). */
	@PostMapping("/issue-stop")
	String issueStop(@PathVariable String code, @Valid DossierActionFormData.IssueStop form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	/** Revokes the QR link printed on the dossier's forms (a lost or stolen receipt); the next print has a new one. */
	@PostMapping("/revoke-link")
	String revokeLink(@PathVariable String code, Authentication officer, RedirectAttributes r) {
		return perform(code, null, officer, r, new RevokeLink());
	}

	@PostMapping("/payment")
	String payment(@PathVariable String code, @Valid DossierActionFormData.Payment form, BindingResult input,
			Authentication officer, RedirectAttributes r) {
		return act(code, form, input, officer, r);
	}

	/**
	 * The form as posted, if every field could be read and is within its bounds; otherwise the first field's message
	 * is shown on the dossier's page, as a refused action is, and nothing is done.
	 */
	private String act(String code, DossierActionFormData.ActionForm form, BindingResult input, Authentication officer,
			RedirectAttributes redirect) {
		if (input.hasErrors()) {
			redirect.addFlashAttribute("refusal", FormErrors.first(input, messages, "dossier.form.unreadable"));
			return "redirect:/dossiers/" + code;
		}
		return perform(code, form.version(), officer, redirect, form.command());
	}

	/**
	 * Asks the application layer to perform the action (it checks visibility, role, commune, assignment and the version
	 * the officer saw); says what happened, or why not, on the dossier's page.
	 */
	private String perform(String code, Integer version, Authentication officer, RedirectAttributes redirect,
			DossierCommand command) {
		try {
			actions.perform(code, version, ActingOfficer.of(officer), command);
			redirect.addFlashAttribute("done", "dossier.page.done." + command.action().slug());
		}
		catch (DossierActionDenied denied) {
			throw new AccessDeniedException(denied.getMessage(), denied);
		}
		catch (DossierTransitionRefused refused) {
			redirect.addFlashAttribute("refusal", refused.message(messages, LocaleContextHolder.getLocale()));
		}
		catch (StaleDossierVersion | OptimisticLockingFailureException concurrent) {
			redirect.addFlashAttribute("refusal",
					messages.getMessage("dossier.page.concurrent", null, LocaleContextHolder.getLocale()));
		}
		catch (DocumentRefusedException refused) {
			// a scan too large (or empty): nothing was saved; the reason is shown on the dossier's page
			redirect.addFlashAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(),
					LocaleContextHolder.getLocale()));
		}
		return "redirect:/dossiers/" + code;
	}
}
