package vn.motcua;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** House rules from docs/style.md that Spring Modulith does not check. */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("vn.motcua");

	@Test
	void controllersArePackagePrivate() {
		classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
			.should().notBePublic()
			.check(classes);
	}

	@Test
	void noJakartaTransactional() {
		noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
			.check(classes);
	}

	@Test
	void findMethodsReturnOptionalOrCollections() {
		methods().that().haveNameMatching("find[A-Z].*|find").and().areDeclaredInClassesThat()
			.resideInAPackage("vn.motcua..")
			.should().haveRawReturnType(java.util.Optional.class)
			.orShould().haveRawReturnType(java.util.List.class)
			.orShould().haveRawReturnType(java.util.Set.class)
			.orShould().haveRawReturnType(java.util.stream.Stream.class)
			.check(classes);
	}

	@Test
	void noManagerHelperUtilOrImplNames() {
		noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Manager")
			.orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Util")
			.orShould().haveSimpleNameEndingWith("Utils")
			.check(classes);
	}

	@Test
	void timeComesFromTheInjectedClock() {
		noClasses().should().callMethod(java.time.LocalDate.class, "now")
			.orShould().callMethod(java.time.LocalDateTime.class, "now")
			.orShould().callMethod(java.time.OffsetDateTime.class, "now")
			.orShould().callMethod(java.time.Instant.class, "now")
			.because("time is injected (a Clock bean on Asia/Ho_Chi_Minh) so that tests control it")
			.check(classes);
	}

	/** The tests too: no test depends on the day or hour it runs (the suite passes on a Saturday night, on Tết). */
	@Test
	void noCodeNorTestReadsTheRealClock() {
		JavaClasses all = new ClassFileImporter().importPackages("vn.motcua");
		var rule = noClasses().should().callMethod(java.time.LocalDate.class, "now");
		for (Class<?> type : java.util.List.of(java.time.LocalDate.class, java.time.LocalDateTime.class,
				java.time.OffsetDateTime.class, java.time.ZonedDateTime.class, java.time.Instant.class)) {
			rule = rule.orShould().callMethod(type, "now");
			if (type != java.time.Instant.class) {
				rule = rule.orShould().callMethod(type, "now", java.time.ZoneId.class);
			}
		}
		rule.orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
			.orShould().callMethod(java.time.Clock.class, "systemUTC")
			.because("the Clock bean (motcua.clock.start in tests) is the only source of the date")
			.check(all);
	}

	/**
	 * No god classes (docs/style.md): a main class over 300 lines says in its Javadoc why it is longer ("longer than
	 * 300 lines on purpose", "over 300 lines because …").
	 */
	@Test
	void noClassOverThreeHundredLinesWithoutAReason() throws java.io.IOException {
		java.util.List<String> unexplained = new java.util.ArrayList<>();
		try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
			for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
				String text = String.join(" ", lines).replaceAll("\\s*\\*\\s*", " ");
				if (lines.size() > 300 && !text.matches("(?is).*(longer than|over) 300 lines.*")) {
					unexplained.add(file + " (" + lines.size() + " lines)");
				}
			}
		}
		org.assertj.core.api.Assertions.assertThat(unexplained).as("classes over 300 lines with no reason given")
			.isEmpty();
	}
}
