package vn.motcua.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
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
import vn.motcua.dossier.StaleDossierVersion;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.PageOrFragment;
import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnamTime;

/**
 * The one-stop counter (tiếp nhận): find the procedure, fill one form, and accept (Mẫu 01), ask for completion
 * (Mẫu 02) or refuse (Mẫu 03); and the online submissions waiting for the counter. The form's scans are kept by
 * {@link CounterScans}, the form is turned into an intake request (and its problems back into fields) by
 * {@link CounterFormMapping}.
 */
@Controller
@RequestMapping("/counter")
@PreAuthorize("hasAnyRole('RECEIVING_OFFICER', 'ADMINISTRATOR')")
class CounterController {

	private final Catalogue catalogue;

	private final Intake intake;

	private final DossierActions actions;

	private final DossierInbox inbox;

	private final CounterScans scans;

	private final MessageSource messages;

	private final Clock clock;

	CounterController(Catalogue catalogue, Intake intake, DossierActions actions, DossierInbox inbox, CounterScans scans,
			MessageSource messages, Clock clock) {
		this.catalogue = catalogue;
		this.intake = intake;
		this.actions = actions;
		this.inbox = inbox;
		this.scans = scans;
		this.messages = messages;
		this.clock = clock;
	}

	/** The counter's page; for htmx (typing in the search box) only the procedures found. */
	@GetMapping
	String counter(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
			Authentication officer, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("q", q);
		model.addAttribute("procedures", q == null || q.isBlank() ? List.of() : catalogue.search(q, null, null, 20));
		if (!PageOrFragment.fromHtmx(request)) {
			model.addAttribute("submitted", inbox.rows(officer, null, DossierStatus.SUBMITTED, page));
		}
		return PageOrFragment.view("intake/counter", "results", request, response);
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
		CounterFormMapping.describe(form, version);
		if (form.getAgencyCode() == null || !counterAgencies(officer).contains(form.getAgencyCode())) {
			errors.rejectValue("agencyCode", "dossier.counter.agencyRequired");
		}
		scans.keep(form, errors);
		if (errors.hasErrors()) {
			return show(form, version, officer, model);
		}
		IntakeRequest request = CounterFormMapping.request(form);
		try {
			Dossier dossier;
			switch (action) {
				case "incomplete" -> {
					if (CounterFormMapping.blank(form.getMissing())) {
						CounterFormMapping.prefillMissing(form);
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
				errors.rejectValue(CounterFormMapping.field(problem.field(), form, action), problem.messageKey(),
						problem.args(), null);
			}
			CounterFormMapping.prefillMissing(form);
			return show(form, version, officer, model);
		}
	}

	/**
	 * Accepts an online submission (Mẫu 01). Changed meanwhile by someone else (another officer accepted or answered
	 * it): the dossier page says so, as for every action of that page.
	 */
	@PostMapping("/submitted/{code}/accept")
	String acceptSubmitted(@PathVariable String code, Authentication officer, RedirectAttributes redirect) {
		ActingOfficer acting = ActingOfficer.of(officer);
		Dossier dossier = actions.visible(code, acting);
		if (!actions.allowed(dossier, acting).contains(DossierAction.ACCEPT)) {
			// not offered: not a receiving officer here, or no longer waiting (the counter's list was stale)
			throw new AccessDeniedException("not acceptable by " + officer.getName());
		}
		try {
			actions.perform(code, dossier.version(), acting, new DossierCommand.Accept());
			redirect.addFlashAttribute("done", "dossier.counter.done.RECEIVED");
		}
		catch (StaleDossierVersion | OptimisticLockingFailureException concurrent) {
			redirect.addFlashAttribute("refusal",
					messages.getMessage("dossier.page.concurrent", null, LocaleContextHolder.getLocale()));
		}
		return "redirect:/dossiers/" + code;
	}

	private String show(CounterFormData form, ProcedureVersion version, Authentication officer, Model model) {
		CounterFormMapping.describe(form, version);
		model.addAttribute("intake", form);
		model.addAttribute("procedure", version);
		model.addAttribute("feeConditions", version.conditionalExemptionsByPosition());
		model.addAttribute("agencies", counterAgencies(officer));
		model.addAttribute("channels", List.of(SubmissionChannel.DIRECT, SubmissionChannel.POSTAL));
		return "intake/counter-form";
	}

	private ProcedureVersion inForce(String code) {
		return catalogue.inForce(code == null ? "" : code.strip(), LocalDate.now(clock.withZone(VietnamTime.ZONE)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, messages
				.getMessage("dossier.counter.procedureNotInForce", null, LocaleContextHolder.getLocale())));
	}

	private static Set<String> counterAgencies(Authentication officer) {
		Set<String> agencies = AgencyAccess.agenciesWhere(officer, OfficerRole.RECEIVING_OFFICER);
		agencies.addAll(AgencyAccess.agenciesWhere(officer, OfficerRole.ADMINISTRATOR));
		return agencies;
	}
}
