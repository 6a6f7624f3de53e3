package vn.motcua.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLinks;
import vn.motcua.dossier.DossierStatusLookup;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.IntakeRefused;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.IntakeRequest.HandedDocument;
import vn.motcua.shared.SubmissionChannel;

/**
 * The end of the online submission: check your answers (each with a change link), submit (the dossier gets its code
 * and waits in the counter's list as ONLINE), and the receipt page with the status link and its QR token.
 */
@Controller
@RequestMapping("/public/nop-ho-so/{id}")
class SubmissionCheckController {

	private final SubmissionController steps;

	private final SubmissionDrafts drafts;

	private final Intake intake;

	private final DossierStatusLookup dossiers;

	private final DossierLinks links;

	private final MessageSource messages;

	private final Clock clock;

	SubmissionCheckController(SubmissionController steps, SubmissionDrafts drafts, Intake intake,
			DossierStatusLookup dossiers, DossierLinks links, MessageSource messages, Clock clock) {
		this.messages = messages;
		this.steps = steps;
		this.drafts = drafts;
		this.intake = intake;
		this.dossiers = dossiers;
		this.links = links;
		this.clock = clock;
	}

	@GetMapping("/kiem-tra")
	String check(@PathVariable UUID id, Model model) {
		SubmissionDraft draft = steps.open(id);
		if (draft.submitted()) {
			return SubmissionController.step(draft, "da-nop");
		}
		model.addAttribute("draft", draft);
		model.addAttribute("procedure", steps.procedureOf(draft));
		return "portal/submit-check";
	}

	@PostMapping("/kiem-tra")
	String submit(@PathVariable UUID id, Model model) {
		SubmissionDraft draft = steps.open(id);
		if (draft.submitted()) {
			return SubmissionController.step(draft, "da-nop");
		}
		List<String> problems = new ArrayList<>();
		if (draft.applicantName == null || draft.receiveMethod == null || draft.hasRepresentative == null) {
			problems.add(messages.getMessage("portal.submit.error.unanswered", null, LocaleContextHolder.getLocale()));
		}
		else {
			try {
				Dossier dossier = intake.submit(request(draft), draft.assisted ? draft.startedBy : "citizen");
				drafts.markSubmitted(id, dossier.code(), OffsetDateTime.now(clock));
				return SubmissionController.step(draft, "da-nop");
			}
			catch (IntakeRefused refused) {
				refused.problems().forEach(p -> problems.add(messages.getMessage(p.messageKey(), p.args(),
						LocaleContextHolder.getLocale())));
			}
		}
		model.addAttribute("draft", draft);
		model.addAttribute("procedure", steps.procedureOf(draft));
		model.addAttribute("problems", problems);
		return "portal/submit-check";
	}

	@GetMapping("/da-nop")
	String receipt(@PathVariable UUID id, Model model) {
		SubmissionDraft draft = steps.open(id);
		if (!draft.submitted()) {
			return SubmissionController.step(draft, "kiem-tra");
		}
		Dossier dossier = dossiers.find(draft.dossierCode).orElseThrow(PortalErrors.NotFound::new);
		model.addAttribute("dossier", dossier);
		model.addAttribute("receiptUrl", links.receiptUrl(dossier.code()));
		model.addAttribute("receiptPath", "/public/ho-so/" + dossier.code() + links.receiptUrl(dossier.code())
			.substring(links.statusUrl(dossier.code()).length()));
		return "portal/submit-done";
	}

	private IntakeRequest request(SubmissionDraft d) {
		List<HandedDocument> documents = new ArrayList<>();
		for (SubmissionDrafts.FileScan file : drafts.findFiles(d.id)) {
			documents.add(new HandedDocument(file.position(), false, 1, file.scan(), file.storedDocumentId()));
		}
		Applicant.Representative representative = Boolean.TRUE.equals(d.hasRepresentative)
				? new Applicant.Representative(d.representativeName, d.representativeIdNumber, d.representativePhone,
						d.authorisationPaper)
				: null;
		Applicant applicant = new Applicant(Applicant.Identifier.valueOf(d.getApplicantIdentifier()), d.applicantName,
				d.applicantIdNumber, d.applicantPhone, d.applicantAddress, d.applicantEmail, d.legalRepresentative,
				representative);
		return new IntakeRequest(d.submissionToken, d.agencyCode, d.procedureCode, SubmissionChannel.ONLINE, d.assisted,
				applicant, documents, java.util.Set.of(), java.util.Set.of(), d.chosenChannels());
	}
}
