package vn.motcua.agency;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Activates the communes listed in {@code MOTCUA_COMMUNES} at start-up (an operator's shortcut for a new install). */
@Component
class CommunesAtStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CommunesAtStartup.class);

	private final Agencies agencies;

	private final String communes;

	CommunesAtStartup(Agencies agencies, @Value("${motcua.communes:}") String communes) {
		this.agencies = agencies;
		this.communes = communes;
	}

	@Override
	public void run(ApplicationArguments args) {
		Arrays.stream(communes.split(",")).map(String::trim).filter(code -> !code.isEmpty()).forEach(code -> {
			if (!agencies.setActive(code, true)) {
				log.warn("MOTCUA_COMMUNES names an unknown commune code: {}", code);
			}
		});
	}
}
