package vn.motcua.dossier.web;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.documents.DocumentStore;
import vn.motcua.documents.StoredDocument;
import vn.motcua.catalogue.ConsultedAgency;
import vn.motcua.dossier.ActingOfficer;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierPermissions;
import vn.motcua.dossier.TransferProposals;
import vn.motcua.agency.Agencies;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierPapers;
import vn.motcua.dossier.DossierLinks;
import vn.motcua.dossier.DossierNotFound;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.FeePayment;
import vn.motcua.dossier.FeePayments;
import vn.motcua.dossier.IssuedPaper;
import vn.motcua.dossier.NationalSyncState;
import vn.motcua.dossier.OneStopPaper;
import vn.motcua.identity.Officer;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.PageOrFragment;
import vn.motcua.shared.VietnamTime;

/**
 * The dossier page (status, dates, countdown, applicant, documents, timeline, fees, forms, the actions allowed), the
 * forms as PDF, the stored scans, and the tracking book of a period (Mẫu 07).
 */
@Controller
class DossierController {

	private final DossierWorkflow workflow;

	private final DossierPapers forms;

	private final FeePayments payments;

	private final Catalogue catalogue;

	private final DeadlineCalendar calendar;

	private final DocumentStore store;

	private final OfficerAccounts officers;

	private final DossierLinks links;

	private final Clock clock;

	private final Agencies agencies;

	/** Whether the dossier reached the national portal; absent while the link is off. */
	private final ObjectProvider<NationalSyncState> nationalSync;

	private final ObjectProvider<vn.motcua.dossier.ApplicantMessages> applicantMessages;

	/** The signature state of the results kept (issue 17 item 4). */
	private final vn.motcua.documents.KeptSignatures kept;

	DossierController(DossierWorkflow workflow, DossierPapers forms, FeePayments payments, Catalogue catalogue,
			DeadlineCalendar calendar, DocumentStore store, OfficerAccounts officers, DossierLinks links, Clock clock,
			ObjectProvider<NationalSyncState> nationalSync,
			ObjectProvider<vn.motcua.dossier.ApplicantMessages> applicantMessages, Agencies agencies,
			vn.motcua.documents.KeptSignatures kept) {
		this.kept = kept;
		this.applicantMessages = applicantMessages;
		this.workflow = workflow;
		this.agencies = agencies;
		this.nationalSync = nationalSync;
		this.links = links;
		this.forms = forms;
		this.payments = payments;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.store = store;
		this.officers = officers;
		this.clock = clock;
	}

	/** The dossier page; for htmx (the timeline's refresh button) only the timeline. */
	@GetMapping("/dossiers/{code}")
	String dossier(@PathVariable String code, Authentication officer, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Dossier d = DossierPages.visible(workflow, code, officer);
		model.addAttribute("d", d);
		List<Officer> colleagues = officers.list(Set.of(d.agencyCode()));
		Map<String, String> names = new HashMap<>();
		colleagues.forEach(o -> names.put(o.username(), o.fullName()));
		model.addAttribute("names", names);
		String view = PageOrFragment.view("dossier/dossier", "timeline", request, response);
		if (PageOrFragment.fromHtmx(request)) {
			return view;
		}
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		model.addAttribute("countdown", d.status().clockRuns() && d.effectiveDueDate() != null
				? calendar.countdown(d.effectiveDueDate(), today) : null);
		model.addAttribute("actions", DossierPages.allowed(d, officer));
		model.addAttribute("linkRevokedAt", links.revokedAt(d.code())
			.map(at -> at.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime()).orElse(null));
		model.addAttribute("specialists", withRole(colleagues, d.agencyCode(), OfficerRole.SPECIALIST));
		model.addAttribute("leaders", withRole(colleagues, d.agencyCode(), OfficerRole.LEADER));
		model.addAttribute("fees", d.procedure().versionId() == null || d.receivedAt() == null ? null
				: vn.motcua.dossier.DossierFees.atReceipt(catalogue, d));
		List<FeePayment> paid = payments.of(d);
		model.addAttribute("payments", paid);
		model.addAttribute("paidTotal", paid.stream().mapToLong(FeePayment::amountVnd).sum());
		boolean own = ActingOfficer.of(officer).canSee(d.agencyCode());
		model.addAttribute("printable", own ? forms.printable(d) : List.of());
		model.addAttribute("issued", own ? forms.issued(d) : List.of());
		model.addAttribute("keptSignatures", kept.of(d.documents().stream()
			.filter(doc -> doc.kind() == DossierDocument.Kind.RESULT && doc.digitised())
			.map(DossierDocument::storedDocumentId).toList()));
		addTransferForms(d, officer, model);
		model.addAttribute("today", today);
		model.addAttribute("supplementRequestLimit", workflow.supplementRequestLimit(d));
		model.addAttribute("supplementBy", workflow.supplementBy(d).orElse(null));
		NationalSyncState sync = nationalSync.getIfAvailable();
		model.addAttribute("nationalSync", sync == null ? null : sync.of(d.code(), d.steps().size()).orElse(null));
		vn.motcua.dossier.ApplicantMessages told = applicantMessages.getIfAvailable();
		model.addAttribute("applicantMessages", told == null ? null : told.of(d.code()));
		return view;
	}

