package vn.motcua.correspondence;

import java.io.InputStream;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
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

import vn.motcua.documents.DocumentStore;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

/**
 * {@code /van-ban/den}: the incoming register of the officer's agencies (Nghị định 30/2020/NĐ-CP Art. 20–24, Phụ lục
 * IV): the year's list with its incoming numbers, the open hỏa tốc and thượng khẩn documents flagged first, search
 * without diacritics and filters; the clerk's registration (paper or electronic, the PDF); a document's page with its
 * PDF and history, the leader's direction and the handler's record of it done. An officer sees only the documents of
 * their own agencies; a form that cannot be used comes back with its messages and what was typed, nothing saved.
 */
@Controller
@RequestMapping("/van-ban/den")
class IncomingController {

	private final IncomingDesk desk;

	private final Staff staff;

	private final DocumentStore store;

	private final MessageSource messages;

	IncomingController(IncomingDesk desk, Staff staff, DocumentStore store, MessageSource messages) {
		this.desk = desk;
		this.staff = staff;
		this.store = store;
		this.messages = messages;
	}

	@GetMapping
	String register(@ModelAttribute("search") IncomingFormData.Search search, BindingResult input,
			Authentication auth, Model model) {
		// a filter that cannot be read (a word for the year) builds no record: the list is then the year's register
		IncomingFormData.Search filters = search == null ? IncomingFormData.Search.none() : search;
		int year = filters.year() == null ? desk.currentYear() : filters.year();
		model.addAttribute("filters", filters);
		model.addAttribute("filterProblem", input.hasErrors());
		model.addAttribute("year", year);
		model.addAttribute("documents", desk.search(AgencyAccess.agencies(auth), filters.filter(year, auth.getName())));
		model.addAttribute("desk", desk);
		model.addAttribute("statuses", IncomingDocument.Status.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("mayRegister", !AgencyAccess.agenciesWhere(auth, OfficerRole.CLERK).isEmpty());
		return "correspondence/incoming-list";
	}

	@GetMapping("/moi")
	String newDocument(@RequestParam(required = false) String agency, Authentication auth, Model model) {
		model.addAttribute("incoming", IncomingFormData.Registration.empty());
		return form(CorrespondencePages.agency(agency, AgencyAccess.agenciesWhere(auth, OfficerRole.CLERK)), model);
	}

	@PostMapping
	String registerDocument(@RequestParam(required = false) String agency,
			@Valid @ModelAttribute("incoming") IncomingFormData.Registration form, BindingResult input,
			Authentication auth, Model model, RedirectAttributes flash) {
		String agencyCode = CorrespondencePages.agency(agency, AgencyAccess.agenciesWhere(auth, OfficerRole.CLERK));
		if (!input.hasErrors()) {
			try {
				IncomingDocument saved = desk.register(agencyCode, form.formToken(), form.receipt(), form.attachment(),
						form.leader(), auth.getName());
				flash.addFlashAttribute("success", "correspondence.incoming.registered");
				flash.addFlashAttribute("successArg", saved.incomingLabel());
				return "redirect:/van-ban/den/" + saved.id();
			}
			catch (CorrespondenceRefused refused) {
				CorrespondencePages.reject(input, refused, messages);
			}
		}
		return form(agencyCode, model);
	}

	@GetMapping("/{id}")
	String document(@PathVariable long id, Authentication auth, Model model) {
		IncomingDocument document = visible(id, auth);
		if (!model.containsAttribute("direction")) {
			model.addAttribute("direction", IncomingFormData.Direction.empty());
		}
		if (!model.containsAttribute("completion")) {
			model.addAttribute("completion", new IncomingFormData.Completion(null));
		}
		model.addAttribute("document", document);
		model.addAttribute("overdue", desk.overdue(document));
		model.addAttribute("countdown", document.status() == IncomingDocument.Status.IN_HANDLING
				? desk.countdown(document) : null);
		model.addAttribute("officers", staff.withRole(document.agencyCode(), null));
		model.addAttribute("names", new CorrespondencePages.Names(staff));
		model.addAttribute("mayDirect", document.status() == IncomingDocument.Status.AWAITING_DIRECTION
				&& staff.holds(auth.getName(), document.agencyCode(), OfficerRole.LEADER));
		model.addAttribute("mayComplete", document.status() == IncomingDocument.Status.IN_HANDLING
				&& (auth.getName().equals(document.handler())
						|| staff.holds(auth.getName(), document.agencyCode(), OfficerRole.LEADER)));
		return "correspondence/incoming";
	}

	@PostMapping("/{id}/chi-dao")
	String direct(@PathVariable long id, @Valid @ModelAttribute("direction") IncomingFormData.Direction form,
			BindingResult input, Authentication auth, Model model, RedirectAttributes flash) {
		visible(id, auth);
		if (!input.hasErrors()) {
			try {
				desk.direct(id, form.direction(), form.handler(), form.supportingList(), form.days(),
						auth.getName());
				flash.addFlashAttribute("success", "correspondence.incoming.directed");
				return "redirect:/van-ban/den/" + id;
			}
			catch (CorrespondenceRefused refused) {
				CorrespondencePages.reject(input, refused, messages);
			}
		}
		return document(id, auth, model);
	}

	@PostMapping("/{id}/hoan-thanh")
	String complete(@PathVariable long id, @Valid @ModelAttribute("completion") IncomingFormData.Completion form,
			BindingResult input, Authentication auth, Model model, RedirectAttributes flash) {
		visible(id, auth);
		if (!input.hasErrors()) {
			try {
				desk.complete(id, form.result(), auth.getName());
				flash.addFlashAttribute("success", "correspondence.incoming.done");
				return "redirect:/van-ban/den/" + id;
			}
			catch (CorrespondenceRefused refused) {
				CorrespondencePages.reject(input, refused, messages);
			}
		}
		return document(id, auth, model);
	}

	/** The document's PDF as received, shown in the browser. */
	@GetMapping("/{id}/van-ban.pdf")
	ResponseEntity<InputStreamResource> pdf(@PathVariable long id, Authentication auth) {
		IncomingDocument document = visible(id, auth);
		if (document.storedPdf() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		InputStream in = store.open(document.storedPdf());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("van-ban-den-" + document.year() + "-" + document.incomingLabel() + ".pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(new InputStreamResource(in));
	}

	private String form(String agencyCode, Model model) {
		model.addAttribute("agency", agencyCode);
		model.addAttribute("leaders", staff.withRole(agencyCode, OfficerRole.LEADER));
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("media", IncomingDocument.Medium.values());
		return "correspondence/incoming-form";
	}

	private IncomingDocument visible(long id, Authentication auth) {
		return desk.find(id).filter(d -> AgencyAccess.agencies(auth).contains(d.agencyCode()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
