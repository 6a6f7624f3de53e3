package vn.motcua;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vietnamese text for people lives in the message bundles (issue 14 item 6): no class of the application holds a
 * Vietnamese letter in a string literal or text block, except the few listed here with the reason why the words are
 * not text for translation (legal citations, data, words parsed from other texts, the fixed wording of the official
 * layout, the simulators that play outside services, the command-line tools that run before the application).
 * Comments do not count.
 */
class VietnameseTextInBundlesTests {

	private static final Pattern VIETNAMESE = Pattern.compile(
			"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern STRING = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|\"(?:[^\"\\\\\n]|\\\\.)*\"");

	private static final Path MAIN = Path.of("src/main/java/vn/motcua");

	/** Files (or folders, ending in "/") that may hold Vietnamese words, and why. */
	private static final Map<String, String> ALLOWED = Map.ofEntries(
			Map.entry("simulators/", "the simulators answer as the national portal and the gateways do, in their words"),
			Map.entry("demo/", "demo data: names, addresses and reasons of made-up applicants"),
			Map.entry("package-info.java", "the module's display name in the generated module documentation"),
			Map.entry("calendar/ProvisionalCalendar.java", "holiday names and the labour code's articles (data)"),
			Map.entry("catalogue/DocumentLines.java", "markers parsed from the national database's document texts"),
			Map.entry("dossier/DossierTransition.java", "legal citations of each transition"),
			Map.entry("dossier/PaperContent.java", "the commune name prefixes (Xã, Phường, Đặc khu) parsed off names"),
			Map.entry("nationallink/NationalProcedureComparison.java", "time limits parsed from the portal's texts"),
			Map.entry("documents/PaperLabels.java", "a procedure name's leading word, parsed"),
			Map.entry("documents/OfficialLayout.java", "the fixed wording of the Nghị định 30/2020 layout (quốc hiệu, "
					+ "tiêu ngữ, Số:, Nơi nhận:), printed in Vietnamese on every paper whatever the officer's language"),
			Map.entry("documents/DocxWriter.java", "the same fixed wording of the layout, in the DOCX"),
			Map.entry("documents/VietnameseText.java", "the layout's date wording: ngày … tháng … năm …"),
			Map.entry("documents/WarmUpDocument.java", "a sample paper rendered at start-up to warm the renderer, never shown"),
			Map.entry("agency/NoticeSigning.java", "the legal titles of the signing authority (Nghị định 30/2020 Art. 13)"),
			Map.entry("dossier/api/DossierIntakeRequest.java", "OpenAPI @Schema descriptions of the fixed API"),
			Map.entry("dossier/api/DossierEventRequest.java", "OpenAPI @Schema descriptions of the fixed API"),
			Map.entry("notifications/MessageText.java", "the GSM 03.38 alphabet, to count an SMS's segments (data)"),
			Map.entry("notifications/MessageTemplates.java", "sample values for a template's preview (demo data)"),
			Map.entry("correspondence/DocumentType.java", "the abbreviations of document types (Nghị định 30/2020 "
					+ "Phụ lục III), part of every number and symbol"),
			Map.entry("shared/DataFolderCommand.java", "the back-up command's output, printed before any Spring context"),
			Map.entry("shared/DataFolderBackup.java", "the back-up command's refusals, printed before any Spring context"));

	@Test
	void noClassHoldsVietnameseTextExceptTheListedOnes() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String name = MAIN.relativize(file).toString().replace('\\', '/');
				if (allowed(name)) {
					continue;
				}
				vietnameseStrings(file).forEach(text -> found.add(name + ": " + text));
			}
		}
		assertThat(found).as("Vietnamese text written in Java instead of a message bundle").isEmpty();
	}

	@Test
	void everyListedFileStillNeedsItsException() throws IOException {
		for (String entry : ALLOWED.keySet()) {
			if (entry.endsWith("/") || !entry.contains("/")) {
				continue;
			}
			assertThat(vietnameseStrings(MAIN.resolve(entry))).as(entry + " holds no Vietnamese any more: unlist it")
				.isNotEmpty();
		}
	}

	private static boolean allowed(String name) {
		return ALLOWED.keySet().stream().anyMatch(entry -> entry.endsWith("/") ? name.startsWith(entry)
				: entry.contains("/") ? name.equals(entry) : name.endsWith("/" + entry));
	}

	private static List<String> vietnameseStrings(Path file) throws IOException {
		String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
		List<String> texts = new ArrayList<>();
		Matcher strings = STRING.matcher(code);
		while (strings.find()) {
			if (VIETNAMESE.matcher(strings.group()).find()) {
				texts.add(strings.group());
			}
		}
		return texts;
	}
}
