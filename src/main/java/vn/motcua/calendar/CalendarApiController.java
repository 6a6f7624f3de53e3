package vn.motcua.calendar;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.agency.Agencies;
import vn.motcua.shared.VietnamTime;

/**
 * The fixed calendar API of legal-rules.md §5. Bad input answers 400 with a problem detail whose {@code detail}
 * says, in Vietnamese, what is wrong.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

	private final DeadlineCalendar calendar;

	private final CalendarStore store;

	private final Agencies agencies;

	CalendarApiController(DeadlineCalendar calendar, CalendarStore store, Agencies agencies) {
		this.calendar = calendar;
		this.store = store;
		this.agencies = agencies;
	}

	/** {@code GET /api/v1/calendar/due-date?receivedAt=…&amount=N&unit=WORKING_DAYS|CALENDAR_DAYS[&agency=…]}. */
	@GetMapping("/due-date")
	DueDateView dueDate(@RequestParam(required = false) String receivedAt,
			@RequestParam(required = false) String amount, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String agency) {
		OffsetDateTime received = instant(receivedAt);
		TimeLimit limit = new TimeLimit(amount(amount), unit(unit));
		if (agency != null && !agency.isBlank() && agencies.find(agency.trim()).isEmpty()) {
			throw badRequest("Không có cơ quan (xã, phường) mã '" + agency.trim() + "'.");
		}
		String agencyCode = agency == null || agency.isBlank() ? null : agency.trim();
		int year = received.atZoneSameInstant(VietnamTime.ZONE).getYear();
		if (!DeadlineCalendar.covers(year)) {
			throw badRequest("Lịch làm việc chỉ có các năm 1900–2100; receivedAt thuộc năm " + year + ".");
		}
		try {
			DueDate due = calendar.dueDate(agencyCode, received, limit);
			return new DueDateView(due.startDate().toString(), due.dueDate().toString(), due.dueAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
					calendar.isProvisional(due.dueDate().getYear()));
		}
		catch (IllegalArgumentException outside) {
			throw badRequest("Hạn giải quyết vượt quá năm 2100, ngoài phạm vi lịch làm việc (1900–2100).");
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
			throw badRequest("Năm '" + year + "' không phải là một số.");
		}
		if (!DeadlineCalendar.covers(value)) {
			throw badRequest("Năm phải trong khoảng 1900–2100 (đã nhận " + value + ").");
		}
		YearCalendar calendar = store.load(value);
		return new YearView(value, calendar.provisional(), calendar.changesToTheWeek().stream()
			.map(day -> new DayView(day.date().toString(), day.type().name(), day.name(), day.legalSource()))
			.toList());
	}

	private static OffsetDateTime instant(String value) {
		if (value == null || value.isBlank()) {
			throw badRequest("Thiếu tham số receivedAt (thời điểm tiếp nhận, ISO-8601, ví dụ 2025-09-01T10:15:00+07:00).");
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
				throw badRequest("receivedAt '" + value + "' không đúng định dạng ISO-8601 "
						+ "(ví dụ 2025-09-01T10:15:00+07:00).");
			}
		}
	}

	private static int amount(String value) {
		if (value == null || value.isBlank()) {
			throw badRequest("Thiếu tham số amount (số ngày của thời hạn giải quyết).");
		}
		int amount;
		try {
			amount = Integer.parseInt(value.trim());
		}
		catch (NumberFormatException notANumber) {
			throw badRequest("amount '" + value + "' không phải là một số nguyên.");
		}
		if (amount < 0) {
			throw badRequest("amount không được âm (đã nhận " + amount + "); 0 nghĩa là giải quyết trong ngày.");
		}
		if (amount > 3660) {
			throw badRequest("amount quá lớn (tối đa 3660 ngày).");
		}
		return amount;
	}

	private static TimeLimit.Unit unit(String value) {
		if (value == null || value.isBlank()) {
			throw badRequest("Thiếu tham số unit (WORKING_DAYS hoặc CALENDAR_DAYS).");
		}
		try {
			return TimeLimit.Unit.valueOf(value.trim());
		}
		catch (IllegalArgumentException unknown) {
			throw badRequest("unit '" + value + "' không hợp lệ; chỉ nhận WORKING_DAYS (ngày làm việc) "
					+ "hoặc CALENDAR_DAYS (ngày theo lịch).");
		}
	}

	private static ResponseStatusException badRequest(String reason) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, reason);
	}

	/** The answer of the due-date API; {@code provisional} tells that the due date's year is not yet confirmed. */
	record DueDateView(String startDate, String dueDate, String dueAt, boolean provisional) {
	}

	record YearView(int year, boolean provisional, List<DayView> days) {
	}

	record DayView(String date, String type, String name, String legalSource) {
	}
}
