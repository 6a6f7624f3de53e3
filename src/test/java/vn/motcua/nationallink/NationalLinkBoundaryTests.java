package vn.motcua.nationallink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundary holds in SQL too (Spring Modulith checks only the Java types): no statement of the national link
 * reads or writes the dossier module's tables ({@code dossier}, {@code dossier_step}, {@code dossier_payment}, …);
 * what it needs of them comes through the dossier module's published types ({@code DossierStepCounts}, the events,
 * {@code NationalSyncState}'s caller).
 */
class NationalLinkBoundaryTests {

	/** A table of the dossier module after a keyword that names a table. */
	private static final Pattern DOSSIER_TABLE = Pattern
		.compile("(?i)\\b(from|join|update|into)\\s+(dossier|dossier_\\w+)\\b");

	@Test
	void noStatementOfTheLinkNamesADossierTable() throws IOException {
		List<String> offending;
		try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/motcua/nationallink"))) {
			offending = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
				try {
					return Files.readAllLines(f).stream().filter(l -> DOSSIER_TABLE.matcher(l).find())
						.map(l -> f.getFileName() + ": " + l.strip());
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList();
		}
		assertThat(offending).isEmpty();
	}
}