	/**
	 * Liên thông: the rows the transfer slip's form proposes (the procedure's agencies consulted not yet consulted,
	 * from the catalogue, and blank rows for others: two for an electronic dossier, one for a paper one when nothing
	 * is proposed), the other active communes of the installation to pick from, and
	 * the transfers whose answer this officer may record.
	 */
	private void addTransferForms(Dossier d, Authentication officer, Model model) {
		List<ConsultedAgency> consulted = d.procedure().versionId() == null ? List.of()
				: catalogue.version(d.procedure().versionId()).map(v -> v.consultedAgencies()).orElse(List.of());
		List<TransferProposals.Proposal> rows = new java.util.ArrayList<>(TransferProposals.next(d, consulted));
		int blanks = d.electronic() ? 2 : rows.isEmpty() ? 1 : 0; // a paper dossier goes to one agency at a time
		for (int i = 0; i < blanks; i++) {
			rows.add(new TransferProposals.Proposal("", 0));
		}
		model.addAttribute("transferRows", rows);
		model.addAttribute("installationAgencies", agencies.active().stream()
			.filter(a -> !a.code().equals(d.agencyCode())).toList());
		model.addAttribute("answerable", DossierPermissions.answerable(d, ActingOfficer.of(officer)));
	}

	/**
	 * Liên thông: the transfer slip (Phiếu chuyển xử lý) of the transfer at {@code position}, kept with the dossier
	 * (NĐ 61/2018 Art. 19.5): for the one-stop that sends it and for the commune it was sent to.
	 */
	@GetMapping("/dossiers/{code}/transfers/{position}/phieu-chuyen.pdf")
	ResponseEntity<byte[]> transferSlip(@PathVariable String code, @PathVariable int position, Authentication officer) {
		Dossier d = DossierPages.visible(workflow, code, officer);
		byte[] pdf = forms.transferSlip(d, position, officer.getName());
		return pdf("phieu-chuyen-" + d.code() + "-" + position + ".pdf", pdf);
	}

	@GetMapping("/dossiers/{code}/forms/{number}.pdf")
	ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String number, Authentication officer) {
		Dossier d = DossierPages.own(workflow, code, officer);
		OneStopPaper form = OneStopPaper.byNumber(number).orElseThrow(() -> DossierNotFound.of(code));
		byte[] pdf = forms.issue(d, form, officer.getName());
		return pdf(DossierPapers.fileName(form, d), pdf);
	}

	@GetMapping("/dossiers/{code}/documents/{id}")
	ResponseEntity<InputStreamResource> document(@PathVariable String code, @PathVariable UUID id,
			Authentication officer) {
		Dossier d = DossierPages.visible(workflow, code, officer);
		boolean belongs = d.documents().stream().map(DossierDocument::storedDocumentId).anyMatch(id::equals)
				|| forms.issued(d).stream().map(IssuedPaper::storedDocumentId).anyMatch(id::equals);
		if (!belongs) {
			throw DossierNotFound.of(code);
		}
		StoredDocument stored = store.find(id).orElseThrow(() -> DossierNotFound.of(code));
		Optional<byte[]> waiting = forms.waitingCopy(id);
		if (waiting.isPresent()) {
			// a paper waiting for its signer: the served copy says it is not signed yet (issue 17)
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).contentLength(waiting.get().length)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename(stored.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
				.body(new InputStreamResource(new java.io.ByteArrayInputStream(waiting.get())));
		}
		// streamed to the client (a scan may be as large as MOTCUA_DOCUMENTS_MAX_SIZE), closed once written
		InputStream in = store.open(stored);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stored.contentType()))
			.contentLength(stored.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(stored.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(in));
	}

	@GetMapping("/dossiers/tracking-book")
	Object trackingBook(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String agency, Authentication officer, Model model) {
		if (from == null || to == null || to.isBefore(from)) {
			LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
			model.addAttribute("from", from == null ? today.withDayOfMonth(1) : from);
			model.addAttribute("to", to == null ? today : to);
			model.addAttribute("invalid", from != null && to != null);
			return "dossier/tracking-book";
		}
		Set<String> visible = AgencyAccess.agencies(officer);
		boolean all = AgencyAccess.isInstallationAdmin(officer);
		String issuing = agency != null && (all || visible.contains(agency)) ? agency
				: visible.stream().findFirst().orElse("");
		Set<String> agencies = agency != null && (all || visible.contains(agency)) ? Set.of(agency)
				: all ? null : visible;
		byte[] pdf = forms.trackingBook(issuing, agencies, from, to);
		return pdf("mau-07-so-theo-doi-" + from + "-" + to + ".pdf", pdf);
	}

	private static List<Officer> withRole(List<Officer> officers, String agency, OfficerRole role) {
		return officers.stream().filter(Officer::active)
			.filter(o -> o.memberships().contains(new Officer.Membership(agency, role))).toList();
	}

	private static ResponseEntity<byte[]> pdf(String fileName, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(pdf);
	}
}
