package vn.motcua.portal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.agency.Agencies;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureSummary;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.catalogue.ServiceLevel;
import vn.motcua.shared.VietnamTime;

/**
 * Online submission, one question per page (GOV.UK pattern): choose the procedure, the applicant, the representative,
 * one page per document to upload, how to receive the result; then {@link SubmissionCheckController check and submit}.
 * Every answer is saved in the draft at once. A signed-in officer (or a kiosk signed in as one) doing this for a
 * citizen makes an assisted submission.
 */
@Controller
@RequestMapping("/public/nop-ho-so")
class SubmissionController {

	static final Set<String> RECEIVE_METHODS = Set.of("COUNTER", "POST", "ONLINE");

	private final Catalogue catalogue;

	private final Agencies agencies;

	private final SubmissionDrafts drafts;

	private final DraftFiles draftFiles;

	private final Clock clock;

	SubmissionController(Catalogue catalogue, Agencies agencies, SubmissionDrafts drafts, DraftFiles draftFiles,
			Clock clock) {
		this.catalogue = catalogue;
		this.agencies = agencies;
		this.drafts = drafts;
		this.draftFiles = draftFiles;
		this.clock = clock;
	}

	@GetMapping
	String choose(@RequestParam(name = "q", required = false) String query, Model model) {
		List<ProcedureSummary> online = catalogue.search(query, null, null, 100).stream()
			.filter(p -> p.serviceLevel() != ServiceLevel.IN_PERSON).limit(30).toList();
		model.addAttribute("q", query);
		model.addAttribute("procedures", online);
		return "portal/submit-choose";
	}

	@GetMapping("/thu-tuc/{code}")
	String start(@PathVariable String code, Model model) {
		model.addAttribute("procedure", onlineProcedure(code));
		model.addAttribute("agencies", agencies.active());
		return "portal/submit-start";
	}

	@PostMapping("/thu-tuc/{code}")
	String begin(@PathVariable String code, @RequestParam(required = false) String agencyCode, Authentication auth) {
		onlineProcedure(code);
		SubmissionDraft draft = new SubmissionDraft();
		draft.id = UUID.randomUUID();
		draft.submissionToken = UUID.randomUUID();
		draft.procedureCode = code;
		draft.agencyCode = agencies.find(agencyCode == null ? "" : agencyCode).filter(a -> a.active())
			.or(() -> agencies.active().stream().findFirst()).orElseThrow(PortalErrors.NotFound::new).code();
		boolean officer = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
		draft.assisted = officer;
		draft.startedBy = officer ? auth.getName() : null;
		drafts.insert(draft, now());
		return step(draft, "nguoi-nop");
	}

	@GetMapping("/{id}/nguoi-nop")
	String applicant(@PathVariable UUID id, Model model) {
		return page(id, model, "portal/submit-applicant");
	}

	@PostMapping("/{id}/nguoi-nop")
	String saveApplicant(@PathVariable UUID id, @RequestParam Map<String, String> form,
			@RequestParam(name = "messageChannels", required = false) List<String> channels, Model model) {
		SubmissionDraft draft = open(id);
		Map<String, String> errors = SubmissionAnswers.applicant(draft, form, channels);
		return saveOrShow(draft, errors, model, "portal/submit-applicant", form, "dai-dien");
	}

	@GetMapping("/{id}/dai-dien")
	String representative(@PathVariable UUID id, Model model) {
		return page(id, model, "portal/submit-representative");
	}

	@PostMapping("/{id}/dai-dien")
	String saveRepresentative(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
		SubmissionDraft draft = open(id);
		Map<String, String> errors = new LinkedHashMap<>();
		String choice = form.get("hasRepresentative");
		if (!"true".equals(choice) && !"false".equals(choice)) {
			errors.put("hasRepresentative", "portal.submit.error.representativeChoice");
			return saveOrShow(draft, errors, model, "portal/submit-representative", form, null);
		}
		draft.hasRepresentative = Boolean.valueOf(choice);
		if (!draft.hasRepresentative) {
			draft.representativeName = null;
			draft.representativeIdNumber = null;
			draft.representativePhone = null;
			draft.authorisationPaper = null;
		}
		return saveOrShow(draft, errors, model, "portal/submit-representative", form,
				draft.hasRepresentative ? "dai-dien/chi-tiet" : firstDocumentStep(draft));
	}

	@GetMapping("/{id}/dai-dien/chi-tiet")
	String representativeDetails(@PathVariable UUID id, Model model) {
		return page(id, model, "portal/submit-representative-details");
	}

	@PostMapping("/{id}/dai-dien/chi-tiet")
	String saveRepresentativeDetails(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
		SubmissionDraft draft = open(id);
		Map<String, String> errors = SubmissionAnswers.representativeDetails(draft, form);
		return saveOrShow(draft, errors, model, "portal/submit-representative-details", form,
				firstDocumentStep(draft));
	}

