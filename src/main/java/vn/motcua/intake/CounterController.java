package vn.motcua.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.documents.DocumentRefusedException;
import vn.motcua.documents.DocumentStore;
import vn.motcua.dossier.ActingOfficer;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierCommand;
import vn.motcua.dossier.DossierInbox;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.IntakeRefused;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnamTime;

/**
 * The one-stop counter (tiếp nhận): find the procedure, fill one form, and accept (Mẫu 01), ask for completion
 * (Mẫu 02) or refuse (Mẫu 03); and the online submissions waiting for the counter.
 */
@Controller
@RequestMapping("/counter")
@PreAuthorize("hasAnyRole('RECEIVING_OFFICER', 'ADMINISTRATOR')")
class CounterController {

	private final Catalogue catalogue;

	private final Intake intake;

	private final DossierActions actions;

	private final DossierInbox inbox;

	private final DocumentStore store;

	private final Clock clock;

	private final org.springframework.transaction.support.TransactionTemplate transaction;

	CounterController(org.springframework.transaction.support.TransactionTemplate transaction, Catalogue catalogue, Intake intake, DossierActions actions, DossierInbox inbox,
			DocumentStore store, Clock clock) {
		this.actions = actions;
		this.transaction = transaction;
		this.catalogue = catalogue;
		this.intake = intake;
		this.inbox = inbox;
		this.store = store;
		this.clock = clock;
	}

	/** The counter's page; for htmx (typing in the search box) only the procedures found. */
	@GetMapping
	String counter(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
			Authentication officer, Model model, jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response) {
		model.addAttribute("q", q);
		model.addAttribute("procedures", q == null || q.isBlank() ? List.of() : catalogue.search(q, null, null, 20));
		if (!vn.motcua.shared.PageOrFragment.fromHtmx(request)) {
			model.addAttribute("submitted", inbox.rows(officer, null, DossierStatus.SUBMITTED, page));
		}
		return vn.motcua.shared.PageOrFragment.view("intake/counter", "results", request, response);
	}

	@GetMapping("/new")
	String newDossier(@RequestParam String procedure, Authentication officer, Model model) {
		ProcedureVersion version = inForce(procedure);
		CounterFormData form = new CounterFormData();
		form.setToken(UUID.randomUUID().toString());
		form.setProcedureCode(version.code());
		form.setAgencyCode(counterAgencies(officer).stream().findFirst().orElse(null));
		for (RequiredDocument required : version.requiredDocuments()) {
			CounterFormData.Line line = new CounterFormData.Line();
			line.setPosition(required.position());
			line.setOriginal(required.original());
			line.setCopies(Math.max(1, required.copies()));
			form.getDocuments().add(line);
		}
		return show(form, version, officer, model);
	}

	@PostMapping("/intake")
	String intake(@ModelAttribute("intake") CounterFormData form, BindingResult errors, @RequestParam String action,
			Authentication officer, Model model, RedirectAttributes redirect) {
		ProcedureVersion version = inForce(form.getProcedureCode());
		describe(form, version);
		if (form.getAgencyCode() == null || !counterAgencies(officer).contains(form.getAgencyCode())) {
			errors.rejectValue("agencyCode", "dossier.counter.agencyRequired");
		}
		// all the scans of one post are kept in one transaction (one commit), before and apart from the intake
		transaction.executeWithoutResult(status -> keepScans(form, errors));
		if (errors.hasErrors()) {
			return show(form, version, officer, model);
		}
		IntakeRequest request = request(form);
		try {
			Dossier dossier;
			switch (action) {
				case "incomplete" -> {
					if (blank(form.getMissing())) {
						form.setMissing(String.join("\n", unticked(form)));
						errors.rejectValue("missing", "dossier.counter.missingPrefilled");
						return show(form, version, officer, model);
					}
					dossier = intake.requestCompletion(request, form.getMissing(), officer.getName());
				}
				case "refuse" -> dossier = intake.refuse(request, form.getReason(), officer.getName());
				default -> dossier = intake.accept(request, officer.getName());
			}
			redirect.addFlashAttribute("done", "dossier.counter.done." + dossier.status().name());
			return "redirect:/dossiers/" + dossier.code();
		}
		catch (IntakeRefused refused) {
			for (IntakeRefused.Problem problem : refused.problems()) {
				errors.rejectValue(field(problem.field(), form, action), problem.messageKey(), problem.args(), null);
			}
			if (blank(form.getMissing())) {
				form.setMissing(String.join("\n", unticked(form)));
			}
			return show(form, version, officer, model);
		}
	}

	@PostMapping("/submitted/{code}/accept")
	String acceptSubmitted(@PathVariable String code, Authentication officer, RedirectAttributes redirect) {
		ActingOfficer acting = ActingOfficer.of(officer);
		Dossier dossier = actions.visible(code, acting);
		if (!actions.allowed(dossier, acting).contains(DossierAction.ACCEPT)) {
			// not offered: not a receiving officer here, or no longer waiting (the counter's list was stale)
			throw new org.springframework.security.access.AccessDeniedException("not acceptable by " + officer.getName());
		}
		actions.perform(code, dossier.version(), acting, new DossierCommand.Accept());
		redirect.addFlashAttribute("done", "dossier.counter.done.RECEIVED");
		return "redirect:/dossiers/" + code;
	}

	private String show(CounterFormData form, ProcedureVersion version, Authentication officer, Model model) {
		describe(form, version);
		model.addAttribute("intake", form);
		model.addAttribute("procedure", version);
		model.addAttribute("feeConditions", version.conditionalExemptionsByPosition());
		model.addAttribute("agencies", counterAgencies(officer));
		model.addAttribute("channels", List.of(SubmissionChannel.DIRECT, SubmissionChannel.POSTAL));
		return "intake/counter-form";
	}

