package vn.motcua.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.AfterTransaction;

/**
 * An administrator's changes to the calendar. Each edit is checked, stored, audited, put in force at once (the
 * year's index is rebuilt), announced as {@link CalendarChanged}, and followed, in the same transaction, by the
 * recomputation of the open dossiers' due dates by every {@link DueDateRecomputation}. The first edit of a
 * provisional year stores its provisional days first, so the edit applies to what the administrator saw.
 */
@Service
class CalendarAdministration {

	private final CalendarStore store;

	private final WorkingDayIndex index;

	private final OfficeHoursBook officeHours;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final List<DueDateRecomputation> recomputations;

	private final Clock clock;

	CalendarAdministration(CalendarStore store, WorkingDayIndex index, OfficeHoursBook officeHours, AuditTrail audit,
			ApplicationEventPublisher events, List<DueDateRecomputation> recomputations, Clock clock) {
		this.store = store;
		this.index = index;
		this.officeHours = officeHours;
		this.audit = audit;
		this.events = events;
		this.recomputations = recomputations;
		this.clock = clock;
	}

	/** Lists a new day; returns how many open dossiers' due dates moved. */
	@Transactional
	public int addDay(CalendarDay day) {
		check(day);
		Optional<CalendarDay> existing = storedYear(day.date().getYear()).findDay(day.date());
		if (existing.isPresent()) {
			throw new CalendarEditRefused("date", existing.get().type().isDayOff() != day.type().isDayOff()
					? "calendar.error.holidayAndMakeup" : "calendar.error.dayExists");
		}
		store.insert(day);
		return changed(day.date(), "CALENDAR_DAY_ADDED", null, describe(day));
	}

	/** Changes the type, name or source of a listed day; returns how many open dossiers' due dates moved. */
	@Transactional
	public int changeDay(CalendarDay day) {
		check(day);
		CalendarDay before = storedYear(day.date().getYear()).findDay(day.date())
			.orElseThrow(() -> new CalendarEditRefused("date", "calendar.error.dayNotListed"));
		store.update(day);
		return changed(day.date(), "CALENDAR_DAY_CHANGED", describe(before), describe(day));
	}

	/** Removes a listed day (it follows the plain week again); returns how many due dates moved. */
	@Transactional
	public int removeDay(LocalDate date) {
		checkYear(date.getYear());
		CalendarDay before = storedYear(date.getYear()).findDay(date)
			.orElseThrow(() -> new CalendarEditRefused("date", "calendar.error.dayNotListed"));
		store.delete(date);
		return changed(date, "CALENDAR_DAY_REMOVED", describe(before), null);
	}

	/** Confirms a provisional year's calendar as it stands: it is no longer flagged provisional. */
	@Transactional
	public void confirmYear(int year) {
		checkYear(year);
		storedYear(year);
		store.confirm(year, AuditTrail.currentActor(), OffsetDateTime.now(clock));
		audit.record("CALENDAR_YEAR_CONFIRMED", null, "calendar:" + year, "provisional", "confirmed");
		inForce(year);
	}

	/**
	 * Sets an agency's opening time, receipt cut-off and closing time. Refused: opening at or after the closing time
	 * (no office hours left to count), a cut-off after the closing time or before the opening time.
	 */
	@Transactional
	public void setOfficeHours(String agencyCode, OfficeHours hours) {
		if (!hours.openingTime().isBefore(hours.closingTime())) {
			throw new CalendarEditRefused("openingTime", "calendar.error.openingNotBeforeClosing");
		}
		if (hours.cutOff().isAfter(hours.closingTime())) {
			throw new CalendarEditRefused("cutOff", "calendar.error.cutOffAfterClosing");
		}
		if (hours.cutOff().isBefore(hours.openingTime())) {
			throw new CalendarEditRefused("cutOff", "calendar.error.cutOffBeforeOpening");
		}
		OfficeHours before = store.findOfficeHours(agencyCode).orElse(OfficeHours.DEFAULT);
		store.saveOfficeHours(agencyCode, hours);
		audit.record("OFFICE_HOURS_CHANGED", agencyCode, "office-hours:" + agencyCode, describe(before),
				describe(hours));
		officeHours.invalidate(agencyCode);
		AfterTransaction.run(() -> officeHours.invalidate(agencyCode));
	}

	private CalendarStore storedYear(int year) {
		if (!store.isStored(year)) {
			store.store(ProvisionalCalendar.of(year));
		}
		return store;
	}

	private int changed(LocalDate date, String action, String before, String after) {
		int year = date.getYear();
		String target = "calendar:" + date;
		audit.record(action, null, target, before, after);
		inForce(year);
		CalendarChanged change = new CalendarChanged(year, Set.of(date), action + " " + target);
		events.publishEvent(change);
		return recomputations.stream().mapToInt(recomputation -> recomputation.recomputeOpenDueDates(change)).sum();
	}

	/** Rebuilds the year's index now (this transaction sees the edit) and again once the transaction ends. */
	private void inForce(int year) {
		index.invalidate(year);
		AfterTransaction.run(() -> index.invalidate(year));
	}

	private static void check(CalendarDay day) {
		checkYear(day.date().getYear());
		if (day.name() == null || day.name().isBlank()) {
			throw new CalendarEditRefused("name", "calendar.error.nameRequired");
		}
		if (day.type() == DayType.MAKEUP_WORKDAY && !day.onWeekend()) {
			throw new CalendarEditRefused("type", "calendar.error.makeupOnWeekday");
		}
		if ((day.type() == DayType.COMPENSATORY_DAY_OFF || day.type() == DayType.SWAPPED_DAY_OFF) && day.onWeekend()) {
			throw new CalendarEditRefused("type", "calendar.error.dayOffOnWeekend");
		}
	}

	private static void checkYear(int year) {
		if (!WorkingDayIndex.supports(year)) {
			throw new CalendarEditRefused("date", "calendar.error.yearOutOfRange");
		}
	}

	private static String describe(CalendarDay day) {
		return day.type() + " | " + day.name() + (day.legalSource() == null ? "" : " | " + day.legalSource());
	}

	private static String describe(OfficeHours hours) {
		return "opening " + hours.openingTime() + ", cut-off " + hours.cutOff() + ", closing " + hours.closingTime();
	}
}