	@GetMapping("/{id}/giay-to/{position}")
	String document(@PathVariable UUID id, @PathVariable int position, Model model) {
		SubmissionDraft draft = open(id);
		if (draft.submitted()) {
			return step(draft, "da-nop");
		}
		model.addAttribute("document", requiredDocument(draft, position));
		return show(draft, model, "portal/submit-document");
	}

	/**
	 * One document of the draft: the file is streamed into the document store (never read whole into memory) and
	 * refused as soon as it grows past the portal's limit ({@code motcua.portal.max-file-size}): 413 with the form and
	 * the reason; the file kept before for this document, if any, stays.
	 */
	@PostMapping("/{id}/giay-to/{position}")
	String upload(@PathVariable UUID id, @PathVariable int position,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "back", required = false) String back,
			@RequestParam(name = "caseApplies", defaultValue = "false") boolean caseApplies, Model model,
			HttpServletResponse response)
			throws IOException {
		SubmissionDraft draft = open(id);
		if (draft.submitted()) {
			return step(draft, "da-nop");
		}
		RequiredDocument document = requiredDocument(draft, position);
		Map<String, String> errors = new LinkedHashMap<>();
		if (file != null && !file.isEmpty()) {
			DraftFiles.Refusal refused = draftFiles.keepUpload(draft, position, file);
			if (refused != null) {
				errors.put("file", refused.messageKey());
				if (refused.status() != null) {
					response.setStatus(refused.status().value());
				}
			}
		}
		else if (document.requiredWhen(caseApplies) && !draft.files.containsKey(position)) {
			errors.put("file", "portal.submit.error.fileRequired");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("document", document);
			model.addAttribute("caseApplies", caseApplies);
			model.addAttribute("errors", errors);
			return show(draft, model, "portal/submit-document");
		}
		if ("check".equals(back)) {
			return step(draft, "kiem-tra");
		}
		return step(draft, nextDocumentStep(draft, position));
	}

	@GetMapping("/{id}/nhan-ket-qua")
	String receiveMethod(@PathVariable UUID id, Model model) {
		return page(id, model, "portal/submit-receive");
	}

	@PostMapping("/{id}/nhan-ket-qua")
	String saveReceiveMethod(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
		SubmissionDraft draft = open(id);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!RECEIVE_METHODS.contains(form.get("receiveMethod"))) {
			errors.put("receiveMethod", "portal.submit.error.receiveMethod");
		}
		else {
			draft.receiveMethod = form.get("receiveMethod");
		}
		return saveOrShow(draft, errors, model, "portal/submit-receive", form, "kiem-tra");
	}

	// --- shared steps ---

	ProcedureVersion procedureOf(SubmissionDraft draft) {
		return catalogue.inForce(draft.procedureCode, today()).orElseThrow(PortalErrors.NotFound::new);
	}

	private ProcedureVersion onlineProcedure(String code) {
		return catalogue.inForce(code, today()).filter(v -> v.serviceLevel() != ServiceLevel.IN_PERSON)
			.orElseThrow(PortalErrors.NotFound::new);
	}

	/**
	 * A document the citizen uploads: never one only shown (xuất trình), which is checked by the officer and never
	 * asked for a file (Luật Hộ tịch 60/2014/QH13 Điều 2 khoản 2; online the identity comes from VNeID).
	 */
	private RequiredDocument requiredDocument(SubmissionDraft draft, int position) {
		return procedureOf(draft).requiredDocuments().stream().filter(d -> d.position() == position && !d.shownOnly())
			.findFirst().orElseThrow(PortalErrors.NotFound::new);
	}

	private String firstDocumentStep(SubmissionDraft draft) {
		return nextDocumentStep(draft, Integer.MIN_VALUE);
	}

	private String nextDocumentStep(SubmissionDraft draft, int after) {
		return procedureOf(draft).requiredDocuments().stream().filter(d -> d.position() > after && !d.shownOnly())
			.map(d -> "giay-to/" + d.position()).findFirst().orElse("nhan-ket-qua");
	}

	private String page(UUID id, Model model, String view) {
		SubmissionDraft draft = open(id);
		return draft.submitted() ? step(draft, "da-nop") : show(draft, model, view);
	}

	private String show(SubmissionDraft draft, Model model, String view) {
		model.addAttribute("draft", draft);
		model.addAttribute("maxFileMegabytes", draftFiles.maxFileSize() / (1024 * 1024));
		model.addAttribute("procedure", procedureOf(draft));
		return view;
	}

	private String saveOrShow(SubmissionDraft draft, Map<String, String> errors, Model model, String view,
			Map<String, String> form, String next) {
		if (draft.submitted()) {
			return step(draft, "da-nop");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			return show(draft, model, view);
		}
		drafts.save(draft, now());
		return step(draft, "check".equals(form.get("back")) && !next.startsWith("dai-dien") ? "kiem-tra" : next);
	}

	SubmissionDraft open(UUID id) {
		return drafts.find(id).orElseThrow(PortalErrors.NotFound::new);
	}

	static String step(SubmissionDraft draft, String step) {
		return "redirect:/public/nop-ho-so/" + draft.id + "/" + step;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}
}
