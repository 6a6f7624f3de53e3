package vn.motcua.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.dossier.DossierInbox;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.OverdueSupplements;
import vn.motcua.dossier.TransferInbox;
import vn.motcua.shared.PageOrFragment;

/**
 * The officer's inbox (hộp việc): what waits for them, most urgent first, with a warning band for the next day. The
 * same address answers htmx with the list alone ({@code results}), so that changing a filter refreshes it in place.
 */
@Controller
class InboxController {

	private final DossierInbox inbox;

	private final OverdueSupplements overdueSupplements;

	private final TransferInbox transfers;

	private final org.springframework.beans.factory.ObjectProvider<vn.motcua.dossier.ApplicantMessages> messages;

	private final java.time.Clock clock;

	InboxController(DossierInbox inbox, OverdueSupplements overdueSupplements, TransferInbox transfers,
			org.springframework.beans.factory.ObjectProvider<vn.motcua.dossier.ApplicantMessages> messages,
			java.time.Clock clock) {
		this.inbox = inbox;
		this.transfers = transfers;
		this.overdueSupplements = overdueSupplements;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The dossiers of the receiving officer's communes whose applicant a message did not reach in the last
	 * {@value #UNREACHED_DAYS} days (issue 16): the counter phones them.
	 */
	static final int UNREACHED_DAYS = 30;

	private java.util.List<vn.motcua.dossier.ApplicantMessages.Unreached> unreached(Authentication officer) {
		vn.motcua.dossier.ApplicantMessages told = messages.getIfAvailable();
		java.util.Set<String> counter = vn.motcua.shared.AgencyAccess.agenciesWhere(officer,
				vn.motcua.shared.OfficerRole.RECEIVING_OFFICER);
		return told == null || counter.isEmpty() ? java.util.List.of()
				: told.unreached(counter, java.time.OffsetDateTime.now(clock).minusDays(UNREACHED_DAYS), 50);
	}

	@GetMapping("/inbox")
	String inbox(@RequestParam(required = false) String procedure, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "1") int page, Authentication officer, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		DossierStatus filter = null;
		if (status != null && !status.isBlank()) {
			try {
				filter = DossierStatus.valueOf(status);
			}
			catch (IllegalArgumentException ignored) {
				filter = null;
			}
		}
		model.addAttribute("inbox", inbox.of(officer, procedure, filter, page));
		model.addAttribute("overdueSupplements", overdueSupplements.of(officer));
		model.addAttribute("overdueAfter", overdueSupplements.afterWorkingDays());
		model.addAttribute("consultedDossiers", transfers.consulted(officer));
		model.addAttribute("overdueTransfers", transfers.overdue(officer));
		model.addAttribute("unreached", unreached(officer));
		model.addAttribute("unreachedDays", UNREACHED_DAYS);
		model.addAttribute("procedure", procedure);
		model.addAttribute("status", filter);
		model.addAttribute("statuses", DossierStatus.values());
		return PageOrFragment.view("dossier/inbox", "results", request, response);
	}
}
