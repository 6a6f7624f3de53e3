package vn.motcua.dossier.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

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

import vn.motcua.dossier.Decision;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierLinks;
import vn.motcua.dossier.DossierTransitionRefused;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.FeePayment;
import vn.motcua.dossier.FeePayments;
import vn.motcua.dossier.Intake;
import vn.motcua.documents.DocumentRefusedException;
import vn.motcua.dossier.IntakeRequest.Scan;

/**
 * The actions of the dossier page, each a plain form post carrying the version the officer saw: a change made by
 * someone else meanwhile is refused with "reload", an action the law does not allow with its reason.
 */
@Controller
@RequestMapping("/dossiers/{code}")
class DossierActionsController {

	private final DossierWorkflow workflow;

	private final Intake intake;

	private final FeePayments payments;

	private final DossierLinks links;

	private final MessageSource messages;

	DossierActionsController(DossierWorkflow workflow, Intake intake, FeePayments payments, DossierLinks links,
			MessageSource messages) {
		this.workflow = workflow;
		this.links = links;
		this.intake = intake;
		this.payments = payments;
		this.messages = messages;
	}

	@PostMapping("/accept")
	String accept(@PathVariable String code, @RequestParam int version, Authentication officer, RedirectAttributes r) {
		return act(code, version, "accept", officer, r, d -> intake.acceptSubmitted(code, officer.getName()));
	}

	@PostMapping("/decline")
	String decline(@PathVariable String code, @RequestParam int version, @RequestParam DossierStatus outcome,
			@RequestParam(required = false) String reason, Authentication officer, RedirectAttributes r) {
		return act(code, version, "decline", officer, r,
				d -> intake.declineSubmitted(code, outcome, reason, officer.getName()));
	}

	@PostMapping("/assign")
	String assign(@PathVariable String code, @RequestParam int version, @RequestParam(required = false) String specialist,
			Authentication officer, RedirectAttributes r) {
		return act(code, version, "assign", officer, r, d -> workflow.assign(code, specialist, officer.getName()));
	}

	@PostMapping("/propose")
	String propose(@PathVariable String code, @RequestParam int version, @RequestParam Decision proposal,
			@RequestParam(required = false) String note, @RequestParam(required = false) String leader,
			Authentication officer, RedirectAttributes r) {
		return act(code, version, "propose", officer, r,
				d -> workflow.propose(code, proposal, note, blank(leader) ? null : leader, officer.getName()));
	}

	@PostMapping("/send-back")
	String sendBack(@PathVariable String code, @RequestParam int version, @RequestParam(required = false) String note,
			Authentication officer, RedirectAttributes r) {
		return act(code, version, "send-back", officer, r, d -> workflow.sendBack(code, note, officer.getName()));
	}

	@PostMapping("/decide")
	String decide(@PathVariable String code, @RequestParam int version, @RequestParam Decision decision,
			@RequestParam(required = false) String reason, Authentication officer, RedirectAttributes r) {
		return act(code, version, "decide", officer, r, d -> workflow.decide(code, decision, reason, officer.getName()));
	}

	@PostMapping("/result")
	String result(@PathVariable String code, @RequestParam int version, @RequestParam(required = false) MultipartFile file,
			Authentication officer, RedirectAttributes r) {
		return act(code, version, "result", officer, r, d -> workflow.attachResult(code, scan(file), officer.getName()));
	}

	@PostMapping("/scan")
	String scan(@PathVariable String code, @RequestParam int version, @RequestParam int index,
			@RequestParam(required = false) MultipartFile file, Authentication officer, RedirectAttributes r) {
		return act(code, version, "scan", officer, r,
				d -> workflow.attachComponentScan(code, index, scan(file), officer.getName()));
	}

	@PostMapping("/return")
	String returnResult(@PathVariable String code, @RequestParam int version, @RequestParam String method,
			Authentication officer, RedirectAttributes r) {
		return act(code, version, "return", officer, r, d -> workflow.returnResult(code, method, officer.getName()));
	}

	@PostMapping("/supplement-request")
	String requestSupplement(@PathVariable String code, @RequestParam int version,
			@RequestParam(required = false) String missing, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean lateConfirmed, Authentication officer, RedirectAttributes r) {
		return act(code, version, "supplement-request", officer, r,
				d -> workflow.requestSupplement(code, missing, reason, lateConfirmed, officer.getName()));
	}

	@PostMapping("/supplement-receive")
	String receiveSupplement(@PathVariable String code, @RequestParam int version, Authentication officer,
			RedirectAttributes r) {
		return act(code, version, "supplement-receive", officer, r, d -> workflow.receiveSupplement(code, officer.getName()));
	}

	@PostMapping("/extend")
	String extend(@PathVariable String code, @RequestParam int version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueDate,
			@RequestParam(required = false) String reason, Authentication officer, RedirectAttributes r) {
		return act(code, version, "extend", officer, r, d -> workflow.extend(code, newDueDate, reason, officer.getName()));
	}

