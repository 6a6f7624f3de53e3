package vn.motcua.catalogue;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty installation, loads the starter catalogue shipped with the product
 * ({@code catalogue/starter-catalogue.csv}, provenance in reference-data/catalogue/README.md), through the same import
 * as an administrator's CSV. Turned off with {@code motcua.catalogue.starter=false}.
 */
@Component
class StarterCatalogue implements ApplicationRunner {

	static final String RESOURCE = "catalogue/starter-catalogue.csv";

	private static final Logger log = LoggerFactory.getLogger(StarterCatalogue.class);

	private final Procedures procedures;

	private final CatalogueImport imports;

	private final boolean enabled;

	StarterCatalogue(Procedures procedures, CatalogueImport imports,
			@Value("${motcua.catalogue.starter:true}") boolean enabled) {
		this.procedures = procedures;
		this.imports = imports;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!enabled || !procedures.isEmpty()) {
			return;
		}
		try (InputStream csv = new ClassPathResource(RESOURCE).getInputStream()) {
			ImportResult result = imports.importCsv(csv);
			log.info("Starter catalogue loaded: {} procedures, {} rows rejected", result.imported(),
					result.rejected().size());
			result.rejected().forEach(r -> log.warn("Starter catalogue line {} ({}): {}", r.line(), r.code(), r.errors()));
		}
	}
}
