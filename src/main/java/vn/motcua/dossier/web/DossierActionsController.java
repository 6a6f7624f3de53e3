package vn.motcua.dossier.web;

import java.time.LocalDate;

import vn.motcua.shared.SubmissionChannel;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.documents.DocumentRefusedException;
import vn.motcua.dossier.ActingOfficer;
import vn.motcua.dossier.Decision;
import vn.motcua.dossier.DossierActionDenied;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierCommand.Accept;
import vn.motcua.dossier.DossierCommand.Assign;
import vn.motcua.dossier.DossierCommand.AttachResult;
import vn.motcua.dossier.DossierCommand.AttachScan;
import vn.motcua.dossier.DossierCommand.Decide;
import vn.motcua.dossier.DossierCommand.Decline;
import vn.motcua.dossier.DossierCommand.Extend;
import vn.motcua.dossier.DossierCommand.IssueStop;
import vn.motcua.dossier.DossierCommand.Propose;
import vn.motcua.dossier.DossierCommand.ReceiveSupplement;
import vn.motcua.dossier.DossierCommand.RecordPayment;
import vn.motcua.dossier.DossierCommand.RequestSupplement;
import vn.motcua.dossier.DossierCommand.ReturnResult;
import vn.motcua.dossier.DossierCommand.RevokeLink;
import vn.motcua.dossier.DossierCommand.SendBack;
import vn.motcua.dossier.DossierCommand.Stop;
import vn.motcua.dossier.DossierCommand.TransferBack;
import vn.motcua.dossier.DossierCommand.TransferOut;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTransitionRefused;
import vn.motcua.dossier.FeePayment;
import vn.motcua.dossier.IntakeRequest.Scan;
import vn.motcua.dossier.StaleDossierVersion;

