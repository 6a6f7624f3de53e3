package vn.motcua.nationallink;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.dvcqg.*}, from the environment ({@code MOTCUA_DVCQG_URL}, {@code MOTCUA_DVCQG_AUTH_PATH},
 * {@code MOTCUA_DVCQG_INTEGRATION_PATH}, {@code MOTCUA_DVCQG_SHARE_PATH}, {@code MOTCUA_DVCQG_USERNAME},
 * {@code MOTCUA_DVCQG_PASSWORD}, {@code MOTCUA_DVCQG_DSTCODE}, {@code MOTCUA_DVCQG_MADONVI}, and
 * {@code MOTCUA_DVCQG_TIMEOUT}): where the province's platform is, who MotCua is to it, and the default agency code
 * ({@code madonvi}). The paths default to those of the simulator ({@code java -jar motcua.jar simulators}).
 */
@ConfigurationProperties("motcua.dvcqg")
record NationalLinkSettings(String url, String authPath, String integrationPath, String sharePath, String username,
		String password, String dstcode, String madonvi, Duration timeout) {

	NationalLinkSettings {
		authPath = orElse(authPath, "/dvcqg/auth");
		integrationPath = orElse(integrationPath, "/dvcqg/integration");
		sharePath = orElse(sharePath, "/dvcqg/share");
		username = orElse(username, "");
		password = orElse(password, "");
		dstcode = orElse(dstcode, "");
		madonvi = orElse(madonvi, "");
		timeout = timeout == null || timeout.isNegative() || timeout.isZero() ? Duration.ofSeconds(15) : timeout;
	}

	/** Whether the link is on (a URL is set). */
	boolean on() {
		return url != null && !url.isBlank();
	}

	private static String orElse(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value.strip();
	}
}
