package vn.motcua.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * All legal time is Vietnam time (UTC+7, no daylight saving); every module takes its time from this clock.
 * <p>
 * {@code motcua.clock.start} (an ISO offset date-time, e.g. {@code 2026-12-05T22:00:00+07:00}) starts the clock at
 * that instant instead of the real time; it then ticks as real time does. The tests always set it (so that no test
 * depends on the day or hour it runs), and a demo can be run "as of" a past day with it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${motcua.clock.start:}") String start) {
		Clock system = Clock.system(VietnamTime.ZONE);
		if (!StringUtils.hasText(start)) {
			return system;
		}
		return Clock.offset(system, Duration.between(system.instant(), OffsetDateTime.parse(start.strip()).toInstant()));
	}
}