/**
 * The actions of the dossier page, each a plain form post carrying the version the officer saw: a change made by
 * someone else meanwhile is refused with "reload", an action the law does not allow with its reason.
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
	String accept(@PathVariable String code, @RequestParam int version, Authentication officer, RedirectAttributes r) {
		return act(code, version, officer, r, new Accept());
	}

	@PostMapping("/decline")
	String decline(@PathVariable String code, @RequestParam int version, @RequestParam DossierStatus outcome,
			@RequestParam(required = false) String reason, Authentication officer, RedirectAttributes r) {
		return act(code, version, officer, r, new Decline(outcome, reason));
	}

	@PostMapping("/assign")
	String assign(@PathVariable String code, @RequestParam int version, @RequestParam(required = false) String specialist,
			Authentication officer, RedirectAttributes r) {
		return act(code, version, officer, r, new Assign(specialist));
	}

	@PostMapping("/propose")
	String propose(@PathVariable String code, @RequestParam int version, @RequestParam Decision proposal,
			@RequestParam(required = false) String note, @RequestParam(required = false) String leader,
			Authentication officer, RedirectAttributes r) {
		return act(code, version, officer, r, new Propose(proposal, note, leader));
	}

	@PostMapping("/send-back")
	String sendBack(@PathVariable String code, @RequestParam int version, @RequestParam(required = false) String note,
			Authentication officer, RedirectAttributes r) {
		return act(code, version, officer, r, new SendBack(note));
	}

	@PostMapping("/decide")
	String decide(@PathVariable String code, @RequestParam int version, @RequestParam Decision decision,
			@RequestParam(required = false) String reason, Authentication officer, RedirectAttributes r) {
		return act(code, version, officer, r, new Decide(decision, reason));
	}

	@PostMapping("/result")
	String result(@PathVariable String code, @RequestParam int version, @RequestParam(required = false) MultipartFile file,
			Authentication officer, RedirectAttributes r) {
		return act(code, version, officer, r, new AttachResult(scan(file)));
	}

	@PostMapping("/scan")
	String scan(@PathVariable String code, @RequestParam int version, @RequestParam int index,
			@RequestParam(required = false) MultipartFile file, Authentication officer, RedirectAttributes r) {
		return act(code, version, officer, r, new AttachScan(index, scan(file)));
	}

	@PostMapping("/return")
	String returnResult(@PathVariable String code, @RequestParam int version, @RequestParam String method,
			Authentication officer, RedirectAttributes r) {
		return act(code, version, officer, r, new ReturnResult(method));
	}

	@PostMapping("/supplement-request")
	String requestSupplement(@PathVariable String code, @RequestParam int version,
			@RequestParam(required = false) String missing, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean lateConfirmed, Authentication officer, RedirectAttributes r) {
		return act(code, version, officer, r, new RequestSupplement(missing, reason, lateConfirmed));
	}

	@PostMapping("/supplement-receive")
	String receiveSupplement(@PathVariable String code, @RequestParam int version, Authentication officer,
			RedirectAttributes r) {
		return act(code, version, officer, r, new ReceiveSupplement());
	}

	@PostMapping("/extend")
	String extend(@PathVariable String code, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueDate,
			@RequestParam(required = false) String reason, Authentication officer, RedirectAttributes r) {
		return act(code, version, officer, r, new Extend(newDueDate, reason));
	}

	/** Liên thông: the transfer slip's agency and its share of the time limit (NĐ 61/2018 Art. 19.5). */
	@PostMapping("/transfer-out")
	String transferOut(@PathVariable String code, @RequestParam int version,
			@RequestParam(required = false) String agency, @RequestParam(required = false) Integer shareWorkingDays,
			Authentication officer, RedirectAttributes r) {
		return act(code, version, officer, r, new TransferOut(agency, shareWorkingDays == null ? 0 : shareWorkingDays));
	}

	/** Liên thông: the other agency's answer is back at the receiving one-stop (NĐ 61/2018 Art. 19.6–19.7). */
	@PostMapping("/transfer-back")
	String transferBack(@PathVariable String code, @RequestParam int version,
			@RequestParam(required = false) String answer, Authentication officer, RedirectAttributes r) {
		return act(code, version, officer, r, new TransferBack(answer));
	}

	/** The applicant withdraws at the counter or by post: request recorded and Mẫu 05 issued (NĐ 118/2025 Art. 21.1). */
	@PostMapping("/stop")
	String stop(@PathVariable String code, @RequestParam int version, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "DIRECT") SubmissionChannel requestChannel, Authentication officer,
			RedirectAttributes r) {
		SubmissionChannel channel = requestChannel == SubmissionChannel.POSTAL ? SubmissionChannel.POSTAL
				: SubmissionChannel.DIRECT;
		return act(code, version, officer, r, new Stop(channel, reason));
	}

	/** Issues the stop notice (Mẫu 05) on a withdrawal the applicant requested online (NĐ 118/2025 Art. 21.2). */
	@PostMapping("/issue-stop")
	String issueStop(@PathVariable String code, @RequestParam int version, Authentication officer,
			RedirectAttributes r) {
		return act(code, version, officer, r, new IssueStop());
	}

	/** Revokes the QR link printed on the dossier's forms (a lost or stolen receipt); the next print has a new one. */
	@PostMapping("/revoke-link")
	String revokeLink(@PathVariable String code, Authentication officer, RedirectAttributes r) {
		return act(code, null, officer, r, new RevokeLink());
	}

	@PostMapping("/payment")
	String payment(@PathVariable String code, @RequestParam int version, @RequestParam FeePayment.Method method,
			@RequestParam(required = false) String receiptNumber, @RequestParam(required = false) Long amount,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
			Authentication officer, RedirectAttributes r) {
		return act(code, null, officer, r, new RecordPayment(method, receiptNumber, amount == null ? 0 : amount, paidOn));
	}

	/**
	 * Asks the application layer to perform the action (it checks visibility, role, commune, assignment and the version
	 * the officer saw); says what happened, or why not, on the dossier's page.
	 */
	private String act(String code, Integer version, Authentication officer, RedirectAttributes redirect,
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

	private static Scan scan(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		// streamed into the document store, which refuses it past MOTCUA_DOCUMENTS_MAX_SIZE while reading
		return Scan.streamed(file.getOriginalFilename(), file.getContentType(), file::getInputStream);
	}
}
