package vn.motcua;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vietnamese first, English second: every bundle has both languages with the same keys, no message is empty, and
 * templates hold no hard-coded text (every visible text comes from a bundle).
 */
class I18nMessagesTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Names of languages, written in their own language, on the language switch. */
	private static final Set<String> UNTRANSLATED = Set.of("Tiếng Việt", "English");

	private static final Pattern TAG_WITH_TEXT = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)");

	@Test
	void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
		List<Path> vietnamese;
		try (Stream<Path> files = Files.list(MESSAGES)) {
			vietnamese = files.filter(p -> p.getFileName().toString().matches("[a-z]+\\.properties")).toList();
		}
		assertThat(vietnamese).isNotEmpty();
		for (Path vi : vietnamese) {
			Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(en).as("English bundle for " + vi).exists();
			Properties viMessages = load(vi);
			Properties enMessages = load(en);
			assertThat(new TreeSet<>(enMessages.stringPropertyNames())).as(en.toString())
				.isEqualTo(new TreeSet<>(viMessages.stringPropertyNames()));
			viMessages.forEach((k, v) -> assertThat(v.toString()).as(vi + ": " + k).isNotBlank());
			enMessages.forEach((k, v) -> assertThat(v.toString()).as(en + ": " + k).isNotBlank());
		}
		try (Stream<Path> files = Files.list(MESSAGES)) {
			files.filter(p -> p.getFileName().toString().endsWith("_en.properties")).forEach(en -> assertThat(
					en.resolveSibling(en.getFileName().toString().replace("_en.properties", ".properties")))
				.exists());
		}
	}

	/** A key written twice is silently the later one: a merge that added a second meaning for a key is caught here. */
	@Test
	void noBundleDefinesAKeyTwice() throws IOException {
		List<String> twice = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path bundle : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
				Set<String> seen = new java.util.HashSet<>();
				for (String line : Files.readAllLines(bundle)) {
					int equals = line.indexOf('=');
					if (!line.isBlank() && !line.startsWith("#") && equals > 0
							&& !seen.add(line.substring(0, equals).strip())) {
						twice.add(bundle.getFileName() + ": " + line.substring(0, equals));
					}
				}
			}
		}
		assertThat(twice).isEmpty();
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template)
					.replaceAll("(?s)<!--.*?-->", "")
					.replaceAll("(?s)<script[^>]*>.*?</script>", "")
					.replaceAll("(?s)<style[^>]*>.*?</style>", "");
				Matcher tag = TAG_WITH_TEXT.matcher(html);
				while (tag.find()) {
					String attributes = tag.group(2);
					String text = tag.group(3).strip();
					boolean replaced = attributes.matches("(?s).*\\b(th:text|th:utext|th:replace|th:insert|sec:authentication)=.*");
					if (!text.isEmpty() && text.codePoints().anyMatch(Character::isLetter) && !replaced
							&& !UNTRANSLATED.contains(text)) {
						problems.add(TEMPLATES.relativize(template) + ": <" + tag.group(1) + "> " + text);
					}
				}
			}
		}
		assertThat(problems).as("text in templates that does not come from a message bundle").isEmpty();
	}

	private static Properties load(Path path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(path)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
