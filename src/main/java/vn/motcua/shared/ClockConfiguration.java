package vn.motcua.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** All legal time is Vietnam time (UTC+7, no daylight saving); every module takes its time from this clock. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(VietnamTime.ZONE);
	}
}
