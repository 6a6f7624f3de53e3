package vn.motcua.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the in-memory indexes of the legal clock to the calendar tables. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	WorkingDayIndex workingDayIndex(CalendarStore store) {
		return new WorkingDayIndex(store::load);
	}

	@Bean
	OfficeHoursBook officeHoursBook(CalendarStore store) {
		return new OfficeHoursBook(store::findOfficeHours);
	}
}
