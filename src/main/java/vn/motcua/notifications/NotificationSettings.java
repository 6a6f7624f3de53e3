package vn.motcua.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.notifications.*} ({@code MOTCUA_NOTIFICATIONS_RETRY_FOR}, …): how long a message is retried on one
 * channel before the next channel the applicant has is tried (default 4 hours), the first pause between tries
 * (doubled each time up to {@code longestPause}), how long a sender holds a message while a gateway answers, and how
 * long an SMS the gateway accepted may wait for its delivery receipt before it is marked {@code UNCONFIRMED}
 * ({@code MOTCUA_NOTIFICATIONS_RECEIPT_WAIT}, default 24 hours); how many messages are handed to the gateways at once
({@code MOTCUA_NOTIFICATIONS_CONNECTIONS}, default 8: a gateway far away answers each in tens of milliseconds, one at a
time would be a few dozen a second) and how many a turn takes while the web tier is busy
({@code MOTCUA_NOTIFICATIONS_BATCH_WHEN_BUSY}, default 10, every half second: 20 a second).
 */
@ConfigurationProperties("motcua.notifications")
record NotificationSettings(Duration retryFor, Duration firstPause, Duration longestPause, Duration claimFor,
		Duration receiptWait, Integer connections, Integer batchWhenBusy) {

	NotificationSettings {
		retryFor = positive(retryFor, Duration.ofHours(4));
		firstPause = positive(firstPause, Duration.ofSeconds(30));
		longestPause = positive(longestPause, Duration.ofMinutes(30));
		claimFor = positive(claimFor, Duration.ofMinutes(2));
		receiptWait = positive(receiptWait, Duration.ofHours(24));
		connections = connections == null || connections < 1 ? 8 : connections;
		batchWhenBusy = batchWhenBusy == null || batchWhenBusy < 1 ? 10 : batchWhenBusy;
	}

	/** The pause after the {@code attempts}-th failed try on a channel: doubled each time, at most the longest. */
	Duration pauseAfter(int attempts) {
		Duration pause = firstPause;
		for (int i = 1; i < attempts && pause.compareTo(longestPause) < 0; i++) {
			pause = pause.multipliedBy(2);
		}
		return pause.compareTo(longestPause) > 0 ? longestPause : pause;
	}

	private static Duration positive(Duration value, Duration otherwise) {
		return value == null || value.isNegative() || value.isZero() ? otherwise : value;
	}
}
