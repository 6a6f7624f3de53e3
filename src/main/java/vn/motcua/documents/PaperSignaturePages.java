package vn.motcua.documents;

import java.io.InputStream;
import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Văn bản chờ tôi ký" ({@code /ky-so}; issue 17 item 4): the papers waiting for the signed-in officer's personal
 * signature (Nghị định 30/2020/NĐ-CP Art. 13, Phụ lục I), each with its preview; the officer enters the PIN of their
 * PKCS#12 file or token (POST with CSRF; used once, never kept) or, for a remote-signing certificate, asks the
 * service and approves on the phone ("chờ xác nhận trên điện thoại"). A paper is only ever shown to the person it
 * waits for; another's is "not found".
 */
@Controller
class PaperSignaturePages {

	private final PaperSignatures papers;

	private final SigningCertificates certificates;

	private final DocumentStore store;

	private final MessageSource messages;

	PaperSignaturePages(PaperSignatures papers, SigningCertificates certificates, DocumentStore store,
			MessageSource messages) {
		this.papers = papers;
		this.certificates = certificates;
		this.store = store;
		this.messages = messages;
	}

	/** One waiting paper and whether its certificate is a remote one (no PIN asked). */
	record Row(PaperSignatures.Request request, boolean remote) {
	}

	/** One signed paper and the code of its public check. */
	record Done(PaperSignatures.Request request, UUID checkCode) {
	}

	@GetMapping("/ky-so")
	String page(Authentication officer, Model model) {
		model.addAttribute("rows", papers.waitingFor(officer.getName()).stream()
			.map(this::asked)
			.filter(PaperSignatures.Request::waiting)
			.map(r -> new Row(r, certificates.find(r.certificateId())
				.map(e -> e.device() == SignatureDevice.Kind.REMOTE).orElse(false)))
			.toList());
		model.addAttribute("signed", papers.signedBy(officer.getName()).stream()
			.map(r -> new Done(r, papers.paperCode(r.signedDocumentId()).orElse(null))).toList());
		return "documents/waiting-signatures";
	}

	/** A paper waiting for the phone, asked again (the service down: shown as it was, the poller tries later). */
	private PaperSignatures.Request asked(PaperSignatures.Request r) {
		if (r.status() != PaperSignatures.Status.REMOTE_PENDING) {
			return r;
		}
		try {
			return papers.refresh(r.id());
		}
		catch (RuntimeException e) {
			return r;
		}
	}

	/** The paper as it waits (the preview the signer reads before signing). */
	@GetMapping("/ky-so/{id}/ban-xem.pdf")
	ResponseEntity<InputStreamResource> preview(@PathVariable UUID id, Authentication officer) {
		PaperSignatures.Request r = mine(id, officer);
		StoredDocument stored = store.find(r.documentId()).orElseThrow(NotFound::new);
		InputStream in = store.open(stored);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).contentLength(stored.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(stored.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build().toString())
			.body(new InputStreamResource(in));
	}

	@PostMapping("/ky-so/{id}")
	String sign(@PathVariable UUID id, @RequestParam(required = false) String pin, Authentication officer,
			RedirectAttributes redirect) {
		mine(id, officer);
		char[] secret = pin == null ? new char[0] : pin.toCharArray();
		try {
			PaperSignatures.Request done = papers.sign(id, officer.getName(), secret);
			redirect.addFlashAttribute("success", done.status() == PaperSignatures.Status.SIGNED
					? "signatures.signed" : "signatures.sentToPhone");
		}
		catch (DocumentRefusedException e) {
			redirect.addFlashAttribute("failureText",
					messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), LocaleContextHolder.getLocale()));
		}
		finally {
			Arrays.fill(secret, '\0');
		}
		return "redirect:/ky-so";
	}

	private PaperSignatures.Request mine(UUID id, Authentication officer) {
		return papers.find(id).filter(r -> r.signer().equals(officer.getName())).orElseThrow(NotFound::new);
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class NotFound extends RuntimeException {
	}

	/** The number of papers waiting for the signed-in officer, next to "Chờ tôi ký" in the navigation (pages only). */
	@ControllerAdvice
	static class WaitingCount {

		private final PaperSignatures papers;

		WaitingCount(PaperSignatures papers) {
			this.papers = papers;
		}

		@ModelAttribute("waitingSignatures")
		Long waitingSignatures(Authentication authentication, HttpServletRequest request) {
			if (!"GET".equals(request.getMethod()) || authentication == null
					|| authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
				return null;
			}
			return papers.countWaiting(authentication.getName());
		}
	}
}
