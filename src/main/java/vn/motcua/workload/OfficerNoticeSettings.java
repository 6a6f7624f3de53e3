package vn.motcua.workload;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.officers.*}: the opening time of the offices for the warning's working hours
 * ({@code MOTCUA_OFFICERS_OPENING_TIME}, default 07:30; the closing time is each agency's own, calendar module) and
 * the time of the daily digest on working days ({@code MOTCUA_OFFICERS_DIGEST_AT}, default 07:30, Vietnam time).
 */
@ConfigurationProperties("motcua.officers")
record OfficerNoticeSettings(LocalTime openingTime, LocalTime digestAt) {

	OfficerNoticeSettings {
		openingTime = openingTime == null ? LocalTime.of(7, 30) : openingTime;
		digestAt = digestAt == null ? LocalTime.of(7, 30) : digestAt;
	}
}
