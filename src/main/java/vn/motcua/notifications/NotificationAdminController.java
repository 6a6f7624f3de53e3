package vn.motcua.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.VietnamTime;

/**
 * {@code /admin/notifications} (issue 16 item 1): the messages to citizens as the administrator sees them — volumes per
 * channel and status over a period, the failure rate of each channel, SMS never confirmed, the messages that reached
 * nobody (the citizen is to be phoned: Nghị định 118/2025/NĐ-CP Art. 16–19 require that the applicant be told), and a
 * search by phone number or e-mail address. The installation's administrator sees every commune; a commune's
 * administrator only the communes they administer. Personal data: contacts are masked except the one searched.
 */
@Controller
class NotificationAdminController {

	/** The default period: the last 30 days. */
	static final int DEFAULT_DAYS = 30;

	private final NotificationFigures figures;

	private final NotificationSender sender;

	private final Clock clock;

	NotificationAdminController(NotificationFigures figures, NotificationSender sender, Clock clock) {
		this.figures = figures;
		this.sender = sender;
		this.clock = clock;
	}

	@GetMapping("/admin/notifications")
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "q", required = false) String contact, Authentication officer, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		LocalDate last = to == null ? today : to;
		LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1L) : from;
		if (first.isAfter(last)) {
			model.addAttribute("periodError", "notifications.admin.periodReversed");
			first = last;
		}
		OffsetDateTime start = first.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
		OffsetDateTime end = last.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
		Set<String> agencies = AgencyAccess.isInstallationAdmin(officer) ? null
				: AgencyAccess.agenciesWhere(officer, OfficerRole.ADMINISTRATOR);
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("volumes", figures.volumes(start, end, agencies));
		model.addAttribute("rates", figures.rates(start, end, agencies));
		model.addAttribute("unreached", figures.unreached(start, end, agencies));
		model.addAttribute("limit", NotificationFigures.LIST_LIMIT);
		model.addAttribute("configured", sender.configured());
		model.addAttribute("installation", agencies == null);
		if (contact != null && !contact.isBlank()) {
			model.addAttribute("q", contact.strip());
			if (NotificationFigures.forms(contact).isEmpty()) {
				model.addAttribute("searchError", "notifications.admin.searchInvalid");
			}
			else {
				model.addAttribute("found", figures.search(contact, agencies));
			}
		}
		return "notifications/admin";
	}
}
