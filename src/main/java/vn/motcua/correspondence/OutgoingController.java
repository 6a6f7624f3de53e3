package vn.motcua.correspondence;

import java.util.function.Consumer;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.documents.DocumentRefusedException;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.OfficerRole;

/**
 * {@code /van-ban/di}: the outgoing documents of the officer's agencies (Nghị định 30/2020/NĐ-CP Art. 10–19) by where
 * they stand (drafts, in review, awaiting signature, awaiting number, issued); a draft in the layout of Phụ lục I,
 * previewed as it will be signed; submit, review or send back, approve or send back (the named signer), sign (the
 * leader, digital signature), number and seal (the clerk, Art. 15), issue (Art. 16); the signed PDF and, for
 * recipients outside the installation, the exchange package and its status. Each action is a small form: a refusal is
 * said at the top of the document's page, nothing changed.
 */
@Controller
@RequestMapping("/van-ban/di")
class OutgoingController {

	private final OutgoingDesk desk;

	private final Staff staff;

	private final Agencies agencies;

	private final MessageSource messages;

	OutgoingController(OutgoingDesk desk, Staff staff, Agencies agencies, MessageSource messages) {
		this.desk = desk;
		this.staff = staff;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping
	String list(@ModelAttribute("search") OutgoingFormData.Search search, BindingResult input, Authentication auth,
			Model model) {
		OutgoingFormData.Search filters = search == null ? new OutgoingFormData.Search(null, null) : search;
		model.addAttribute("filters", filters);
		model.addAttribute("documents", desk.search(AgencyAccess.agencies(auth), filters.q(),
				filters.stage() == null ? null : filters.stage().statuses()));
		model.addAttribute("stages", OutgoingFormData.Stage.values());
		model.addAttribute("mayDraft", !AgencyAccess.agencies(auth).isEmpty());
		return "correspondence/outgoing-list";
	}

	@GetMapping("/moi")
	String newDraft(@RequestParam(required = false) String agency, Authentication auth, Model model) {
		model.addAttribute("draft", OutgoingFormData.Drafting.empty());
		return form(CorrespondencePages.agency(agency, AgencyAccess.agencies(auth)), model);
	}

	@PostMapping
	String draft(@RequestParam(required = false) String agency,
			@Valid @ModelAttribute("draft") OutgoingFormData.Drafting form, BindingResult input, Authentication auth,
			Model model, RedirectAttributes flash) {
		String agencyCode = CorrespondencePages.agency(agency, AgencyAccess.agencies(auth));
		if (!input.hasErrors()) {
			try {
				OutgoingDocument saved = desk.draft(agencyCode, form.formToken(), form.draft(), auth.getName());
				flash.addFlashAttribute("success", "correspondence.outgoing.drafted");
				return "redirect:/van-ban/di/" + saved.id();
			}
			catch (CorrespondenceRefused refused) {
				CorrespondencePages.reject(input, refused, messages);
			}
		}
		return form(agencyCode, model);
	}

	@GetMapping("/{id}")
	String document(@PathVariable long id, Authentication auth, Model model) {
		OutgoingDocument d = visible(id, auth);
		String me = auth.getName();
		boolean clerk = staff.holds(me, d.agencyCode(), OfficerRole.CLERK);
		boolean signer = me.equals(d.draft().signer());
		OutgoingDocument.Status s = d.status();
		model.addAttribute("document", d);
		model.addAttribute("names", new CorrespondencePages.Names(staff));
		model.addAttribute("recipients", d.draft().internalRecipients().stream()
			.map(code -> agencies.find(code).map(Agency::name).orElse(code)).toList());
		model.addAttribute("maySubmit", s == OutgoingDocument.Status.DRAFT);
		model.addAttribute("mayReview", s == OutgoingDocument.Status.IN_REVIEW && !me.equals(d.drafter()));
		model.addAttribute("mayApprove", s == OutgoingDocument.Status.AWAITING_APPROVAL && signer);
		model.addAttribute("maySign", s == OutgoingDocument.Status.APPROVED && signer);
		if (s == OutgoingDocument.Status.APPROVED) {
			model.addAttribute("leaderSignature", desk.leaderSignature(d).orElse(null));
			model.addAttribute("signerDevice", desk.signerDevice(d).map(Enum::name).orElse(null));
		}
		model.addAttribute("mayNumber", s == OutgoingDocument.Status.SIGNED && clerk);
		model.addAttribute("mayIssue", s == OutgoingDocument.Status.NUMBERED && clerk);
		model.addAttribute("mayRecordExchange", s == OutgoingDocument.Status.ISSUED && d.exchangeStatus() != null
				&& clerk);
		model.addAttribute("exchangeStatuses", ExchangeStatus.values());
		return "correspondence/outgoing";
	}

	@PostMapping("/{id}/trinh")
	String submit(@PathVariable long id, Authentication auth, RedirectAttributes flash) {
		return run(id, auth, null, flash, "correspondence.outgoing.submitted", d -> desk.submit(id, auth.getName()));
	}

	@PostMapping("/{id}/kiem-tra")
	String review(@PathVariable long id, @Valid @ModelAttribute("decision") OutgoingFormData.Decision form,
			BindingResult input, Authentication auth, RedirectAttributes flash) {
		return run(id, auth, input, flash, form.passedOn() ? "correspondence.outgoing.reviewed"
				: "correspondence.outgoing.returned", d -> desk.review(id, form.passedOn(), form.note(), auth.getName()));
	}

	@PostMapping("/{id}/duyet")
	String approve(@PathVariable long id, @Valid @ModelAttribute("decision") OutgoingFormData.Decision form,
			BindingResult input, Authentication auth, RedirectAttributes flash) {
		return run(id, auth, input, flash, form.passedOn() ? "correspondence.outgoing.approved"
				: "correspondence.outgoing.returned", d -> desk.approve(id, form.passedOn(), form.note(), auth.getName()));
	}

	@PostMapping("/{id}/ky")
	String sign(@PathVariable long id, @RequestParam(name = "pin", required = false) String pin, Authentication auth,
			RedirectAttributes flash) {
		char[] secret = pin == null || pin.isEmpty() ? null : pin.toCharArray();
		boolean[] onThePhone = { false };
		try {
			String page = run(id, auth, null, flash, "correspondence.outgoing.signed",
					d -> onThePhone[0] = desk.sign(id, auth.getName(), secret).status() == OutgoingDocument.Status.APPROVED);
			if (onThePhone[0]) {
				// a remote certificate: the request went to the leader's phone, the document signs on approval
				flash.addFlashAttribute("success", "correspondence.outgoing.signRequested");
			}
			return page;
		}
		finally {
			if (secret != null) {
				java.util.Arrays.fill(secret, '\0');
			}
		}
	}

	@PostMapping("/{id}/cap-so")
	String number(@PathVariable long id, Authentication auth, RedirectAttributes flash) {
		return run(id, auth, null, flash, "correspondence.outgoing.numbered", d -> desk.number(id, auth.getName()));
	}

	@PostMapping("/{id}/ban-hanh")
	String issue(@PathVariable long id, Authentication auth, RedirectAttributes flash) {
		return run(id, auth, null, flash, "correspondence.outgoing.issued", d -> desk.issue(id, auth.getName()));
	}

	@PostMapping("/{id}/lien-thong")
	String exchange(@PathVariable long id, @Valid @ModelAttribute("exchange") OutgoingFormData.Exchange form,
			BindingResult input, Authentication auth, RedirectAttributes flash) {
		return run(id, auth, input, flash, "correspondence.outgoing.exchangeRecorded",
				d -> desk.recordExchangeStatus(id, form.status(), auth.getName()));
	}

	/** The draft as it will be signed (not signed), to read before approving. */
	@GetMapping("/{id}/du-thao.pdf")
	ResponseEntity<byte[]> preview(@PathVariable long id, Authentication auth) {
		OutgoingDocument d = visible(id, auth);
		return file(desk.preview(d), "du-thao-" + id + ".pdf", MediaType.APPLICATION_PDF, false);
	}

	/** The signed PDF: the leader's signature, then (once numbered) the organisation's too. */
	@GetMapping("/{id}/van-ban.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication auth) {
		OutgoingDocument d = visible(id, auth);
		byte[] pdf = desk.pdf(d);
		if (pdf == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String name = d.numberSymbol() == null ? "van-ban-di-" + id + "-da-ky.pdf"
				: d.numberSymbol().replace('/', '-') + ".pdf";
		return file(pdf, name, MediaType.APPLICATION_PDF, true);
	}

	/** The package for the national document exchange (the edXML-like header and the signed PDF). */
	@GetMapping("/{id}/goi-lien-thong.zip")
	ResponseEntity<byte[]> exchangePackage(@PathVariable long id, Authentication auth) {
		OutgoingDocument d = visible(id, auth);
		if (d.status() != OutgoingDocument.Status.ISSUED || d.exchangeStatus() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return file(desk.exchangePackage(d), d.numberSymbol().replace('/', '-') + "-edxml.zip",
				MediaType.parseMediaType("application/zip"), true);
	}

	private static ResponseEntity<byte[]> file(byte[] content, String name, MediaType type, boolean attachment) {
		ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(name).build();
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).contentType(type)
			.body(content);
	}

	/** Does the action if its form could be read; says what happened, or why not, on the document's page. */
	private String run(long id, Authentication auth, BindingResult input, RedirectAttributes flash, String success,
			Consumer<OutgoingDocument> action) {
		OutgoingDocument d = visible(id, auth);
		if (input != null && input.hasErrors()) {
			flash.addFlashAttribute("failureText", FormErrors.first(input, messages, "form.unreadable"));
			return "redirect:/van-ban/di/" + id;
		}
		try {
			action.accept(d);
			flash.addFlashAttribute("success", success);
		}
		catch (CorrespondenceRefused refused) {
			flash.addFlashAttribute("failureText", CorrespondencePages.say(refused, messages));
		}
		catch (DocumentRefusedException refused) {
			flash.addFlashAttribute("failureText", CorrespondencePages.say(refused, messages));
		}
		return "redirect:/van-ban/di/" + id;
	}

	private String form(String agencyCode, Model model) {
		model.addAttribute("agency", agencyCode);
		model.addAttribute("leaders", staff.withRole(agencyCode, OfficerRole.LEADER));
		model.addAttribute("registers", OutgoingDocument.Register.values());
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("authorities", SigningAuthority.values());
		model.addAttribute("otherAgencies", agencies.active().stream().filter(a -> !a.code().equals(agencyCode))
			.toList());
		return "correspondence/outgoing-form";
	}

	private OutgoingDocument visible(long id, Authentication auth) {
		return desk.find(id).filter(d -> AgencyAccess.agencies(auth).contains(d.agencyCode()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
