package vn.motcua.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar administration page: a year as twelve month grids with its listed days and their legal sources, and
 * the forms to list, change or remove a day and to confirm a provisional year. The calendar is installation-wide, so
 * only the installation's administrator edits it; every administrator may look.
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CalendarAdminController {

	private final CalendarStore store;

	private final CalendarAdministration administration;

	private final Clock clock;

	CalendarAdminController(CalendarStore store, CalendarAdministration administration, Clock clock) {
		this.store = store;
		this.administration = administration;
		this.clock = clock;
	}

	@ModelAttribute("dayTypes")
	DayType[] dayTypes() {
		return DayType.values();
	}

	@GetMapping
	String year(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : year;
		if (!WorkingDayIndex.supports(shown)) {
			throw new NotFound();
		}
		YearCalendar calendar = store.load(shown);
		Map<LocalDate, CalendarDay> listed = new LinkedHashMap<>();
		calendar.days().forEach(day -> listed.put(day.date(), day));
		List<MonthGrid> months = IntStream.rangeClosed(1, 12)
			.mapToObj(month -> MonthGrid.of(YearMonth.of(shown, month), listed))
			.toList();
		model.addAttribute("calendar", calendar);
		model.addAttribute("months", months);
		model.addAttribute("weekdays", List.of(1, 2, 3, 4, 5, 6, 7));
		model.addAttribute("confirmation", store.findConfirmation(shown).orElse(null));
		model.addAttribute("previousYear", WorkingDayIndex.supports(shown - 1) ? shown - 1 : null);
		model.addAttribute("nextYear", WorkingDayIndex.supports(shown + 1) ? shown + 1 : null);
		return "calendar/calendar";
	}

	@GetMapping("/days/new")
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String newDay(@RequestParam(required = false) String date, Model model) {
		model.addAttribute("calendarDay", CalendarDayFormData.on(dateOrNull(date)));
		model.addAttribute("existing", null);
		return "calendar/day-form";
	}

	@PostMapping("/days")
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String add(@Validated({ Default.class, CalendarDayFormData.NewDay.class }) @ModelAttribute("calendarDay")
			CalendarDayFormData form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			CalendarDay day = form.toDay(form.date());
			try {
				return saved(administration.addDay(day), day.date(), "calendar.saved", redirect);
			}
			catch (CalendarEditRefused refused) {
				result.rejectValue(refused.field(), refused.messageKey());
			}
		}
		model.addAttribute("existing", null);
		return "calendar/day-form";
	}

	@GetMapping("/days/{date}")
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String edit(@PathVariable String date, Model model) {
		CalendarDay day = listed(date);
		model.addAttribute("calendarDay", CalendarDayFormData.of(day));
		model.addAttribute("existing", day);
		return "calendar/day-form";
	}

	@PostMapping("/days/{date}")
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String change(@PathVariable String date, @Valid @ModelAttribute("calendarDay") CalendarDayFormData form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CalendarDay existing = listed(date);
		if (!result.hasErrors()) {
			CalendarDay day = form.toDay(existing.date());
			try {
				return saved(administration.changeDay(day), day.date(), "calendar.saved", redirect);
			}
			catch (CalendarEditRefused refused) {
				result.rejectValue(refused.field(), refused.messageKey());
			}
		}
		model.addAttribute("existing", existing);
		return "calendar/day-form";
	}

	@PostMapping("/days/{date}/delete")
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String remove(@PathVariable String date, RedirectAttributes redirect) {
		CalendarDay existing = listed(date);
		return saved(administration.removeDay(existing.date()), existing.date(), "calendar.removed", redirect);
	}

	@PostMapping("/years/{year}/confirm")
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String confirm(@PathVariable int year, RedirectAttributes redirect) {
		if (!WorkingDayIndex.supports(year)) {
			throw new NotFound();
		}
		administration.confirmYear(year);
		redirect.addFlashAttribute("success", "calendar.confirmed");
		redirect.addFlashAttribute("successArg", year);
		return "redirect:/admin/calendar?year=" + year;
	}

	private static String saved(int moved, LocalDate date, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("success", message);
		redirect.addFlashAttribute("successArg", moved);
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

	private CalendarDay listed(String date) {
		try {
			LocalDate day = LocalDate.parse(date);
			if (!WorkingDayIndex.supports(day.getYear())) {
				throw new NotFound();
			}
			return store.load(day.getYear()).days().stream().filter(d -> d.date().equals(day)).findFirst()
				.orElseThrow(NotFound::new);
		}
		catch (DateTimeParseException malformed) {
			throw new NotFound();
		}
	}

	private static LocalDate dateOrNull(String date) {
		try {
			return date == null ? null : LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException malformed) {
			return null;
		}
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class NotFound extends RuntimeException {

		private static final long serialVersionUID = 1L;
	}
}