	/** Names, requirements and cases come from the catalogue, never from the posted form. */
	private static void describe(CounterFormData form, ProcedureVersion version) {
		for (CounterFormData.Line line : form.getDocuments()) {
			version.requiredDocuments().stream().filter(r -> r.position() == line.getPosition()).findFirst()
				.ifPresent(r -> {
					line.setName(r.name());
					line.setMandatory(r.mandatory());
					line.setShownOnly(r.shownOnly());
					line.setCondition(r.conditional() ? r.condition() : null);
					if (r.shownOnly()) {
						line.setScan(null);
						line.setScanId(null);
						line.setScanName(null);
					}
				});
		}
	}

	/** Stores each new upload at once, so that a form sent back for correction keeps it (by id). */
	private void keepScans(CounterFormData form, BindingResult errors) {
		DocumentStore.Batch scans = store.batch();
		for (int i = 0; i < form.getDocuments().size(); i++) {
			CounterFormData.Line line = form.getDocuments().get(i);
			var upload = line.getScan();
			boolean chosen = upload != null && upload.getOriginalFilename() != null && !upload.getOriginalFilename().isBlank();
			if (chosen && form.getAgencyCode() != null) {
				try {
					// the store refuses an empty file itself (asking the upload for its size first would copy it)
					var stored = scans.add(form.getAgencyCode(), upload.getOriginalFilename(), upload.getContentType(),
							upload.getInputStream());
					line.setScanId(stored.id().toString());
					line.setScanName(stored.fileName());
				}
				catch (DocumentRefusedException refused) {
					errors.rejectValue("documents[" + i + "].handed", "documents.error.empty".equals(refused.messageKey())
							? "dossier.counter.scanEmpty" : "dossier.counter.scanRefused", new Object[] { line.getName() }, null);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			else if (!blank(line.getScanId())) {
				Optional<UUID> id = uuid(line.getScanId());
				boolean ours = id.flatMap(store::find).filter(d -> d.agencyCode().equals(form.getAgencyCode())).isPresent();
				if (!ours) {
					line.setScanId(null);
					line.setScanName(null);
				}
			}
			line.setScan(null);
		}
		scans.save();
	}

	private static IntakeRequest request(CounterFormData f) {
		List<IntakeRequest.HandedDocument> handed = new ArrayList<>();
		java.util.Set<Integer> cases = new java.util.HashSet<>();
		for (CounterFormData.Line line : f.getDocuments()) {
			if (line.isCaseApplies()) {
				cases.add(line.getPosition());
			}
			if (line.isHanded() && !line.isShownOnly()) {
				handed.add(new IntakeRequest.HandedDocument(line.getPosition(), line.isOriginal(), Math.max(1, line.getCopies()),
						null, uuid(line.getScanId()).orElse(null)));
			}
		}
		vn.motcua.dossier.Applicant.Representative representative = f.isRepresented()
				? new vn.motcua.dossier.Applicant.Representative(strip(f.getRepresentativeName()),
						strip(f.getRepresentativeIdNumber()), strip(f.getRepresentativePhone()), strip(f.getAuthorisationPaper()),
						f.getRepresentativeBasis())
				: null;
		var applicant = new vn.motcua.dossier.Applicant(f.getIdentifier(), strip(f.getApplicantName()),
				strip(f.getIdNumber()), strip(f.getPhone()), strip(f.getAddress()), strip(f.getEmail()),
				strip(f.getLegalRepresentative()), representative);
		return new IntakeRequest(uuid(f.getToken()).orElse(null), f.getAgencyCode(), f.getProcedureCode(),
				f.getChannel() == null ? SubmissionChannel.DIRECT : f.getChannel(), f.isAssisted(), applicant, handed, cases,
				new java.util.HashSet<>(f.getFeeConditions()));
	}

	private static List<String> unticked(CounterFormData form) {
		return form.getDocuments().stream().filter(l -> (l.isMandatory() || l.isCaseApplies() && l.getCondition() != null)
				&& !l.isShownOnly() && !l.isHanded()).map(l -> "- " + l.getName())
			.toList();
	}

	/** The form field a problem of the intake belongs to. */
	private static String field(String problemField, CounterFormData form, String action) {
		switch (problemField) {
			case "applicant.name": return "applicantName";
			case "applicant.idNumber": return "idNumber";
			case "applicant.phone": return "phone";
			case "applicant.legalRepresentative": return "legalRepresentative";
			case "representative.name": return "representativeName";
			case "representative.idNumber": return "representativeIdNumber";
			case "representative.authorisationPaper": return "authorisationPaper";
			case "reason": return "incomplete".equals(action) ? "missing" : "reason";
			case "channel": return "channel";
			default:
				if (problemField.startsWith("documents[")) {
					int position = Integer.parseInt(problemField.substring(10, problemField.length() - 1));
					for (int i = 0; i < form.getDocuments().size(); i++) {
						if (form.getDocuments().get(i).getPosition() == position) {
							return "documents[" + i + "].handed";
						}
					}
				}
				return "procedureCode";
		}
	}

	private ProcedureVersion inForce(String code) {
		return catalogue.inForce(code == null ? "" : code.strip(), LocalDate.now(clock.withZone(VietnamTime.ZONE)))
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND, "Không tìm thấy thủ tục đang có hiệu lực."));
	}

	private static Set<String> counterAgencies(Authentication officer) {
		Set<String> agencies = AgencyAccess.agenciesWhere(officer, OfficerRole.RECEIVING_OFFICER);
		agencies.addAll(AgencyAccess.agenciesWhere(officer, OfficerRole.ADMINISTRATOR));
		return agencies;
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return blank(text) ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String strip(String text) {
		return blank(text) ? null : java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
	}
}
