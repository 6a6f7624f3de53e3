package vn.motcua.calendar;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.agency.Agencies;
import vn.motcua.shared.VietnamTime;
import vn.motcua.shared.VietnameseMessages;

/**
 * The fixed calendar API of legal-rules.md §5. Bad input answers 400 with a problem detail whose {@code detail}
 * says, in Vietnamese, what is wrong (the {@code calendar.api.*} messages).
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

	private final DeadlineCalendar calendar;

	private final CalendarStore store;

	private final Agencies agencies;

	private final VietnameseMessages words;

	CalendarApiController(DeadlineCalendar calendar, CalendarStore store, Agencies agencies, MessageSource messages) {
		this.calendar = calendar;
		this.store = store;
		this.agencies = agencies;
		this.words = new VietnameseMessages(messages);
	}

	/** {@code GET /api/v1/calendar/due-date?receivedAt=…&amount=N&unit=WORKING_DAYS|CALENDAR_DAYS[&agency=…]}. */
	@GetMapping("/due-date")
	DueDateView dueDate(@RequestParam(required = false) String receivedAt,
			@RequestParam(required = false) String amount, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String agency) {
		OffsetDateTime received = instant(receivedAt);
		TimeLimit limit = new TimeLimit(amount(amount), unit(unit));
		if (agency != null && !agency.isBlank() && agencies.find(agency.trim()).isEmpty()) {
			throw badRequest("calendar.api.agencyUnknown", agency.trim());
		}
		String agencyCode = agency == null || agency.isBlank() ? null : agency.trim();
		int year = received.atZoneSameInstant(VietnamTime.ZONE).getYear();
		if (!DeadlineCalendar.covers(year)) {
			throw badRequest("calendar.api.receivedOutside", year);
		}
		try {
			DueDate due = calendar.dueDate(agencyCode, received, limit);
			return new DueDateView(due.startDate().toString(), due.dueDate().toString(), due.dueAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
					calendar.isProvisional(due.dueDate().getYear()));
		}
		catch (IllegalArgumentException outside) {
			throw badRequest("calendar.api.dueOutside");
		}
	}

	/** {@code GET /api/v1/calendar/years/{year}}: every non-working weekday and every make-up weekend day. */
	@GetMapping("/years/{year}")
	YearView year(@PathVariable String year) {
		int value;
		try {
			value = Integer.parseInt(year.trim());
		}
		catch (NumberFormatException notANumber) {
			throw badRequest("calendar.api.yearNotANumber", year);
		}
		if (!DeadlineCalendar.covers(value)) {
			throw badRequest("calendar.api.yearOutside", value);
		}
		YearCalendar calendar = store.load(value);
		return new YearView(value, calendar.provisional(), calendar.changesToTheWeek().stream()
			.map(day -> new DayView(day.date().toString(), day.type().name(), day.name(), day.legalSource()))
			.toList());
	}

	private OffsetDateTime instant(String value) {
		if (value == null || value.isBlank()) {
			throw badRequest("calendar.api.receivedAtMissing");
		}
		// An unencoded '+' in a query string arrives as a space.
		String text = value.trim().replace(' ', '+');
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(text).atZone(VietnamTime.ZONE).toOffsetDateTime();
			}
			catch (DateTimeParseException malformed) {
				throw badRequest("calendar.api.receivedAtInvalid", value);
			}
		}
	}

	private int amount(String value) {
		if (value == null || value.isBlank()) {
			throw badRequest("calendar.api.amountMissing");
		}
		int amount;
		try {
			amount = Integer.parseInt(value.trim());
		}
		catch (NumberFormatException notANumber) {
			throw badRequest("calendar.api.amountNotANumber", value);
		}
		if (amount < 0) {
			throw badRequest("calendar.api.amountNegative", amount);
		}
		if (amount > 3660) {
			throw badRequest("calendar.api.amountTooLarge", 3660);
		}
		return amount;
	}

	private TimeLimit.Unit unit(String value) {
		if (value == null || value.isBlank()) {
			throw badRequest("calendar.api.unitMissing");
		}
		try {
			return TimeLimit.Unit.valueOf(value.trim());
		}
		catch (IllegalArgumentException unknown) {
			throw badRequest("calendar.api.unitInvalid", value);
		}
	}

	private ResponseStatusException badRequest(String messageKey, Object... arguments) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, words.say(messageKey, arguments));
	}

	/** The answer of the due-date API; {@code provisional} tells that the due date's year is not yet confirmed. */
	record DueDateView(String startDate, String dueDate, String dueAt, boolean provisional) {
	}

	record YearView(int year, boolean provisional, List<DayView> days) {
	}

	record DayView(String date, String type, String name, String legalSource) {
	}
}
