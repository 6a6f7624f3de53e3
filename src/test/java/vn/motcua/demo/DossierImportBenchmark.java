package vn.motcua.demo;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotCuaTest;
import vn.motcua.history.DossierHistoryImport;
import vn.motcua.history.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import benchmark of docs/performance/import.md (not part of the default run):
 * <pre>./mvnw -B test -Dtest=DossierImportBenchmark -Dbenchmark=true [-Dbenchmark.dossiers=100000]</pre>
 * Writes a JSON Lines file of generated dossiers (20 communes of Thanh Hóa, one year) to
 * {@code target/benchmark/}, then times its import through the same service the API calls, and prints the figures.
 */
@MotCuaTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DossierImportBenchmark {

	@Autowired
	DemoDataGenerator generator;

	@Autowired
	DossierHistoryImport imports;

	@Test
	void importOneHundredThousandDossiers() throws Exception {
		int dossiers = Integer.getInteger("benchmark.dossiers", 100_000);
		List<DemoHistory.Commune> communes = generator.communes("38", List.of()).subList(0, 20);
		Path file = Path.of("target/benchmark/dossiers-" + dossiers + ".jsonl");
		Files.createDirectories(file.getParent());
		long started = System.nanoTime();
		DemoHistory history = generator.history(communes, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30),
				dossiers / communes.size(), System.nanoTime(), false);
		int lines = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			while (history.hasNext()) {
				out.write(history.next());
				out.write('\n');
				lines++;
			}
		}
		double generated = (System.nanoTime() - started) / 1e9;

		started = System.nanoTime();
		ImportReport report;
		try (InputStream in = Files.newInputStream(file)) {
			report = imports.importJsonLines(in);
		}
		double imported = (System.nanoTime() - started) / 1e9;

		System.out.printf("BENCHMARK import: %d lines (%d MB) generated in %.1f s; imported %d, rejected %d in %.1f s "
				+ "(%.0f dossiers/s)%n", lines, Files.size(file) >> 20, generated, report.imported(),
				report.rejected().size(), imported, report.imported() / imported);
		assertThat(report.rejected()).isEmpty();
		assertThat(report.imported()).isEqualTo(lines);
	}
}
