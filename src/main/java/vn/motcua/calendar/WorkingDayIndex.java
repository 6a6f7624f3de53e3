package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * The working-day arithmetic over all supported years (1900–2100), on lazily built {@link YearIndex}es: every
 * operation is a few array look-ups (plus one step per year boundary crossed), never a scan of day lists. A year is
 * rebuilt from its loader after {@link #invalidate(int)}; a load that raced with an invalidation is not cached.
 */
final class WorkingDayIndex {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2100;

	private final IntFunction<YearCalendar> loader;

	private final AtomicReferenceArray<YearIndex> years = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

	private final AtomicIntegerArray generations = new AtomicIntegerArray(LAST_YEAR - FIRST_YEAR + 1);

	WorkingDayIndex(IntFunction<YearCalendar> loader) {
		this.loader = loader;
	}

	static boolean supports(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	YearIndex year(int year) {
		if (!supports(year)) {
			throw new OutsideCalendarException(year);
		}
		YearIndex index = years.get(year - FIRST_YEAR);
		return index != null ? index : load(year);
	}

	private YearIndex load(int year) {
		int slot = year - FIRST_YEAR;
		int generation = generations.get(slot);
		YearIndex index = YearIndex.of(loader.apply(year));
		synchronized (this) {
			if (generations.get(slot) == generation) {
				years.set(slot, index);
			}
		}
		return index;
	}

	/** Forgets a year's index; the next use rebuilds it from the loader. */
	void invalidate(int year) {
		if (supports(year)) {
			synchronized (this) {
				generations.incrementAndGet(year - FIRST_YEAR);
				years.set(year - FIRST_YEAR, null);
			}
		}
	}

	/** Epoch day of 1 January of each year from FIRST_YEAR to LAST_YEAR + 1. */
	private static final long[] YEAR_STARTS = new long[LAST_YEAR - FIRST_YEAR + 2];

	static {
		for (int y = FIRST_YEAR; y <= LAST_YEAR + 1; y++) {
			YEAR_STARTS[y - FIRST_YEAR] = LocalDate.of(y, 1, 1).toEpochDay();
		}
	}

	/** The year of an epoch day, without building a LocalDate. */
	static int yearOf(long epochDay) {
		if (epochDay < YEAR_STARTS[0] || epochDay >= YEAR_STARTS[YEAR_STARTS.length - 1]) {
			return LocalDate.ofEpochDay(epochDay).getYear();
		}
		int slot = (int) ((epochDay - YEAR_STARTS[0]) * 400 / 146_097);
		while (slot + 1 < YEAR_STARTS.length && YEAR_STARTS[slot + 1] <= epochDay) {
			slot++;
		}
		while (YEAR_STARTS[slot] > epochDay) {
			slot--;
		}
		return FIRST_YEAR + slot;
	}

	boolean isWorkingDay(LocalDate date) {
		return year(date.getYear()).isWorking(date.getDayOfYear() - 1);
	}

	boolean isWorkingDay(long epochDay) {
		YearIndex index = year(yearOf(epochDay));
		return index.isWorking((int) (epochDay - index.firstEpochDay));
	}

	/** The n-th working day after (or before) an epoch day, as an epoch day. */
	long plusWorkingDays(long epochDay, int n) {
		int year = yearOf(epochDay);
		YearIndex index = year(year);
		return plusWorkingDays(year, (int) (epochDay - index.firstEpochDay), n, epochDay);
	}

	/** The epoch day itself when it is a working day, else the next working day. */
	long onOrAfter(long epochDay) {
		return isWorkingDay(epochDay) ? epochDay : plusWorkingDays(epochDay, 1);
	}

	/** The n-th working day after the date (n &gt; 0), before it (n &lt; 0), or the date itself (n = 0). */
	LocalDate plusWorkingDays(LocalDate date, int n) {
		return LocalDate.ofEpochDay(plusWorkingDays(date.getYear(), date.getDayOfYear() - 1, n, date.toEpochDay()));
	}

	long plusWorkingDays(int year, int dayOfYear0, int n, long epochDay) {
		YearIndex index = year(year);
		if (n == 0) {
			return epochDay;
		}
		int y = year;
		if (n > 0) {
			long k = (long) index.workingThrough(dayOfYear0) + n;
			while (k > index.total()) {
				k -= index.total();
				index = year(++y);
			}
			return index.workingDay((int) k);
		}
		long k = (long) index.workingThrough(dayOfYear0) - (index.isWorking(dayOfYear0) ? 1 : 0) + n + 1;
		while (k < 1) {
			index = year(--y);
			k += index.total();
		}
		return index.workingDay((int) k);
	}

	/** The number of working days d with from &lt; d ≤ to; negative when to is before from. */
	int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		YearIndex first = year(from.getYear());
		if (from.getYear() == to.getYear()) {
			return first.workingThrough(to.getDayOfYear() - 1) - first.workingThrough(from.getDayOfYear() - 1);
		}
		int count = first.total() - first.workingThrough(from.getDayOfYear() - 1);
		for (int y = from.getYear() + 1; y < to.getYear(); y++) {
			count += year(y).total();
		}
		return count + year(to.getYear()).workingThrough(to.getDayOfYear() - 1);
	}

	/** Thrown when arithmetic leaves the supported years. */
	static final class OutsideCalendarException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		OutsideCalendarException(int year) {
			super("the working-day calendar covers the years " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
		}
	}
}