	/** Liên thông: the transfer slip's agency and its share of the time limit (NĐ 61/2018 Art. 19.5). */
	@PostMapping("/transfer-out")
	String transferOut(@PathVariable String code, @RequestParam int version,
			@RequestParam(required = false) String agency, @RequestParam(required = false) Integer shareWorkingDays,
			Authentication officer, RedirectAttributes r) {
		return act(code, version, "transfer-out", officer, r, d -> workflow.transferOut(code, agency,
				shareWorkingDays == null ? 0 : shareWorkingDays, officer.getName()));
	}

	/** Liên thông: the other agency's answer is back at the receiving one-stop (NĐ 61/2018 Art. 19.6–19.7). */
	@PostMapping("/transfer-back")
	String transferBack(@PathVariable String code, @RequestParam int version,
			@RequestParam(required = false) String answer, Authentication officer, RedirectAttributes r) {
		return act(code, version, "transfer-back", officer, r,
				d -> workflow.transferBack(code, answer, officer.getName()));
	}

	/** The applicant withdraws at the counter or by post: request recorded and Mẫu 05 issued (NĐ 118/2025 Art. 21.1). */
	@PostMapping("/stop")
	String stop(@PathVariable String code, @RequestParam int version, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "DIRECT") SubmissionChannel requestChannel, Authentication officer,
			RedirectAttributes r) {
		SubmissionChannel channel = requestChannel == SubmissionChannel.POSTAL ? SubmissionChannel.POSTAL
				: SubmissionChannel.DIRECT;
		return act(code, version, "stop", officer, r, d -> workflow.stop(code, channel, reason, officer.getName()));
	}

	/** Issues the stop notice (Mẫu 05) on a withdrawal the applicant requested online (NĐ 118/2025 Art. 21.2). */
	@PostMapping("/issue-stop")
	String issueStop(@PathVariable String code, @RequestParam int version, Authentication officer,
			RedirectAttributes r) {
		return act(code, version, "issue-stop", officer, r, d -> workflow.issueStop(code, officer.getName()));
	}

	/** Revokes the QR link printed on the dossier's forms (a lost or stolen receipt); the next print has a new one. */
	@PostMapping("/revoke-link")
	String revokeLink(@PathVariable String code, Authentication officer, RedirectAttributes r) {
		return act(code, -1, "revoke-link", officer, r, d -> links.revoke(d, officer.getName()));
	}

	@PostMapping("/payment")
	String payment(@PathVariable String code, @RequestParam int version, @RequestParam FeePayment.Method method,
			@RequestParam(required = false) String receiptNumber, @RequestParam(required = false) Long amount,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
			Authentication officer, RedirectAttributes r) {
		return act(code, -1, "payment", officer, r, d -> payments.record(code, method, receiptNumber,
				amount == null ? 0 : amount, paidOn, officer.getName()));
	}

	/** Checks visibility, role and version, then runs the action; says what happened (or why not) on the page. */
	private String act(String code, int version, String action, Authentication officer, RedirectAttributes redirect,
			Consumer<Dossier> run) {
		Dossier dossier = DossierPages.visible(workflow, code, officer);
		if (version >= 0 && dossier.version() != version) {
			return refused(redirect, code, "dossier.page.concurrent");
		}
		if (!DossierPages.allowed(dossier, officer).contains(action)) {
			throw new AccessDeniedException("not allowed: " + action);
		}
		try {
			run.accept(dossier);
			redirect.addFlashAttribute("done", "dossier.page.done." + action);
		}
		catch (DossierTransitionRefused refused) {
			Locale locale = LocaleContextHolder.getLocale();
			Object[] args = Arrays.stream(refused.args() == null ? new Object[0] : refused.args())
				.map(a -> a instanceof DossierStatus s ? messages.getMessage("dossier.status." + s.name(), null, locale)
						: a instanceof java.time.LocalDate day ? day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
						: a)
				.toArray();
			redirect.addFlashAttribute("refusal", messages.getMessage(refused.messageKey(), args, locale));
		}
		catch (OptimisticLockingFailureException concurrent) {
			return refused(redirect, code, "dossier.page.concurrent");
		}
		catch (DocumentRefusedException refused) {
			// a scan too large (or empty): nothing was saved; the reason is shown on the dossier's page
			redirect.addFlashAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(),
					LocaleContextHolder.getLocale()));
		}
		return "redirect:/dossiers/" + code;
	}

	private String refused(RedirectAttributes redirect, String code, String key) {
		redirect.addFlashAttribute("refusal", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		return "redirect:/dossiers/" + code;
	}

	private static Scan scan(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		// streamed into the document store, which refuses it past MOTCUA_DOCUMENTS_MAX_SIZE while reading
		return Scan.streamed(file.getOriginalFilename(), file.getContentType(), file::getInputStream);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
