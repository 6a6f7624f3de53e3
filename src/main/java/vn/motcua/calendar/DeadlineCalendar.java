package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.stereotype.Service;

import vn.motcua.shared.VietnamTime;

/**
 * The legal clock (legal-rules.md §1–2): which days are working days, and the due date of a dossier received at a
 * given instant under a procedure's time limit, with the agency's cut-off and closing time. Every answer is a few
 * array look-ups on a precomputed per-year index; an administrator's edit rebuilds the year it touches.
 */
@Service
public class DeadlineCalendar {

	/** Vietnam has kept UTC+7 without daylight saving since 13 June 1975. */
	private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	private static final long FIXED_OFFSET_SINCE = LocalDate.of(1976, 1, 1).toEpochDay();

	private static final long SECONDS_PER_DAY = 86_400L;

	private final WorkingDayIndex days;

	private final OfficeHoursBook officeHours;

	DeadlineCalendar(WorkingDayIndex days, OfficeHoursBook officeHours) {
		this.days = days;
		this.officeHours = officeHours;
	}

	/** The due date of a dossier received at {@code receivedAt}, with the agency's cut-off. */
	public DueDate dueDate(String agencyCode, OffsetDateTime receivedAt, TimeLimit limit) {
		return dueDate(agencyCode, receivedAt, limit, null);
	}

	/**
	 * The due date of a dossier received at {@code receivedAt}; {@code cutOffOverride} is a procedure's own cut-off
	 * ({@code null}: the agency's, by default 15:00).
	 */
	public DueDate dueDate(String agencyCode, OffsetDateTime receivedAt, TimeLimit limit, LocalTime cutOffOverride) {
		OfficeHours hours = officeHours.of(agencyCode);
		LocalTime cutOff = cutOffOverride != null ? cutOffOverride : hours.cutOff();
		long start;
		long seconds = receivedAt.toEpochSecond() + VIETNAM.getTotalSeconds();
		long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
		if (day >= FIXED_OFFSET_SINCE) {
			long nanoOfDay = Math.floorMod(seconds, SECONDS_PER_DAY) * 1_000_000_000L + receivedAt.getNano();
			start = days.isWorkingDay(day) && nanoOfDay <= cutOff.toNanoOfDay() ? day : days.plusWorkingDays(day, 1);
		}
		else {
			start = startDate(receivedAt, cutOff).toEpochDay();
		}
		long due = switch (limit.unit()) {
			case WORKING_DAYS -> days.plusWorkingDays(start, limit.amount());
			case CALENDAR_DAYS -> days.onOrAfter(start + limit.amount());
		};
		LocalDate dueDate = LocalDate.ofEpochDay(due);
		return new DueDate(start == due ? dueDate : LocalDate.ofEpochDay(start), dueDate,
				at(dueDate, hours.closingTime()));
	}

	/**
	 * The due date after a complete supplement was received at {@code supplementReceivedAt} (legal-rules.md §2).
	 * {@code RESTART}: the time limit runs again in full. {@code PAUSE}: the clock resumes with what remained when the
	 * request was issued on the day of {@code requestedAt}: the working days after that day up to the due date (or the
	 * calendar days, for a limit in calendar days), none when the request came after the due date.
	 */
	public DueDate dueDateAfterSupplement(String agencyCode, TimeLimit limit, SupplementPolicy policy,
			LocalDate dueDateBeforeRequest, OffsetDateTime requestedAt, OffsetDateTime supplementReceivedAt,
			LocalTime cutOffOverride) {
		if (policy == SupplementPolicy.RESTART) {
			return dueDate(agencyCode, supplementReceivedAt, limit, cutOffOverride);
		}
		LocalDate requestDay = local(requestedAt).toLocalDate();
		int remaining = switch (limit.unit()) {
			case WORKING_DAYS -> days.workingDaysBetween(requestDay, dueDateBeforeRequest);
			case CALENDAR_DAYS -> (int) (dueDateBeforeRequest.toEpochDay() - requestDay.toEpochDay());
		};
		return dueDate(agencyCode, supplementReceivedAt, new TimeLimit(Math.max(0, remaining), limit.unit()),
				cutOffOverride);
	}

	/**
	 * Whether the resolving unit may still extend the due date with an apology (Mẫu 04) today: at least one working
	 * day before the due date. (That it happens only once is the dossier's rule.)
	 */
	public boolean mayExtend(LocalDate dueDate, LocalDate today) {
		return days.workingDaysBetween(today, dueDate) >= 1;
	}

	/** The effective start day S(t): the day of t if it is a working day and t is at or before the cut-off, else the next working day. */
	public LocalDate startDate(OffsetDateTime receivedAt, LocalTime cutOff) {
		LocalDateTime local = local(receivedAt);
		LocalDate day = local.toLocalDate();
		return days.isWorkingDay(day) && !local.toLocalTime().isAfter(cutOff) ? day : days.plusWorkingDays(day, 1);
	}

	public boolean isWorkingDay(LocalDate date) {
		return days.isWorkingDay(date);
	}

	/** The n-th working day after the date; 0 returns the date, a negative n counts backwards. */
	public LocalDate plusWorkingDays(LocalDate date, int days) {
		return this.days.plusWorkingDays(date, days);
	}

	/** The number of working days d with from &lt; d ≤ to (negative when to &lt; from). */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return days.workingDaysBetween(from, to);
	}

	/** “còn N ngày làm việc” / “hạn hôm nay” / “quá hạn N ngày làm việc” (at least 1 once the due date has passed). */
	public Countdown countdown(LocalDate dueDate, LocalDate today) {
		if (dueDate.equals(today)) {
			return new Countdown(Countdown.State.DUE_TODAY, 0);
		}
		if (dueDate.isAfter(today)) {
			return new Countdown(Countdown.State.REMAINING, Math.max(1, days.workingDaysBetween(today, dueDate)));
		}
		return new Countdown(Countdown.State.OVERDUE, Math.max(1, days.workingDaysBetween(dueDate, today)));
	}

	/** The agency's office hours (its own, or {@link OfficeHours#DEFAULT}). */
	public OfficeHours officeHours(String agencyCode) {
		return officeHours.of(agencyCode);
	}

	public LocalTime closingTime(String agencyCode) {
		return officeHours.of(agencyCode).closingTime();
	}

	public LocalTime cutOff(String agencyCode) {
		return officeHours.of(agencyCode).cutOff();
	}

	/** Whether the year's calendar is still provisional (built from the Labor Code, not confirmed). */
	public boolean isProvisional(int year) {
		return days.year(year).provisional;
	}

	/** Whether the calendar covers the year (1900–2100). */
	public static boolean covers(int year) {
		return WorkingDayIndex.supports(year);
	}

	private static LocalDateTime local(OffsetDateTime instant) {
		long seconds = instant.toEpochSecond();
		if (Math.floorDiv(seconds, 86_400L) >= FIXED_OFFSET_SINCE) {
			return LocalDateTime.ofEpochSecond(seconds, instant.getNano(), VIETNAM);
		}
		return instant.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime();
	}

	private static OffsetDateTime at(LocalDate date, LocalTime time) {
		if (date.toEpochDay() >= FIXED_OFFSET_SINCE) {
			return OffsetDateTime.of(date, time, VIETNAM);
		}
		return date.atTime(time).atZone(VietnamTime.ZONE).toOffsetDateTime();
	}
}
