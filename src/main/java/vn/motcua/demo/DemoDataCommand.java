package vn.motcua.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.history.ImportReport;

/**
 * The demo data command of the product (README, docs/import.md):
 * <pre>
 * java -jar target/motcua.jar --motcua.demo.generate=true --motcua.demo.communes=14908 \
 *   --motcua.demo.from=2025-07-01 --motcua.demo.to=2025-09-30 --motcua.demo.dossiers-per-commune=530 \
 *   --motcua.demo.exit=true
 * </pre>
 * or {@code --motcua.demo.province=38} for every commune of a province. Runs once the application is ready (the
 * starter catalogue loaded), logs what it did and how long it took, and stops the application when
 * {@code motcua.demo.exit=true}.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo.generate", havingValue = "true")
class DemoDataCommand {

	private static final Logger log = LoggerFactory.getLogger(DemoDataCommand.class);

	private final DemoDataGenerator generator;

	private final ConfigurableApplicationContext context;

	private final String communes;

	private final String province;

	private final LocalDate from;

	private final LocalDate to;

	private final int perCommune;

	private final long seed;

	private final boolean files;

	private final boolean exit;

	DemoDataCommand(DemoDataGenerator generator, ConfigurableApplicationContext context,
			@Value("${motcua.demo.communes:}") String communes, @Value("${motcua.demo.province:}") String province,
			@Value("${motcua.demo.from:2025-07-01}") LocalDate from, @Value("${motcua.demo.to:2025-09-30}") LocalDate to,
			@Value("${motcua.demo.dossiers-per-commune:530}") int perCommune,
			@Value("${motcua.demo.seed:20250701}") long seed, @Value("${motcua.demo.files:true}") boolean files,
			@Value("${motcua.demo.exit:false}") boolean exit) {
		this.generator = generator;
		this.context = context;
		this.communes = communes;
		this.province = province;
		this.from = from;
		this.to = to;
		this.perCommune = perCommune;
		this.seed = seed;
		this.files = files;
		this.exit = exit;
	}

	@EventListener(ApplicationReadyEvent.class)
	void generate() {
		List<String> codes = Arrays.stream(communes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		List<DemoHistory.Commune> chosen = generator.communes(province, codes);
		log.info("Demo data: {} dossiers per commune for {} commune(s), {} to {} (seed {})", perCommune, chosen.size(),
				from, to, seed);
		long started = System.nanoTime();
		ImportReport report = generator.generate(chosen, from, to, perCommune, seed, files);
		log.info("Demo data: {} dossiers imported, {} already present, {} rejected in {} s", report.imported(),
				report.skipped(), report.rejected().size(), String.format("%.1f", (System.nanoTime() - started) / 1e9));
		report.rejected().stream().limit(10).forEach(r -> log.warn("Demo data line {} rejected: {}", r.line(), r.errors()));
		if (exit) {
			System.exit(SpringApplication.exit(context, () -> report.rejected().isEmpty() ? 0 : 1));
		}
	}
}
