package vn.motcua.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outside services messages go through, from the environment (README, "Messages to citizens"):
 * {@code MOTCUA_SMS_URL}, {@code MOTCUA_SMS_KEY}, {@code MOTCUA_SMS_ASCII} (fold the Vietnamese letters to plain
 * ones, only for a gateway that needs it), {@code MOTCUA_ZNS_URL}, {@code MOTCUA_ZNS_ACCESS_TOKEN},
 * {@code MOTCUA_MAIL_FROM} (with Spring's {@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT},
 * {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}), and {@code MOTCUA_GATEWAY_TIMEOUT}. A channel whose URL
 * (or mail host) is unset is off.
 */
@ConfigurationProperties("motcua")
record GatewaySettings(Sms sms, Zns zns, Mail mail, Duration gatewayTimeout) {

	GatewaySettings {
		sms = sms == null ? new Sms(null, null, false) : sms;
		zns = zns == null ? new Zns(null, null) : zns;
		mail = mail == null ? new Mail(null) : mail;
		gatewayTimeout = gatewayTimeout == null || gatewayTimeout.isNegative() || gatewayTimeout.isZero()
				? Duration.ofSeconds(10) : gatewayTimeout;
	}

	/** The SMS gateway: {@code POST url} with {@code Authorization: Bearer key}. */
	record Sms(String url, String key, boolean ascii) {

		boolean on() {
			return url != null && !url.isBlank();
		}
	}

	/** Zalo ZNS: {@code url} + {@code /message/template}, header {@code access_token}. */
	record Zns(String url, String accessToken) {

		boolean on() {
			return url != null && !url.isBlank();
		}
	}

	/** The sender of the e-mails ({@code From}). */
	record Mail(String from) {
	}
}
