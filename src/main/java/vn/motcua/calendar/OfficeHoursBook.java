package vn.motcua.calendar;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The office hours of each agency, cached; agencies without their own hours use {@link OfficeHours#DEFAULT}. */
final class OfficeHoursBook {

	private final Function<String, Optional<OfficeHours>> loader;

	private final ConcurrentHashMap<String, OfficeHours> cache = new ConcurrentHashMap<>();

	OfficeHoursBook(Function<String, Optional<OfficeHours>> loader) {
		this.loader = loader;
	}

	OfficeHours of(String agencyCode) {
		if (agencyCode == null) {
			return OfficeHours.DEFAULT;
		}
		OfficeHours hours = cache.get(agencyCode);
		if (hours == null) {
			hours = loader.apply(agencyCode).orElse(OfficeHours.DEFAULT);
			cache.putIfAbsent(agencyCode, hours);
		}
		return hours;
	}

	void invalidate(String agencyCode) {
		cache.remove(agencyCode);
	}
}
