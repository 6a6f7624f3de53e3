package vn.motcua.workload;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.officers.*}: the time of the daily digest on working days ({@code MOTCUA_OFFICERS_DIGEST_AT}, default
 * 07:30, Vietnam time). The offices' opening time, from which the warning's working hours count, is each agency's own
 * since it sits beside the closing time in the calendar's office hours ({@code calendar_office_hours}, default 07:30);
 * the installation-wide {@code MOTCUA_OFFICERS_OPENING_TIME} is retired (docs/notifications.md "Officers").
 */
@ConfigurationProperties("motcua.officers")
record OfficerNoticeSettings(LocalTime digestAt) {

	OfficerNoticeSettings {
		digestAt = digestAt == null ? LocalTime.of(7, 30) : digestAt;
	}
}
