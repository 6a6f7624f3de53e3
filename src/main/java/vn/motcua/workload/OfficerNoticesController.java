package vn.motcua.workload;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.shared.VietnamTime;

/**
 * The officer's notices page ({@code /thong-bao}): their unread notices (assigned, awaiting their decision, due in three
 * working hours) with a button to mark each, or all, read (POST with the CSRF token, no JavaScript needed), and the
 * dossiers of their agencies due within one working day or overdue, most urgent first ({@link OfficerScope}: a
 * specialist sees the dossiers assigned to them). Only their own notices and their agencies' dossiers.
 */
@Controller
@RequestMapping("/thong-bao")
class OfficerNoticesController {

	static final int SHOWN = 100;

	private final OfficerNotices notices;

	private final DueList dueList;

	private final Clock clock;

	OfficerNoticesController(OfficerNotices notices, DueList dueList, Clock clock) {
		this.notices = notices;
		this.dueList = dueList;
		this.clock = clock;
	}

	@GetMapping
	String page(Authentication officer, Model model) {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		model.addAttribute("notices", notices.unread(officer.getName(), SHOWN));
		model.addAttribute("due", dueList.of(OfficerScope.of(officer), today));
		return "workload/notices";
	}

	@PostMapping("/{id}/da-doc")
	String markRead(@PathVariable long id, Authentication officer, RedirectAttributes redirect) {
		boolean marked = notices.markRead(officer.getName(), id, OffsetDateTime.now(clock));
		redirect.addFlashAttribute(marked ? "success" : "failure", marked ? "workload.read" : "workload.notFound");
		return "redirect:/thong-bao";
	}

	@PostMapping("/da-doc")
	String markAllRead(Authentication officer, RedirectAttributes redirect) {
		notices.markAllRead(officer.getName(), OffsetDateTime.now(clock));
		redirect.addFlashAttribute("success", "workload.allRead");
		return "redirect:/thong-bao";
	}
}
